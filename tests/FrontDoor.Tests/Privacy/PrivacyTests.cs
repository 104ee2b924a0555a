using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Privacy;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Privacy;

/// <summary>Subject access, legal hold and erasure, as an administrator does them from a customer's record.</summary>
public abstract class PrivacyTests(TestApp app)
{
    static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5];

    /// <summary>A customer with a case (a photo, a note, a contact, an alert, a satisfaction answer) and a second record merged into theirs with its own case.</summary>
    async Task<(Case Case, Case MergedCase, long CustomerId)> PersonAsync()
    {
        var c = await TestData.CaseAsync(app, fullName: "Priya Private");
        var merged = await TestData.CaseAsync(app, fullName: "Priya Private");
        await using var scope = app.Scope(out var db);
        db.Attachments.Add(new() { CaseId = c.Id, FileName = "pothole photo.jpg", ContentType = "image/jpeg", Content = Photo, CreatedAt = DateTime.UtcNow });
        db.TimelineEvents.Add(new() { CaseId = c.Id, At = DateTime.UtcNow, Type = TimelineEventType.InternalNote, Text = "Priya says her neighbour at number 4 saw it" });
        db.CustomerAlerts.Add(new() { CustomerId = c.CustomerId!.Value, Text = "Dog on the premises", VisibleTo = "Officer", CreatedAt = DateTime.UtcNow });
        db.SatisfactionResponses.Add(new() { CaseId = c.Id, Score = 4, Comment = "Priya was pleased", AnsweredAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        await db.Customers.Where(x => x.Id == merged.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.MergedIntoId, c.CustomerId));
        return (c, merged, c.CustomerId!.Value);
    }

    async Task<Browser> AdminAsync() => StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));

    [Fact]
    public async Task SubjectAccess_Download_HoldsEverythingAboutThemAndIsAudited()
    {
        var (c, merged, customerId) = await PersonAsync();
        var admin = await AdminAsync();
        await admin.GetAsync(StaffLinks.Customer(customerId));
        await admin.GetAsync(StaffLinks.CustomerPrivacy(customerId));
        var token = admin.AntiforgeryToken;

        var response = await admin.Client.PostAsync($"{StaffLinks.CustomerPrivacy(customerId)}?handler=Export",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        string Read(string name) => new StreamReader(zip.GetEntry(name)!.Open()).ReadToEnd();
        var customer = JsonDocument.Parse(Read("customer.json")).RootElement;
        Assert.Equal("Priya Private", customer.GetProperty("customer").GetProperty("fullName").GetString());
        Assert.Equal("Dog on the premises", customer.GetProperty("alerts")[0].GetProperty("text").GetString());
        var cases = JsonDocument.Parse(Read("cases.json")).RootElement.EnumerateArray().ToList();
        Assert.Equal(new[] { c.Reference, merged.Reference }.Order(), cases.Select(x => x.GetProperty("reference").GetString()!).Order());
        var first = cases.Single(x => x.GetProperty("reference").GetString() == c.Reference);
        Assert.Equal("Deep hole by the kerb", first.GetProperty("answers").GetProperty("description")[0].GetString());
        Assert.Contains(first.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("text").GetString()!.Contains("neighbour"));
        var photo = zip.Entries.Single(e => e.FullName.StartsWith($"attachments/{c.Reference}/"));
        using (var bytes = new MemoryStream()) { photo.Open().CopyTo(bytes); Assert.Equal(Photo, bytes.ToArray()); }
        Assert.Contains(c.Reference, Read("messages.json"));
        Assert.Contains("Priya was pleased", Read("satisfaction.json"));
        Assert.Contains("Viewed customer record", Read("audit.json"));
        var summary = Read("summary.html");
        Assert.Contains("What we hold about Priya Private", summary);
        Assert.Contains(merged.Reference, summary);
        await using var scope = app.Scope(out var db);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.CustomerId == customerId && e.Action.Contains("subject access")));
    }

    [Fact]
    public async Task Erase_OpenCaseThenLegalHold_RefusedWithTheReason()
    {
        var (c, merged, customerId) = await PersonAsync();
        var admin = await AdminAsync();
        await admin.GetAsync(StaffLinks.CustomerPrivacy(customerId));
        Assert.Contains("still open", admin.Page.QuerySelector("#erase-refused")!.TextContent);

        await using (app.Scope(out var db))
            await db.Cases.Where(x => x.Id == c.Id || x.Id == merged.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ResolvedAt, DateTime.UtcNow).SetProperty(x => x.Status, CaseStatus.Fixed));
        await admin.GetAsync(StaffLinks.CustomerPrivacy(customerId));
        await admin.SubmitAsync(new Dictionary<string, string> { ["holdReason"] = "" }, button: "Place under legal hold");
        Assert.Equal(["Enter why the record must be kept, such as the claim or investigation it is part of"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["holdReason"] = "Insurance claim 2026/114" }, button: "Place under legal hold");
        Assert.Contains("Insurance claim 2026/114", admin.Page.QuerySelector("#legal-hold")!.TextContent);
        Assert.Contains("legal hold", admin.Page.QuerySelector("#erase-refused")!.TextContent);
        await admin.SubmitRawAsync($"{StaffLinks.CustomerPrivacy(customerId)}?handler=Erase", admin.AntiforgeryToken, ("confirm", "true"));
        await using (app.Scope(out var db))
            Assert.Equal("Priya Private", (await db.Customers.SingleAsync(x => x.Id == customerId)).FullName);
    }

    [Fact]
    public async Task Erase_OnRequest_PersonalDataGoneCasesKeepTheirFacts()
    {
        var (c, merged, customerId) = await PersonAsync();
        await using (app.Scope(out var db))
            await db.Cases.Where(x => x.Id == c.Id || x.Id == merged.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ResolvedAt, DateTime.UtcNow).SetProperty(x => x.Status, CaseStatus.Fixed));
        var admin = await AdminAsync();
        await admin.GetAsync(StaffLinks.CustomerPrivacy(customerId));
        await admin.SubmitAsync(button: "Erase their personal data");
        Assert.Equal(["Confirm that the customer asked for their personal data to be erased and that nothing requires it to be kept"], admin.ErrorSummary);

        await admin.SubmitAsync(new Dictionary<string, string> { ["confirm"] = "true" }, button: "Erase their personal data");

        Assert.Equal(StaffLinks.Customer(customerId), admin.Path);
        await using var scope = app.Scope(out var db2);
        var customer = await db2.Customers.Include(x => x.ContactPoints).SingleAsync(x => x.Id == customerId);
        Assert.Equal((CustomerErasure.ErasedName, null, null), (customer.FullName, customer.Email, customer.Phone));
        Assert.Empty(customer.ContactPoints);
        Assert.NotNull(customer.ErasedAt);
        Assert.Equal(CustomerErasure.ErasedName, (await db2.Customers.SingleAsync(x => x.Id == merged.CustomerId)).FullName);
        Assert.False(await db2.CustomerAlerts.AnyAsync(a => a.CustomerId == customerId));
        var kept = await db2.Cases.AsNoTracking().SingleAsync(x => x.Id == c.Id);
        Assert.Equal((c.ServiceId, CaseStatus.Fixed, c.Channel, (long?)null), (kept.ServiceId, kept.Status, kept.Channel, kept.CustomerId));
        Assert.Equal(["deep"], kept.Answers["depth"]);
        Assert.False(kept.Answers.ContainsKey("description"));
        Assert.Null(kept.Uprn);
        Assert.False(await db2.Attachments.AnyAsync(a => a.CaseId == c.Id));
        Assert.DoesNotContain(await db2.TimelineEvents.Where(t => t.CaseId == c.Id).Select(t => t.Text).ToListAsync(), t => t.Contains("neighbour"));
        Assert.Null((await db2.SatisfactionResponses.SingleAsync(r => r.CaseId == c.Id)).Comment);
        Assert.Equal(4, (await db2.SatisfactionResponses.SingleAsync(r => r.CaseId == c.Id)).Score);
        Assert.DoesNotContain(await db2.OutboxMessages.Where(m => m.CaseId == c.Id).Select(m => m.Recipient + m.Body).ToListAsync(), m => m.Contains("Priya"));
        Assert.False(await db2.OutboxEvents.AnyAsync(e => e.PayloadJson.Contains(c.Reference) || e.PayloadJson.Contains(merged.Reference)));
        Assert.True(await db2.AuditEntries.AnyAsync(e => e.CustomerId == customerId && e.Action == "Erased the customer's personal data on their request"));
    }

    [Fact]
    public async Task ExportSubjectAccessCommand_WritesTheZip()
    {
        var (c, _, customerId) = await PersonAsync();
        var file = Path.Combine(Path.GetTempPath(), $"sar-{Guid.NewGuid():N}.zip");
        try
        {
            var (exitCode, output, error) = await TestSupport.RunAsync(new ProcessStartInfo("dotnet"),
                [typeof(Program).Assembly.Location, .. app.CommandSettings, "export-subject-access", customerId.ToString(), file]);
            Assert.True(exitCode == 0, output + error);
            using var zip = ZipFile.OpenRead(file);
            Assert.Contains(c.Reference, new StreamReader(zip.GetEntry("cases.json")!.Open()).ReadToEnd());
        }
        finally { File.Delete(file); }
    }
}

public class PrivacyTestsOnSqlite(SqliteApp app) : PrivacyTests(app);
public class PrivacyTestsOnPostgres(PostgresApp app) : PrivacyTests(app);
