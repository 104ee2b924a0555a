using AngleSharp.Dom;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Requests;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>Walks a <see cref="TestData.StreetProblemForm"/> service's journey the way a resident without JavaScript would.</summary>
public static class Journey
{
    public static async Task StartAsync(Browser browser, Service service)
    {
        await browser.GetAsync(JourneySteps.Start(service));
        await browser.SubmitAsync();
    }

    /// <summary>Answers every question and lands on check your answers.</summary>
    public static async Task ToCheckAnswersAsync(TestApp app, Browser browser, Service service, string email, string name = "Sam Resident")
    {
        await StartAsync(browser, service);
        await AnswerAllAsync(app, browser, service, email, name);
    }

    /// <summary>From the first question of an already started draft to check your answers (or to the contact page).</summary>
    public static async Task AnswerAllAsync(TestApp app, Browser browser, Service service, string email, string name = "Sam Resident", bool fillContact = true)
    {
        var property = await TestData.PropertyAsync(app);
        Assert.Equal(Step(service, "where_on_road"), browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "road" });
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "deep" });
        Assert.Equal(Step(service, "location"), browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["postcode"] = property.Postcode.ToLowerInvariant() });
        Assert.Equal(Step(service, "location") + "/address", browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["uprn"] = property.Uprn.ToString() });
        Assert.Equal(Step(service, "photo"), browser.Path);
        await browser.SubmitAsync();
        Assert.Equal(Step(service, "description"), browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "A deep pothole by the bus stop" });
        Assert.Equal(JourneySteps.Contact(service), browser.Path);
        if (!fillContact) return;
        await browser.SubmitAsync(new Dictionary<string, string> { ["fullName"] = name, ["email"] = email, ["phone"] = "" });
        Assert.Equal(JourneySteps.Check(service), browser.Path);
    }

    /// <summary>The page of one of the service's questions, by its id.</summary>
    public static string Step(Service service, string questionId) => JourneySteps.For(service, service.Form.Find(questionId)!);

    public static string Reference(IDocument page) => page.QuerySelector("#reference")!.TextContent.Trim();
}
