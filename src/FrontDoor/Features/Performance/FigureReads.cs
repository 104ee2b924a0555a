using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>
/// The added-up case and contact rows for one filter's periods, each read from the database once however many tables
/// use it: the period before a year is also the year its savings are measured against.
/// </summary>
public sealed class FigureReads(FrontDoorDb db, FigureFilter filter)
{
    readonly Dictionary<Period, List<CaseFigures>> cases = [];
    readonly Dictionary<Period, List<ContactFigures>> contacts = [];

    public FigureFilter Filter => filter;

    public async Task<List<CaseFigures>> CasesAsync(Period period, CancellationToken ct) =>
        cases.TryGetValue(period, out var rows) ? rows : cases[period] = await db.CaseRows(filter.For(period)).AddedUp().ToListAsync(ct);

    public async Task<List<ContactFigures>> ContactsAsync(Period period, CancellationToken ct) =>
        contacts.TryGetValue(period, out var rows) ? rows : contacts[period] = await db.ContactRows(filter.For(period)).AddedUp().ToListAsync(ct);
}
