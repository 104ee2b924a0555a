using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

/// <summary>A request's public progress as the customer's pages show it: the case with its service, and its public updates newest first.</summary>
public sealed record CaseProgress(Case Case, List<TimelineEvent> Updates)
{
    sealed record Row(Case Case, Service Service, List<TimelineEvent> Updates);

    // The page residents open most, from every message we send them: one query, compiled once. A reference is unique, so
    // it asks for no first row: with a LIMIT, EF would wrap the case in a subquery listing its every column again, a
    // longer statement for the database to plan and run.
    static readonly CompiledQuery<Func<FrontDoorDb, string, IAsyncEnumerable<Row>>> ByReference = new(() => EF.CompileAsyncQuery((FrontDoorDb db, string reference) =>
        db.Cases.AsNoTracking().Where(c => c.Reference == reference)
            .Select(c => new Row(c, c.Service, c.Timeline.Where(t => t.IsPublic).OrderByDescending(t => t.At).ThenByDescending(t => t.Id).ToList()))));

    /// <param name="reference">Already normalised.</param>
    public static async Task<CaseProgress?> FindAsync(FrontDoorDb db, string reference)
    {
        if (await ByReference.For(db)(db, reference).FirstOrDefaultAsync() is not { } row) return null;
        row.Case.Service = row.Service;
        return new(row.Case, row.Updates);
    }
}
