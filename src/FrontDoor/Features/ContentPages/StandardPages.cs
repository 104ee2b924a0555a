namespace FrontDoor.Features.ContentPages;

/// <summary>What a standard page is for, and what it says until the council has written its own.</summary>
public record StandardPage(string Slug, string Title, string Purpose, string FirstText);

/// <summary>
/// The pages every council must publish, linked from every page's footer. A fresh install shows each with its headings
/// and a clear mark that the council has still to complete it; the cookies page already says what FrontDoor sets.
/// </summary>
public static class StandardPages
{
    public const string ToBeCompleted = "**To be completed by the council.**";

    /// <summary>Every cookie FrontDoor sets, all essential: the cookies page must name each, so it is kept here beside the code.</summary>
    public static readonly IReadOnlyList<(string Name, string Purpose, string Expires)> Cookies =
    [
        ("fd-draft", "Remembers the answers you have given while you fill in a form", "When you close your browser"),
        ("fd-antiforgery", "Stops other websites sending forms to this site as if they were you", "When you close your browser"),
        (".AspNetCore.Mvc.CookieTempDataProvider", "Carries a message from one page to the next, such as your reference", "When you close your browser"),
        ("fd-resident", "Keeps you signed in to your account", "After 30 minutes of inactivity"),
        ("fd-resident-verified", "Remembers that you confirmed your email address while signing in", "After 15 minutes"),
        ("fd-staff, fd-staff-password, fd-staff-device", "Keep council staff signed in to the staff pages", "When staff sign out or stop using the staff pages; a trusted device is remembered for 90 days"),
    ];

    static string CookiesText => $"""
        We put small files called cookies on your device when you use this site. We only use cookies that are essential for the site to work, so we do not ask for your consent to them.

        We do not use cookies to track you or to measure how you use the site, and we do not use advertising cookies.

        ## The cookies we use

        {string.Join("\n", Cookies.Select(c => $"- **{c.Name}**: {c.Purpose}. Expires: {c.Expires.ToLowerInvariant()}."))}
        """;

    public static readonly IReadOnlyList<StandardPage> All =
    [
        new("privacy-notice", "Privacy notice", "How the council uses the personal information people give it", $"""
            {ToBeCompleted} Explain who the data controller is, what personal information you collect through this site and why, your lawful basis, who you share it with, how long you keep it, and people's rights, including how to complain to the Information Commissioner's Office.

            ## Who we are

            ## What we collect and why

            ## How long we keep it

            ## Your rights
            """),
        new("accessibility-statement", "Accessibility statement", "How accessible the site is, and how to ask for another format", $"""
            {ToBeCompleted} The Public Sector Bodies Accessibility Regulations 2018 require one. Say how accessible the site is, any known problems, how to ask for information in another format, how to report a problem, and the enforcement procedure.

            ## How accessible this website is

            ## Reporting accessibility problems

            ## Enforcement procedure
            """),
        new("cookies", "Cookies", "The cookies the site sets (FrontDoor sets only essential ones)", CookiesText),
        new("contact", "Contact us", "How to reach the council other than through this site", $"""
            {ToBeCompleted} Give your phone number and opening hours, your email address, your address and opening times for face-to-face help, and how to ask for an interpreter, British Sign Language, Braille or large print.
            """),
        new(Performance, "Our performance", "The introduction to the published figures, at /performance", $"""
            These figures show how we deal with the requests residents and businesses make: how many are made online, how often we meet the service standards we publish, and how satisfied people are with how we dealt with them.

            They are worked out from the requests themselves, not typed in, and each month's figures are published once the month is over. Where fewer than 5 requests or answers lie behind a figure we do not show it, so that no one can be identified.

            {ToBeCompleted} Say what the council is doing to improve, and who to ask about the figures.
            """),
    ];

    public const string Performance = "performance";

    public static StandardPage? Find(string slug) => All.FirstOrDefault(p => p.Slug == slug);
}
