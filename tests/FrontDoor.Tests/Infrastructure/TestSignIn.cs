using System.Text.Encodings.Web;
using FrontDoor.Data;
using FrontDoor.Features.Accounts;
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
/// Signs a request in as the member of staff named by its X-Test-Staff header, or the resident named by its
/// X-Test-Resident header (their ids), in place of that side's cookie, so tests that are not about signing in skip
/// passwords, authenticators and emailed codes. The person must exist (staff active, residents with an account), and
/// the request acts as them exactly as a cookie session would: their role and team, their record, their actor.
/// </summary>
public sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationSignOutHandler
{
    public const string StaffHeader = "X-Test-Staff";
    public const string ResidentHeader = "X-Test-Resident";
    const string StaffScheme = "test-staff", ResidentScheme = "test-resident";

    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestSignIn>(StaffScheme, null)
            .AddScheme<AuthenticationSchemeOptions, TestSignIn>(ResidentScheme, null);
        Forward(services, StaffSetup.Scheme, StaffHeader, StaffScheme);
        Forward(services, AccountsSetup.Scheme, ResidentHeader, ResidentScheme);
    }

    static void Forward(IServiceCollection services, string cookieScheme, string header, string testScheme) =>
        services.PostConfigure<CookieAuthenticationOptions>(cookieScheme,
            o => o.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(header) ? testScheme : null);

    bool ForStaff => Scheme.Name == StaffScheme;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!long.TryParse(Request.Headers[ForStaff ? StaffHeader : ResidentHeader], out var id)) return AuthenticateResult.NoResult();
        var db = Context.RequestServices.GetRequiredService<FrontDoorDb>();
        if (ForStaff)
        {
            var staff = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.IsActive);
            if (staff is null) return AuthenticateResult.Fail("No active member of staff with that id");
            var principal = StaffUser.Principal(staff, StaffSetup.Scheme);
            StaffUser.From(principal)!.ActFor(Context);
            return AuthenticateResult.Success(new AuthenticationTicket(principal, StaffSetup.Scheme));
        }
        var resident = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.AccountCreatedAt != null);
        if (resident is null) return AuthenticateResult.Fail("No resident account with that id");
        return AuthenticateResult.Success(new AuthenticationTicket(ResidentPage.Principal(resident, AccountsSetup.Scheme), AccountsSetup.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Redirect(ForStaff ? StaffLinks.SignIn : AccountLinks.SignIn);
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    /// <summary>The session is the header: there is nothing to end (tests of signing out sign in for real).</summary>
    public Task SignOutAsync(AuthenticationProperties? properties) => Task.CompletedTask;
}
