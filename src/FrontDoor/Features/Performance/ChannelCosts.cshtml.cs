using System.Globalization;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>The council's cost and carbon for each channel and for a posted letter; the dashboard's cost figures multiply contacts by these.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class ChannelCostsModel(FrontDoorDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    const decimal Most = 10_000m;
    public Dictionary<RatedItem, Rate> Rates { get; private set; } = [];
    public Dictionary<string, string?> Entered { get; } = [];
    public string? DoneMessage => TempData.Done();

    public static string CostField(RatedItem item) => $"cost-{item}";
    public static string CarbonField(RatedItem item) => $"carbon-{item}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rates = await ChannelRates.AllAsync(db, ct);
        foreach (var rate in Rates.Values)
        {
            Entered[CostField(rate.Item)] = rate.CostPounds.ToString("0.00", CultureInfo.InvariantCulture);
            Entered[CarbonField(rate.Item)] = rate.CarbonKg.ToString("0.000", CultureInfo.InvariantCulture);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Rates = await ChannelRates.AllAsync(db, ct);
        var chosen = new Dictionary<RatedItem, (decimal Cost, decimal Carbon)>();
        foreach (var item in Enum.GetValues<RatedItem>())
        {
            var cost = Read(CostField(item), $"Enter the cost of {ChannelRates.Label(item).ToLowerInvariant()} in pounds, like 2.83", 2);
            var carbon = Read(CarbonField(item), $"Enter the carbon of {ChannelRates.Label(item).ToLowerInvariant()} in kilograms, like 0.01", 3);
            if (cost is decimal c && carbon is decimal k) chosen[item] = (c, k);
        }
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var own = await db.ChannelRates.ToDictionaryAsync(r => r.Item, ct);
        var changes = new List<FieldChange>();
        foreach (var (item, (cost, carbon)) in chosen)
        {
            var before = Rates[item];
            if (before.CostPounds == cost && before.CarbonKg == carbon) continue;
            changes.Add(new(ChannelRates.Label(item), $"£{before.CostPounds:0.00}, {before.CarbonKg:0.000}kg", $"£{cost:0.00}, {carbon:0.000}kg"));
            if (!own.TryGetValue(item, out var row)) db.ChannelRates.Add(row = new() { Item = item });
            (row.CostPounds, row.CarbonKg, row.UpdatedAt) = (cost, carbon, now);
        }
        audit.AddChange(HttpContext.Actor(), "Changed the cost and carbon of channels", changes);
        await db.SaveChangesAsync(ct);
        TempData.Done(changes.Count == 0 ? "Nothing was changed" : "Cost and carbon saved");
        return Redirect(StaffLinks.ChannelCosts);
    }

    decimal? Read(string field, string error, int places)
    {
        var text = Request.Form[field].ToString().Trim().TrimStart('£');
        Entered[field] = Request.Form[field];
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= Most && decimal.Round(value, places) == value)
            return value;
        ModelState.AddModelError(field, error);
        return null;
    }
}
