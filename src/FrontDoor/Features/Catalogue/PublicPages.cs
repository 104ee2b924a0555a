using FrontDoor.Data;
using FrontDoor.Shared;
using FrontDoor.Shared.Council;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Catalogue;

/// <summary>
/// The pages everyone sees alike (the home page, the A to Z, topics, start pages, the council's own pages and Open311's
/// service lists) are kept whole in each node's memory and sent from there to visitors who carry no cookie, so a crowd
/// arriving from a search engine costs no database work. A change to anything they show (<see cref="IPublicContent"/>)
/// clears them at once on the node that saved it, and within <see cref="PublicPagesOptions.CheckSeconds"/> on the others,
/// which watch a stamp the change moves on. Answers held for every request (<see cref="Held{TKey, TValue}"/>) go with them.
/// </summary>
public static class PublicPages
{
    public const string Policy = "public-page";
    const string Tag = "public-content";

    public static WebApplicationBuilder AddPublicPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PublicPagesOptions>().BindConfiguration("PublicPages").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<Microsoft.Extensions.Options.IOptions<PublicPagesOptions>>((o, pages) =>
            o.AddPolicy(Policy, new SameForEveryone(pages.Value.KeepMinutes)));
        builder.Services.AddSingleton<PublicContentEdition>();
        builder.Services.AddSingleton<ServicesByCode>();
        builder.Services.AddSingleton<PublicContentChanges>();
        builder.Services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<PublicContentChanges>());
        builder.Services.AddHostedService<PublicContentWatcher>();
        return builder;
    }

    /// <summary>Caches a page for visitors without cookies, and keeps it only if it stayed everyone's (set no cookie) and succeeded.</summary>
    sealed class SameForEveryone(double keepMinutes) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
        {
            var request = context.HttpContext.Request;
            // A call with an API key acts as its client (and a wrong key is refused), so it always goes through.
            var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && Visitors.AreAllAlike(request) && !request.Query.ContainsKey("api_key");
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByHost = true;
            context.Tags.Add(Tag);
            context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(keepMinutes);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Clears the cached pages and held answers when a save changed public content, and moves the stamp on so the other nodes do too.</summary>
    internal sealed class PublicContentChanges(IOutputCacheStore cache, Refreshing<CouncilProfile> council, PublicContentEdition edition) : SaveChangesInterceptor
    {
        static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Changing = [];

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            Note(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Note(eventData.Context);
            return result;
        }

        public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
        {
            if (eventData.Context is { } db && Changing.Remove(db))
            {
                await db.Database.ExecuteSqlRawAsync(PublicContentStamp.MoveOn, ct);
                await ClearAsync(ct);
            }
            return result;
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            if (eventData.Context is { } db && Changing.Remove(db))
            {
                db.Database.ExecuteSqlRaw(PublicContentStamp.MoveOn);
                ClearAsync(default).AsTask().GetAwaiter().GetResult();
            }
            return result;
        }

        public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);
        public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default) { Forget(eventData.Context); return Task.CompletedTask; }
        public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);
        public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default) { Forget(eventData.Context); return Task.CompletedTask; }

        public async ValueTask ClearAsync(CancellationToken ct)
        {
            // The council's name and logo are in every page: read them afresh for the pages made next.
            council.Reload();
            edition.MoveOn();
            await cache.EvictByTagAsync(Tag, ct);
        }

        // FrontDoorDb has detected changes before saving, so this reads the states without detecting them again.
        static void Note(DbContext? db)
        {
            if (db is null) return;
            Changing.Remove(db);
            if (db.ChangeTracker.Entries().Any(e => e.Entity is IPublicContent && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
                Changing.Add(db, db);
        }

        static void Forget(DbContext? db)
        {
            if (db is not null) Changing.Remove(db);
        }
    }

    /// <summary>On every node: clears the cached pages when another node has moved the stamp on.</summary>
    sealed class PublicContentWatcher(IServiceScopeFactory scopes, PublicContentChanges changes, Microsoft.Extensions.Options.IOptions<PublicPagesOptions> options,
        TimeProvider clock, ILogger<PublicContentWatcher> log) : BackgroundService
    {
        long? seen;

        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            JobLoop.RunAsync("Public page cache", TimeSpan.FromSeconds(options.Value.CheckSeconds), clock, log, async ct =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
                var version = await db.PublicContentStamps.Select(s => s.Version).SingleAsync(ct);
                if (seen is not null && seen != version) await changes.ClearAsync(ct);
                seen = version;
                return false;
            }, stoppingToken);
    }
}

public sealed class PublicPagesOptions
{
    /// <summary>How often each node looks for a change saved on another (seconds).</summary>
    [System.ComponentModel.DataAnnotations.Range(0.1, 3600)]
    public double CheckSeconds { get; set; } = 2;

    /// <summary>The longest a cached page is kept even when nothing changes (minutes).</summary>
    [System.ComponentModel.DataAnnotations.Range(0.1, 1440)]
    public double KeepMinutes { get; set; } = 10;
}

/// <summary>One row whose version moves on with every change to public content, for the nodes to watch.</summary>
public class PublicContentStamp
{
    public const int TheOne = 1;
    internal const string MoveOn = "UPDATE \"PublicContentStamps\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1";

    public int Id { get; set; } = TheOne;
    public long Version { get; set; }
}

sealed class PublicContentStampConfiguration : IEntityTypeConfiguration<PublicContentStamp>
{
    public void Configure(EntityTypeBuilder<PublicContentStamp> e) => e.Property(s => s.Id).ValueGeneratedNever();
}
