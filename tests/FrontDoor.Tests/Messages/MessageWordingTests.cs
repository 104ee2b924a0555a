using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Messages;

/// <summary>
/// The council's own wording of what FrontDoor sends, used by real messages through the SMTP sink. Each database has an
/// app of its own: the wording is council-wide, and other tests read the standard wording.
/// </summary>
public abstract class MessageWordingTests(TestApp app)
{
    const string AcknowledgementEmail = "/staff/admin/messages/acknowledgement/email/en";

    async Task<Browser> AdminAsync() => StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));

    static Dictionary<string, string> Wording(string subject, string body) => new() { ["subject"] = subject, ["body"] = body, ["caseReference"] = "" };

    [Fact]
    public async Task Acknowledgement_CouncilsWording_IsCheckedThenSentForRealRequests_AndCanGoBackToTheStandard()
    {
        var admin = await AdminAsync();
        await admin.GetAsync(AcknowledgementEmail);
        Assert.Contains("We have received your request ({{ reference }})", admin.Page.QuerySelector("#subject")!.GetAttribute("value"));

        await admin.SubmitAsync(Wording("Thanks: {{ reference }}", "Hello {{ customer_nmae }}"), button: "Save");
        Assert.Equal(["The wording has a placeholder we do not know, {{ customer_nmae }}. You can use {{ reference }}, {{ service }}, {{ customer_name }}, {{ due_date }}, {{ status }}, {{ team }}, {{ tracking_link }}, {{ council }}, {{ council_phone }}, {{ opening_hours }}, {{ what_happens_next }}"], admin.ErrorSummary);
        await admin.SubmitAsync(Wording("", "{% if reference %}Hello"), button: "Save");
        Assert.Equal("Enter the subject", admin.ErrorSummary[0]);
        Assert.StartsWith("The wording has a mistake in its placeholders or tags", admin.ErrorSummary[1]);

        await admin.SubmitAsync(Wording("Thanks: {{ reference }}", "Hello {{ customer_name }}, your {{ service | downcase }} request is {{ reference }}."), button: "Save");
        Assert.Equal("/staff/admin/messages", admin.Path);
        Assert.Contains("The council's wording", admin.Page.QuerySelector("#acknowledgement")!.NextElementSibling!.NextElementSibling!.TextContent);

        var email = Residents.NewEmail();
        var service = await TestData.ServiceAsync(app, s => s.Name = "Report A Pothole");
        var c = await TestData.CaseAsync(app, service, email: email, fullName: "Morgan Wording");
        var sent = await MailSink.WaitForAsync(email);
        Assert.Equal($"Thanks: {c.Reference}", sent.Subject);
        Assert.Equal($"Hello Morgan Wording, your report a pothole request is {c.Reference}.", sent.Text.Trim());

        await admin.GetAsync(AcknowledgementEmail);
        await admin.SubmitAsync(button: "Go back to FrontDoor's standard wording");
        await using (app.Scope(out var db))
        {
            Assert.False(await db.MessageTemplates.AnyAsync(t => t.Key == Features.Messages.MessageKey.Acknowledgement && t.Channel == Features.Notifications.MessageKind.Email));
            Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "Changed the wording of Request received: email");
        }
        var again = Residents.NewEmail();
        var later = await TestData.CaseAsync(app, email: again);
        Assert.Equal($"We have received your request ({later.Reference})", (await MailSink.WaitForAsync(again)).Subject);
    }

    [Fact]
    public async Task Welsh_ACustomerWhoAskedForWelshGetsIt_AndAnotherLanguageGetsEnglishWithANote()
    {
        var admin = await AdminAsync();
        await admin.GetAsync("/staff/admin/messages?language=cy");
        Assert.Contains("/staff/admin/messages/status-changed/sms/cy", admin.Page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Not written yet", admin.Page.QuerySelector("#update")!.NextElementSibling!.NextElementSibling!.TextContent);
        await admin.GetAsync("/staff/admin/messages/update/email/cy");
        await admin.SubmitAsync(Wording("Diweddariad ar eich cais ({{ reference }})", "Annwyl {{ customer_name }},\n\n{{ update }}"), button: "Save");
        Assert.Equal("/staff/admin/messages", admin.Path);

        var welsh = await TestData.CaseAsync(app, email: Residents.NewEmail(), fullName: "Rhys Cymraeg");
        var polish = await TestData.CaseAsync(app, email: Residents.NewEmail(), fullName: "Ola Polska");
        await using (app.Scope(out var db))
        {
            await db.Customers.Where(x => x.Id == welsh.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Language, "Welsh"));
            await db.Customers.Where(x => x.Id == polish.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Language, "Polish"));
        }
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        foreach (var c in new[] { welsh, polish })
        {
            await officer.GetAsync(StaffLinks.Case(c.Reference) + "/update");
            await officer.SubmitAsync(new Dictionary<string, string> { ["message"] = "Mae'r gwaith wedi'i drefnu." });
        }

        await using var scope = app.Scope(out var check);
        var toWelsh = await check.OutboxMessages.Where(m => m.CaseId == welsh.Id).OrderBy(m => m.Id).LastAsync();
        Assert.Equal($"Diweddariad ar eich cais ({welsh.Reference})", toWelsh.Subject);
        Assert.Equal("Annwyl Rhys Cymraeg,\n\nMae'r gwaith wedi'i drefnu.", toWelsh.Body);
        var toPolish = await check.OutboxMessages.Where(m => m.CaseId == polish.Id).OrderBy(m => m.Id).LastAsync();
        Assert.Equal($"An update on your request ({polish.Reference})", toPolish.Subject);
        Assert.StartsWith("You asked us to write to you in Polish.", toPolish.Body);
    }

    [Fact]
    public async Task Preview_TextMessage_FilledFromARealCase_WithItsLengthInTextMessages()
    {
        var c = await TestData.CaseAsync(app, fullName: "Tex Tmessage");
        var admin = await AdminAsync();
        await admin.GetAsync("/staff/admin/messages/acknowledgement/sms/en");
        Assert.Null(admin.Page.QuerySelector("#subject"));
        var body = "{{ council }}: thanks {{ customer_name }}, we have your request {{ reference }}. " + new string('x', 120);
        await admin.SubmitAsync(new Dictionary<string, string> { ["body"] = body, ["caseReference"] = c.Reference.ToLowerInvariant() }, button: "Preview");
        var preview = admin.Page.QuerySelector("#preview")!.TextContent;
        Assert.Contains($"thanks Tex Tmessage, we have your request {c.Reference}.", preview);
        Assert.Matches(@"\d+ characters, 2 text messages", admin.Page.QuerySelector("#text-length")!.TextContent);

        await admin.SubmitAsync(new Dictionary<string, string> { ["body"] = body, ["caseReference"] = "FD-NOTREAL" }, button: "Preview");
        Assert.Equal(["There is no case with that reference"], admin.ErrorSummary);
        await using var scope = app.Scope(out var db);
        Assert.False(await db.MessageTemplates.AnyAsync(t => t.Channel == Features.Notifications.MessageKind.Sms), "A preview saves nothing");
    }

    [Fact]
    public async Task TwoAdministratorsAtOnce_TheSecondIsToldAndTheFirstKept()
    {
        var (first, second) = (await AdminAsync(), await AdminAsync());
        await first.GetAsync("/staff/admin/messages/closed/letter/en");
        await second.GetAsync("/staff/admin/messages/closed/letter/en");
        await first.SubmitAsync(Wording("Closed {{ reference }}", "First"), button: "Save");
        await second.SubmitAsync(Wording("Closed {{ reference }}", "Second"), button: "Save");
        Assert.StartsWith("Someone else changed this wording", second.ErrorSummary.Single());
        await using var scope = app.Scope(out var db);
        Assert.Equal("First", (await db.MessageTemplates.SingleAsync(t => t.Key == Features.Messages.MessageKey.Closed)).Body);
    }
}

public class MessageWordingTestsOnSqlite(OwnSqliteApp app) : MessageWordingTests(app), IClassFixture<OwnSqliteApp>;
public class MessageWordingTestsOnPostgres(OwnPostgresApp app) : MessageWordingTests(app), IClassFixture<OwnPostgresApp>;
