using FrontDoor.Shared;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace FrontDoor.Features.Accounts;

public static class AccountsSetup
{
    /// <summary>A resident's session: their customer id, nothing else.</summary>
    public const string Scheme = "resident";
    /// <summary>A new resident who has proved an email address and is choosing the name for their account.</summary>
    public const string VerifiedEmailScheme = "resident-verified";
    public const string CodeRateLimit = "resident-codes";
    public const string CookieName = "fd-resident";
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication()
            .AddCookie(Scheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = AccountLinks.SignIn;
                o.ExpireTimeSpan = IdleTimeout;
                o.SlidingExpiration = true;
                // The cookie outlives its ticket, so its presence says a session ended by itself: tell the resident why.
                o.Events.OnRedirectToLogin = context =>
                {
                    var timedOut = context.Request.Cookies.ContainsKey(CookieName);
                    if (timedOut) context.Response.Cookies.Delete(CookieName);
                    context.Response.Redirect(timedOut ? AccountLinks.SignedOutInactive : context.RedirectUri);
                    return Task.CompletedTask;
                };
            })
            .AddCookie(VerifiedEmailScheme, o =>
            {
                o.Cookie.Name = "fd-resident-verified";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.Path = AccountLinks.Home;
                o.LoginPath = AccountLinks.SignIn;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(15);
            });
        services.AddAuthorizationBuilder().AddPolicy(Scheme, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        services.RequirePolicyUnder("account", Scheme, "account/sign-in", "account/create");
        services.AddPerIpRateLimit(CodeRateLimit, builder.Configuration.GetValue("Accounts:CodeRequestsPerMinute", 20));
        services.AddScoped<ResidentCodes>();
        return builder;
    }
}
