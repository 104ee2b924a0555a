using FrontDoor.Features.Performance;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Performance;

/// <summary>The council's own cost and carbon for a channel replace FrontDoor's defaults in the figures; a mistake is refused by its field.</summary>
public abstract class ChannelCostsTests(TestApp app)
{
    [Fact]
    public async Task CouncilSetsItsOwnPhoneCost_FiguresUseIt_AndTheChangeIsAudited()
    {
        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        var page = await admin.GetAsync(StaffLinks.ChannelCosts);
        Assert.Equal("2.83", page.QuerySelector("#cost-Phone")!.GetAttribute("value"));
        var fields = page.QuerySelectorAll("main form input[type=text], main form input:not([type])").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["cost-Phone"] = "three pounds";
        fields["carbon-Letter"] = "-1";
        await admin.SubmitAsync(fields);
        Assert.Equal(["Enter the cost of a contact by phone in pounds, like 2.83", "Enter the carbon of a contact by letter in kilograms, like 0.01"], admin.ErrorSummary);
        fields["cost-Phone"] = "£3.10";
        fields["carbon-Letter"] = "0.05";
        await admin.SubmitAsync(fields);
        Assert.Equal(StaffLinks.ChannelCosts, admin.Path);
        Assert.Equal("3.10", admin.Page.QuerySelector("#cost-Phone")!.GetAttribute("value"));

        await using var scope = app.Scope(out var db);
        var rates = await ChannelRates.AllAsync(db, default);
        Assert.Equal((3.10m, false), (rates[RatedItem.Phone].CostPounds, rates[RatedItem.Phone].IsDefault));
        Assert.Equal((0.15m, true), (rates[RatedItem.Web].CostPounds, rates[RatedItem.Web].IsDefault));
        Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "Changed the cost and carbon of channels");

        // A contact by phone now counts at £3.10.
        await TestData.CaseAsync(app, channel: Features.Cases.Channel.Phone);
        await scope.ServiceProvider.GetRequiredService<FigureRollup>().RefreshAsync(default);
        var dashboard = await admin.GetAsync("/staff/performance");
        var phone = dashboard.QuerySelectorAll("#cost tbody tr").Single(r => r.Children[0].TextContent.Trim() == "Phone");
        var contacts = int.Parse(phone.Children[1].TextContent.Trim());
        Assert.Equal($"£{contacts * 3.10m:N2}", phone.Children[2].TextContent.Trim());
    }
}

public class ChannelCostsTestsOnSqlite(OwnSqliteApp app) : ChannelCostsTests(app), IClassFixture<OwnSqliteApp>;
public class ChannelCostsTestsOnPostgres(OwnPostgresApp app) : ChannelCostsTests(app), IClassFixture<OwnPostgresApp>;
