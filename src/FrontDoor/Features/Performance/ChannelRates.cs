using FrontDoor.Data;
using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Performance;

/// <summary>What the council pays, and the carbon emitted, for one contact on a channel, or for one letter it posts.</summary>
public enum RatedItem { Web, Phone, FaceToFace, Email, Letter, Webchat, Api, FieldWorker, LetterSent }

/// <summary>The council's own cost and carbon for one item, replacing FrontDoor's default for it.</summary>
public class ChannelRate
{
    public RatedItem Item { get; set; }
    public decimal CostPounds { get; set; }
    public decimal CarbonKg { get; set; }
    public DateTime UpdatedAt { get; set; }
}

sealed class ChannelRateConfiguration : IEntityTypeConfiguration<ChannelRate>
{
    public void Configure(EntityTypeBuilder<ChannelRate> e)
    {
        e.HasKey(r => r.Item);
        e.Property(r => r.Item).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.CostPounds).HasPrecision(10, 2);
        e.Property(r => r.CarbonKg).HasPrecision(10, 3);
    }
}

public sealed record Rate(RatedItem Item, decimal CostPounds, decimal CarbonKg, bool IsDefault);

/// <summary>
/// The cost and carbon of each channel. The defaults are SOCITM's cost per contact for face to face, phone and web (the
/// figures council channel strategies quote) and estimates for the rest; councils should set their own. Sources are in
/// docs/performance.md.
/// </summary>
public static class ChannelRates
{
    public static readonly IReadOnlyDictionary<RatedItem, (decimal Cost, decimal Carbon)> Defaults = new Dictionary<RatedItem, (decimal, decimal)>
    {
        [RatedItem.FaceToFace] = (8.62m, 1.660m),
        [RatedItem.Phone] = (2.83m, 0.010m),
        [RatedItem.Web] = (0.15m, 0.002m),
        [RatedItem.Api] = (0.15m, 0.002m),
        [RatedItem.Email] = (2.83m, 0.004m),
        [RatedItem.Webchat] = (2.83m, 0.004m),
        [RatedItem.Letter] = (8.62m, 0.030m),
        [RatedItem.FieldWorker] = (8.62m, 1.660m),
        [RatedItem.LetterSent] = (0.95m, 0.030m),
    };

    public static RatedItem For(Channel channel) => Enum.Parse<RatedItem>(channel.ToString());

    public static string Label(RatedItem item) => item == RatedItem.LetterSent ? "A letter we post" : $"A contact by {Channels.Text(Enum.Parse<Channel>(item.ToString()))}";

    /// <summary>Every item's rate: the council's where it set one, otherwise the default.</summary>
    public static async Task<Dictionary<RatedItem, Rate>> AllAsync(FrontDoorDb db, CancellationToken ct)
    {
        var own = await db.ChannelRates.AsNoTracking().ToDictionaryAsync(r => r.Item, ct);
        return Enum.GetValues<RatedItem>().ToDictionary(i => i, i => own.TryGetValue(i, out var r)
            ? new Rate(i, r.CostPounds, r.CarbonKg, false)
            : new Rate(i, Defaults[i].Cost, Defaults[i].Carbon, true));
    }
}
