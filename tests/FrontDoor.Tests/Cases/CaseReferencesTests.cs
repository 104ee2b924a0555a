using FrontDoor.Features.Cases;
using FrontDoor.Tests.Infrastructure;

namespace FrontDoor.Tests.Cases;

/// <summary>New references are checked against the cases already made, a batch at a time, and each is handed out once.</summary>
public abstract class CaseReferencesTests(TestApp app)
{
    [Fact]
    public async Task AReferenceACaseHasIsSkipped_AndNoneIsHandedOutTwice()
    {
        var existing = await TestData.CaseAsync(app);
        // The first candidate drawn is the existing case's; the rest are fresh, and one is drawn twice in the batch.
        var fresh = Enumerable.Range(0, CaseReferences.CheckedAtOnce * 2).Select(_ => CaseReference.New()).ToList();
        var candidates = new Queue<string>([existing.Reference, fresh[0], .. fresh]);
        var references = new CaseReferences(candidates.Dequeue);

        await using var scope = app.Scope(out var db);
        var handedOut = new List<string>();
        for (var i = 0; i < CaseReferences.CheckedAtOnce + 5; i++) handedOut.Add(await references.NextAsync(db, CancellationToken.None));

        Assert.DoesNotContain(existing.Reference, handedOut);
        Assert.Equal(handedOut.Count, handedOut.Distinct().Count());
        Assert.Equal(fresh.Take(handedOut.Count), handedOut);
    }
}

public sealed class CaseReferencesTestsOnSqlite(SqliteApp app) : CaseReferencesTests(app);

public sealed class CaseReferencesTestsOnPostgres(PostgresApp app) : CaseReferencesTests(app);
