using AngleSharp.Dom;
using FrontDoor.Features.Gazetteer;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>Walks the "Report a pothole" journey the way a resident without JavaScript would.</summary>
public static class Journey
{
    public static async Task<Property> AnyPropertyAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        return await db.Properties.AsNoTracking().OrderBy(p => p.Uprn).Skip(40).FirstAsync();
    }

    public static async Task StartAsync(Browser browser, string slug = "pothole")
    {
        await browser.GetAsync($"/services/{slug}");
        await browser.SubmitAsync();
    }

    /// <summary>Answers every pothole question and lands on check your answers.</summary>
    public static async Task ToCheckAnswersAsync(TestApp app, Browser browser, string email, string name = "Sam Resident")
    {
        await StartAsync(browser);
        await AnswerAllAsync(app, browser, email, name);
    }

    /// <summary>From the first question of an already started pothole draft to check your answers (or to the contact page).</summary>
    public static async Task AnswerAllAsync(TestApp app, Browser browser, string email, string name = "Sam Resident", bool fillContact = true)
    {
        var property = await AnyPropertyAsync(app);
        Assert.Equal("/services/pothole/questions/where_on_road", browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "road" });
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "deep" });
        Assert.Equal("/services/pothole/location", browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["postcode"] = property.Postcode.ToLowerInvariant() });
        Assert.Equal("/services/pothole/location/address", browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["uprn"] = property.Uprn.ToString() });
        Assert.Equal("/services/pothole/photo", browser.Path);
        await browser.SubmitAsync();
        Assert.Equal("/services/pothole/questions/description", browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "A deep pothole by the bus stop" });
        Assert.Equal("/services/pothole/contact", browser.Path);
        if (!fillContact) return;
        await browser.SubmitAsync(new Dictionary<string, string> { ["fullName"] = name, ["email"] = email, ["phone"] = "" });
        Assert.Equal("/services/pothole/check", browser.Path);
    }

    public static string Reference(IDocument page) => page.QuerySelector("#reference")!.TextContent.Trim();
}
