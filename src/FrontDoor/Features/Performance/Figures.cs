using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Performance;

/// <summary>
/// Whether a row of figures covers one day or one calendar month (UK time). Months are the days summed, kept so a
/// year's dashboard reads twelve rows a combination rather than 365.
/// </summary>
public enum FigureSpan { Day, Month }

/// <summary>
/// The cases received on a day (or in a month) with one service, team, ward, channel and kind, and what has become of
/// them since. Rows are worked out from the cases, never typed in: <see cref="FigureRollup"/> rewrites a day's rows
/// whenever one of its cases changes.
/// </summary>
public class CaseFigures : IFigureRow
{
    public long Id { get; set; }
    public FigureSpan Span { get; set; }
    public DateOnly Start { get; set; }
    public int ServiceId { get; set; }
    public long TeamId { get; set; }
    public string? Ward { get; set; }
    public Channel Channel { get; set; }
    public CaseKind Kind { get; set; }

    public int Received { get; set; }
    public int Resolved { get; set; }
    public int ResolvedWithinStandard { get; set; }
    public int ResolvedAtFirstContact { get; set; }
    public int Reopened { get; set; }
    public int Transfers { get; set; }
    public int SatisfactionAnswers { get; set; }
    /// <summary>The answers' scores added up (1 to 5 each), so an average survives summing rows.</summary>
    public int SatisfactionScore { get; set; }
    /// <summary>Answers of "satisfied" or "very satisfied".</summary>
    public int Satisfied { get; set; }
}

/// <summary>Contacts on a day (or in a month) by channel and purpose, with the service, team and ward of the case they were about.</summary>
public class ContactFigures : IFigureRow
{
    public long Id { get; set; }
    public FigureSpan Span { get; set; }
    public DateOnly Start { get; set; }
    public Channel Channel { get; set; }
    public ContactPurpose Purpose { get; set; }
    public int? ServiceId { get; set; }
    public long? TeamId { get; set; }
    public string? Ward { get; set; }
    public int Contacts { get; set; }
}

/// <summary>
/// Requests received on a day (or in a month) for one service in one square of a grid over the map: a hundredth of a degree
/// of latitude by a hundredth of longitude, about 1.1km by 0.7km in England. For the hotspot map; requests without
/// coordinates are counted by ward instead.
/// </summary>
public class AreaFigures : IFigureRow
{
    public long Id { get; set; }
    public FigureSpan Span { get; set; }
    public DateOnly Start { get; set; }
    /// <summary>None on the row that counts every service together, which the whole council's map reads: one row a square.</summary>
    public int? ServiceId { get; set; }
    /// <summary>The square's south-west corner, in hundredths of a degree.</summary>
    public int South { get; set; }
    public int West { get; set; }
    public int Received { get; set; }
}

/// <summary>Messages sent to customers on a day (or in a month) by email, text message and letter: print and post saved.</summary>
public class MessageFigures : IFigureRow
{
    public long Id { get; set; }
    public FigureSpan Span { get; set; }
    public DateOnly Start { get; set; }
    public Notifications.MessageKind Kind { get; set; }
    public int Sent { get; set; }
}

/// <summary>Online forms residents started on a day (or in a month), and how many of those were sent.</summary>
public class FormFigures : IFigureRow
{
    public long Id { get; set; }
    public FigureSpan Span { get; set; }
    public DateOnly Start { get; set; }
    public int ServiceId { get; set; }
    public int Started { get; set; }
    public int Submitted { get; set; }
}

/// <summary>
/// Customers, online accounts and paperless customers as they stood at the end of a day. A snapshot, since nothing
/// records when a customer went paperless: a rebuild keeps past days and rewrites today.
/// </summary>
public class TakeUpFigures
{
    public DateOnly Day { get; set; }
    public int Customers { get; set; }
    public int Accounts { get; set; }
    public int Paperless { get; set; }
}

/// <summary>Where the rollup has got to: changes made after <see cref="ChangesSince"/> are still to be counted.</summary>
public class FigureRollupState
{
    public int Id { get; set; } = 1;
    public DateTime ChangesSince { get; set; }

    /// <summary>Moves on only with a round that changed what the figures say, so what was read before it still holds.</summary>
    public long Round { get; set; }
}

/// <summary>Every table of figure rows: its span stored by name, and read by span and start.</summary>
static class FigureRowConfiguration
{
    public static EntityTypeBuilder<T> AsFigureRows<T>(this EntityTypeBuilder<T> e) where T : class, IFigureRow
    {
        e.Property(nameof(IFigureRow.Span)).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(nameof(IFigureRow.Span), nameof(IFigureRow.Start));
        return e;
    }
}

sealed class CaseFiguresConfiguration : IEntityTypeConfiguration<CaseFigures>
{
    public void Configure(EntityTypeBuilder<CaseFigures> e) => e.AsFigureRows().Property(f => f.Ward).HasMaxLength(100);
}

sealed class ContactFiguresConfiguration : IEntityTypeConfiguration<ContactFigures>
{
    public void Configure(EntityTypeBuilder<ContactFigures> e) => e.AsFigureRows().Property(f => f.Ward).HasMaxLength(100);
}

sealed class FormFiguresConfiguration : IEntityTypeConfiguration<FormFigures>
{
    public void Configure(EntityTypeBuilder<FormFigures> e) => e.AsFigureRows();
}

sealed class AreaFiguresConfiguration : IEntityTypeConfiguration<AreaFigures>
{
    /// <summary>A service's squares (or every service's) for a period are one range of the second index.</summary>
    public void Configure(EntityTypeBuilder<AreaFigures> e) => e.AsFigureRows().HasIndex(f => new { f.Span, f.ServiceId, f.Start });
}

sealed class MessageFiguresConfiguration : IEntityTypeConfiguration<MessageFigures>
{
    public void Configure(EntityTypeBuilder<MessageFigures> e) => e.AsFigureRows().Property(f => f.Kind).HasConversion<string>().HasMaxLength(10);
}

sealed class TakeUpFiguresConfiguration : IEntityTypeConfiguration<TakeUpFigures>
{
    public void Configure(EntityTypeBuilder<TakeUpFigures> e) => e.HasKey(f => f.Day);
}

sealed class FigureRollupStateConfiguration : IEntityTypeConfiguration<FigureRollupState>
{
    public void Configure(EntityTypeBuilder<FigureRollupState> e) => e.Property(s => s.Id).ValueGeneratedNever();
}
