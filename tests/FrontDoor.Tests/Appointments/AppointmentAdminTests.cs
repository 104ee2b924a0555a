using FrontDoor.Features.Appointments;
using FrontDoor.Features.Appointments.Admin;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static FrontDoor.Tests.Infrastructure.UkTimes;

namespace FrontDoor.Tests.Appointments;

/// <summary>Administrators set up places, what residents book, and what officers bring, and the booking follows.</summary>
public abstract class AppointmentAdminTests(TestApp app)
{
    async Task<Browser> AdminAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? host = null)
    {
        var client = (host ?? app).CreateClient();
        client.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, (await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null)).Id.ToString());
        return new Browser(client);
    }

    [Fact]
    public async Task Administrator_AddsAPlace_ThenTakesItOutOfUse()
    {
        var admin = await AdminAsync();
        var name = $"Digital hub {Guid.NewGuid():N}"[..30];
        await admin.GetAsync(AppointmentAdminLinks.NewPlace);
        await admin.SubmitAsync(new Dictionary<string, string> { ["access"] = "<script>" });
        Assert.Equal(["Enter the name of the place", "Enter the address", "The access information must not include HTML or code, such as < and >"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = name, ["address"] = "2 Mill Lane\nAshworth", ["access"] = "Step-free", ["inUse"] = "true" });
        Assert.Equal(AppointmentAdminLinks.Overview, admin.Path);
        Assert.Contains(name, admin.Page.QuerySelector("#places")!.TextContent);

        long id;
        await using (app.Scope(out var db)) id = (await db.Locations.SingleAsync(l => l.Name == name)).Id;
        await admin.GetAsync(AppointmentAdminLinks.NewPlace);
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = name, ["address"] = "Elsewhere" });
        Assert.Equal(["There is already a place with that name"], admin.ErrorSummary);
        await admin.GetAsync(AppointmentAdminLinks.Place(id));
        Assert.Equal("2 Mill Lane\nAshworth", admin.Page.QuerySelector("textarea[name=address]")!.TextContent.Trim());
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = name, ["address"] = "2 Mill Lane\nAshworth" });
        Assert.Contains($"{name} (not in use)", admin.Page.QuerySelector("#places")!.TextContent);
        await using (app.Scope(out var db))
        {
            Assert.False((await db.Locations.SingleAsync(l => l.Id == id)).IsActive);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == $"Changed the place {name}"));
        }
    }

    [Fact]
    public async Task Administrator_GivesATypeASpecialism_OnlyTheOfficerWithItIsOffered()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2027-03-01 08:00")));
        var admin = await AdminAsync(host);
        async Task<List<long>> DiariesFreeAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            var type = await scope.ServiceProvider.GetRequiredService<FrontDoor.Data.FrontDoorDb>().AppointmentTypes.AsNoTracking().SingleAsync(t => t.Id == s.Type.Id);
            var booking = scope.ServiceProvider.GetRequiredService<AppointmentBooking>();
            var free = await booking.FreeAsync(new(type, AppointmentModes.InPerson, s.Place), new(2027, 3, 10), new(2027, 3, 10), default);
            return [.. free.Select(f => f.Free)];
        }
        Assert.All(await DiariesFreeAsync(), free => Assert.Equal(2, free));

        await admin.GetAsync(AppointmentAdminLinks.Type(s.Type.Id));
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = "", ["code"] = "Bad Code", ["team"] = "0", ["duration"] = "1000" });
        Assert.Equal(["Enter what residents book", "The code must start with a letter and use only lower-case letters, numbers and hyphens, like housing-advice",
            "Enter the description", "Select the team whose officers take it", "Select at least one way to meet", "The length must be a whole number of minutes from 5 to 480"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string>
        {
            ["name"] = "Debt advice", ["code"] = s.Type.Slug, ["description"] = "Help with rent arrears and council tax debt.", ["team"] = s.Type.TeamId.ToString(),
            ["duration"] = "30", ["specialism"] = "Debt", ["inUse"] = "true",
        }, extra: [("modes", "InPerson"), ("modes", "Phone")]);
        Assert.Equal(AppointmentAdminLinks.Overview, admin.Path);
        Assert.Empty(await DiariesFreeAsync());

        await admin.GetAsync(AppointmentAdminLinks.Officer(s.Polish.Id));
        Assert.Equal("Polish", admin.Page.QuerySelector("textarea[name=languages]")!.TextContent.Trim());
        await admin.SubmitAsync(new Dictionary<string, string> { ["languages"] = "Polish\npolish\nUrdu", ["specialisms"] = "Debt", ["bsl"] = "true" });
        Assert.Contains(": Polish, Urdu, BSL, Debt", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.All(await DiariesFreeAsync(), free => Assert.Equal(1, free));
        Assert.NotEmpty(await DiariesFreeAsync());
        await using var scope = app.Scope(out var db);
        Assert.Equal(4, await db.OfficerSkills.CountAsync(k => k.StaffId == s.Polish.Id));
        var saved = await db.AppointmentTypes.SingleAsync(t => t.Id == s.Type.Id);
        Assert.Equal(("Debt advice", "Debt", AppointmentModes.InPerson | AppointmentModes.Phone), (saved.Name, saved.Specialism, saved.Modes));
    }
}

public class AppointmentAdminTestsOnSqlite(SqliteApp app) : AppointmentAdminTests(app);
public class AppointmentAdminTestsOnPostgres(PostgresApp app) : AppointmentAdminTests(app);
