using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace FrontDoor.Features.Staff.SingleSignOn;

public static class SingleSignOnSetup
{
    /// <summary>The provider's handler (authorisation code with PKCE) and the short-lived cookie that carries its answer to FrontDoor's own sign-in.</summary>
    public const string ProviderScheme = "staff-oidc";
    public const string AnswerScheme = "staff-oidc-answer";
    public const string CallbackPath = "/staff/sign-in/sso/callback";

    public static void AddSingleSignOn(this WebApplicationBuilder builder, Microsoft.AspNetCore.Authentication.AuthenticationBuilder authentication)
    {
        builder.Services.AddOptions<SingleSignOnOptions>().BindConfiguration("Staff:Oidc").ValidateDataAnnotations().ValidateOnStart();
        var sso = builder.Configuration.GetSection("Staff:Oidc").Get<SingleSignOnOptions>() ?? new();
        if (!sso.IsConfigured) return;
        authentication
            .AddCookie(AnswerScheme, o =>
            {
                o.Cookie.Name = "fd-staff-sso";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.Path = StaffLinks.SignIn;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddOpenIdConnect(ProviderScheme, o =>
            {
                o.Authority = sso.Authority;
                o.ClientId = sso.ClientId;
                o.ClientSecret = sso.ClientSecret;
                o.RequireHttpsMetadata = sso.RequireHttpsMetadata;
                o.ResponseType = OpenIdConnectResponseType.Code;
                // The code comes back in the address: a top-level navigation, so the state's cookies can be Lax.
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = true;
                o.CallbackPath = CallbackPath;
                o.SignInScheme = AnswerScheme;
                o.SaveTokens = false;
                o.MapInboundClaims = false;
                o.Scope.Clear();
                foreach (var scope in new[] { "openid", "email", "profile" }) o.Scope.Add(scope);
                o.CorrelationCookie.SameSite = o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // A refused answer (a replayed or forged state, a token for another application, the person cancelling)
                // ends on the sign-in page with a message, never an error page.
                o.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect(StaffLinks.SignInProblem(SignInProblem.ProviderRefused));
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
    }
}
