using System.Text.RegularExpressions;
using FrontDoor.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>Signs residents in the way they do it: an email address, then the code from the message we sent.</summary>
public static partial class Residents
{
    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex SixDigits();

    /// <summary>The code in the latest message to this address or number, read from the outbox the message leaves from.</summary>
    public static async Task<string> LatestCodeAsync(TestApp app, string recipient)
    {
        await using var scope = app.Scope(out var db);
        var body = await db.OutboxMessages.Where(m => m.Recipient == recipient && m.Subject.Contains("security code"))
            .OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync();
        return SixDigits().Match(body).Groups[1].Value;
    }

    public static async Task<Browser> SignInAsync(TestApp app, string email, string fullName = "Riley Resident")
    {
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/account/sign-in");
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = email });
        Assert.Equal("/account/sign-in/code", browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["code"] = await LatestCodeAsync(app, email) });
        if (browser.Path == "/account/create") await browser.SubmitAsync(new Dictionary<string, string> { ["fullName"] = fullName });
        Assert.Equal("/account", browser.Path);
        return browser;
    }

    /// <summary>
    /// A browser signed in as this resident by the tests' own scheme (no emailed code), for every test that is not
    /// about signing in. The customer must have an account (<see cref="TestData.CustomerAsync"/> with account: true).
    /// </summary>
    public static Browser As(TestApp app, Customer customer)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(TestSignIn.ResidentHeader, customer.Id.ToString());
        return new Browser(client);
    }

    public static string NewEmail() => $"resident-{Guid.NewGuid():N}@example.com";
}
