namespace FrontDoor.Features.SiteFeedback;

public static class FeedbackLinks
{
    public const string Page = "/page-feedback";
    public const string Problem = "/page-feedback/problem";
    public static string ProblemWith(string route, string returnTo) => $"{Problem}?route={Uri.EscapeDataString(route)}&return={Uri.EscapeDataString(returnTo)}";
    public static string Service(string slug) => $"/services/{slug}/feedback";

    /// <summary>Where to send a visitor back to: a page of this site, never somewhere else.</summary>
    public static string SafeReturn(string? returnTo) =>
        returnTo is ['/', not '/' and not '\\', ..] && Uri.IsWellFormedUriString(returnTo, UriKind.Relative) ? returnTo : "/";
}
