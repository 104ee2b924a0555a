using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Shared.Council;

public record CouncilLogo(string ContentType, byte[] Content);

/// <summary>What administrators have set of the council's name, colour, logo and contact details, read with its settings row.</summary>
public record CouncilProfile(CouncilSettings? Settings, CouncilLogo? Logo)
{
    public static CouncilProfile Load(IServiceProvider services)
    {
        var settings = services.GetRequiredService<Data.FrontDoorDb>().CouncilSettings.AsNoTracking().SingleOrDefault();
        return new(settings, settings is { Logo: { } bytes, LogoContentType: { } type } ? new(type, bytes) : null);
    }

    /// <summary>Configuration with what administrators set laid over it.</summary>
    public CouncilOptions Over(CouncilOptions configured) => Settings is not { } s ? configured : new()
    {
        Name = s.Name ?? configured.Name,
        BrandColour = s.BrandColour ?? configured.BrandColour,
        Phone = s.Phone ?? configured.Phone,
        Email = s.Email ?? configured.Email,
        Address = s.Address ?? configured.Address,
        OpeningHours = s.OpeningHours ?? configured.OpeningHours,
        LogoUrl = Logo is not null ? $"{Branding.LogoPath}?v={s.Version}" : configured.LogoUrl,
        PublicUrl = configured.PublicUrl,
    };
}

/// <summary>The council's options as every page and message sees them: read from the database at most once a minute.</summary>
public sealed class LiveCouncilOptions(IOptionsMonitor<CouncilOptions> configured, Refreshing<CouncilProfile> profile) : IOptions<CouncilOptions>
{
    public CouncilOptions Value
    {
        get
        {
            try
            {
                return profile.Value.Over(configured.CurrentValue);
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException or InvalidOperationException)
            {
                // Before the database is ready (a command run on a fresh install, the first moment of start-up): configuration alone.
                return configured.CurrentValue;
            }
        }
    }
}
