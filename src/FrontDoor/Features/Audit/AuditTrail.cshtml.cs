using System.Globalization;
using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Audit;

/// <summary>
/// Read-only: administrators see who looked at or changed personal data, filtered by case, customer, member of staff,
/// action and dates, newest first a page at a time. Nothing here can edit an entry.
/// </summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class AuditTrailModel(FrontDoorDb db) : PageModel
{
    const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public AuditQuery Query { get; set; } = new();

    public static readonly string[] FieldOrder = ["reference", "customer", "staff", "action", "from", "to"];
    public List<(AuditEntry Entry, string? Reference)> Entries { get; private set; } = [];
    public List<(long Id, string Name)> StaffMembers { get; private set; } = [];
    /// <summary>The address of the next, older page, when there is one.</summary>
    public string? OlderHref { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        StaffMembers = (await db.StaffMembers.AsNoTracking().OrderBy(s => s.DisplayName).Select(s => new { s.Id, s.DisplayName }).ToListAsync(ct))
            .Select(s => (s.Id, s.DisplayName)).ToList();
        var errors = new List<(string Field, string Message)>();
        var entries = db.AuditEntries.AsNoTracking();
        var q = Query;
        if (!string.IsNullOrWhiteSpace(q.Reference))
        {
            if (CaseReference.Normalise(q.Reference) is not { } reference) errors.Add(("reference", "Enter a case reference like 7KQM-4XRT"));
            else
            {
                var caseId = await db.Cases.Where(c => c.Reference == reference).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct);
                entries = entries.Where(e => e.CaseId == caseId);
            }
        }
        if (Number(q.Customer, "customer", "Enter the customer's number from their record, like 1042", errors) is long customerId)
            entries = entries.Where(e => e.CustomerId == customerId);
        if (Number(q.Staff, "staff", "Choose a member of staff from the list", errors) is long staffId)
            entries = entries.Where(e => e.StaffId == staffId);
        if (!string.IsNullOrWhiteSpace(q.Action))
        {
            var words = q.Action.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Action.ToLower().Contains(words));
        }
        var (from, to) = q.Read(errors, required: false, ("first", "last"));
        if (from is { } f && to is { } t && t < f) errors.Add(("to", "The last date must be the same as or after the first date"));
        else
        {
            if (from is { } start) { var at = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); entries = entries.Where(e => e.At >= at); }
            if (to is { } end) { var before = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); entries = entries.Where(e => e.At < before); }
        }
        if (long.TryParse(q.Before, NumberStyles.None, CultureInfo.InvariantCulture, out var older)) entries = entries.Where(e => e.Id < older);
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        if (errors.Count > 0) return;

        var page = await entries.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync(ct);
        if (page.Count > PageSize)
        {
            page.RemoveAt(PageSize);
            OlderHref = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Request.Path, Request.Query.Where(q => q.Key != "before")
                .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString())).Append(new("before", page[^1].Id.ToString(CultureInfo.InvariantCulture))));
        }
        var caseIds = page.Where(e => e.CaseId != null).Select(e => e.CaseId!.Value).Distinct().ToList();
        var references = await db.Cases.Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        Entries = page.Select(e => (e, e.CaseId is long id ? references.GetValueOrDefault(id) : null)).ToList();
    }

    static long? Number(string? text, string field, string message, List<(string, string)> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        errors.Add((field, message));
        return null;
    }
}

/// <summary>The audit log's filters as its address carries them.</summary>
public sealed class AuditQuery : Shared.DateRangeQuery
{
    [FromQuery(Name = "reference")] public string? Reference { get; set; }
    [FromQuery(Name = "customer")] public string? Customer { get; set; }
    [FromQuery(Name = "staff")] public string? Staff { get; set; }
    [FromQuery(Name = "action")] public string? Action { get; set; }
    [FromQuery(Name = "before")] public string? Before { get; set; }
}
