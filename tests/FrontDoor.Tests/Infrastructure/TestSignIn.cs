using System.Text.Encodings.Web;
using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>
/// Signs a request in as a member of staff named by its X-Test-Staff header (their id), in place of the staff cookie,
/// so tests that are not about signing in skip the password and the authenticator. The account must exist and be
/// active, and the request acts as them exactly as a cookie session would (their role, team and actor).
/// </summary>
public sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "test-staff";
    public const string StaffHeader = "X-Test-Staff";

    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestSignIn>(SchemeName, null);
        services.PostConfigure<CookieAuthenticationOptions>(StaffSetup.Scheme,
            o => o.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(StaffHeader) ? SchemeName : null);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!long.TryParse(Request.Headers[StaffHeader], out var id)) return AuthenticateResult.NoResult();
        var db = Context.RequestServices.GetRequiredService<FrontDoorDb>();
        var staff = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.IsActive);
        if (staff is null) return AuthenticateResult.Fail("No active member of staff with that id");
        var principal = StaffUser.Principal(staff, StaffSetup.Scheme);
        StaffUser.From(principal)!.ActFor(Context);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, StaffSetup.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Redirect(StaffLinks.SignIn);
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
