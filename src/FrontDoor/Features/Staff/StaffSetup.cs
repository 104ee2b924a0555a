using FrontDoor.Features.Staff.SingleSignOn;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Staff;

public static class StaffSetup
{
    /// <summary>The full staff session, after both sign-in steps.</summary>
    public const string Scheme = "staff";
    /// <summary>Between the password and the second factor: proves only the password, for a few minutes.</summary>
    public const string PasswordOnlyScheme = "staff-password";

    public const string SignInRateLimit = "staff-sign-in";
    public const string CaseWorkers = "case-workers";
    public const string Administrators = "administrators";
    public const string Enquirers = "enquirers";
    /// <summary>Merging records and adding alerts: the contact centre and team leaders keep customer records.</summary>
    public const string RecordKeepers = "record-keepers";
    public const string TeamLeaders = "team-leaders";
    /// <summary>The council's set-up: administrators, and service managers for their own team's services.</summary>
    public const string ServiceManagers = "service-managers";
    /// <summary>The performance dashboard: team leaders, managers, service managers and administrators.</summary>
    public const string PerformanceReaders = "performance-readers";

    public static WebApplicationBuilder AddStaff(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StaffOptions>().BindConfiguration("Staff").ValidateDataAnnotations().ValidateOnStart();
        var authentication = services.AddAuthentication(Scheme);
        authentication
            .AddCookie(Scheme, o =>
            {
                o.Cookie.Name = "fd-staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = StaffLinks.SignIn;
                o.LogoutPath = StaffLinks.SignOut;
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = StaffSessions.ValidateAsync;
                // A signed-in member of staff without the right role gets a plain 403 page, not a redirect loop.
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddCookie(PasswordOnlyScheme, o =>
            {
                o.Cookie.Name = "fd-staff-password";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.Path = StaffLinks.SignIn;
                o.LoginPath = StaffLinks.SignIn;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            });
        builder.AddSingleSignOn(authentication);
        services.AddOptions<CookieAuthenticationOptions>(Scheme)
            .Configure<IOptions<StaffOptions>>((cookie, staff) => cookie.ExpireTimeSpan = TimeSpan.FromMinutes(staff.Value.IdleMinutes));
        services.AddAuthorizationBuilder()
            .AddPolicy(Scheme, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser())
            .AddPolicy(CaseWorkers, p => p.AddAuthenticationSchemes(Scheme)
                .RequireRole(nameof(StaffRole.Agent), nameof(StaffRole.Officer), nameof(StaffRole.TeamLeader), nameof(StaffRole.Administrator)))
            .AddPolicy(RecordKeepers, p => p.AddAuthenticationSchemes(Scheme)
                .RequireRole(nameof(StaffRole.Agent), nameof(StaffRole.TeamLeader), nameof(StaffRole.Administrator)))
            .AddPolicy(TeamLeaders, p => p.AddAuthenticationSchemes(Scheme).RequireRole(nameof(StaffRole.TeamLeader), nameof(StaffRole.Administrator)))
            .AddPolicy(ServiceManagers, p => p.AddAuthenticationSchemes(Scheme).RequireRole(nameof(StaffRole.ServiceManager), nameof(StaffRole.Administrator)))
            .AddPolicy(PerformanceReaders, p => p.AddAuthenticationSchemes(Scheme).RequireRole(nameof(StaffRole.TeamLeader), nameof(StaffRole.Manager),
                nameof(StaffRole.ServiceManager), nameof(StaffRole.Administrator)))
            .AddPolicy(Administrators, p => p.AddAuthenticationSchemes(Scheme).RequireRole(nameof(StaffRole.Administrator)))
            .AddPolicy(Enquirers, p => p.AddAuthenticationSchemes(Scheme)
                .RequireRole(nameof(StaffRole.Councillor), nameof(StaffRole.Agent), nameof(StaffRole.Administrator)));
        services.RequirePolicyUnder("staff", Scheme, "staff/sign-in");
        // Lockout protects each account; this slows one address trying many accounts.
        services.AddPerIpRateLimit(SignInRateLimit, builder.Configuration.GetValue("Staff:SignInAttemptsPerMinute", 20));
        services.AddSingleton<IPasswordHasher<StaffMember>, PasswordHasher<StaffMember>>();
        services.AddScoped<StaffSignIn>();
        services.AddSingleton<Invitations.StaffInvitations>();
        services.AddCommand(Invitations.CreateAdminCommand.Command);
        services.AddSingleton<StaffDevices>();
        services.AddMemoryCache();
        return builder;
    }

    public static WebApplication UseStaff(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
