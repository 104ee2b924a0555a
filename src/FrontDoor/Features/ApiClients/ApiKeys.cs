using System.Security.Cryptography;
using System.Text;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FrontDoor.Features.ApiClients;

/// <summary>Makes keys and finds the client a key belongs to. Both the REST API and Open311 come in through here.</summary>
public sealed class ApiKeys(FrontDoorDb db, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>How long a looked-up client is remembered: revoking a key takes effect within this.</summary>
    static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public static string NewKey() => "fd_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Hint(string key) => key[..Math.Min(8, key.Length)] + "…";

    /// <summary>Makes a client and returns its key, the only time the key is ever seen.</summary>
    public async Task<(ApiClient Client, string Key)> CreateAsync(string name, IEnumerable<string> scopes, int requestsPerMinute, CancellationToken ct, string? key = null)
    {
        key ??= NewKey();
        var client = new ApiClient
        {
            Name = name, KeyHash = Hash(key), KeyHint = Hint(key), Scopes = string.Join(' ', scopes),
            RequestsPerMinute = requestsPerMinute, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(ct);
        return (client, key);
    }

    /// <summary>A revoked key stops working at once here; other instances forget it within <see cref="CacheFor"/>.</summary>
    public void Forget(ApiClient client) => cache.Remove(("api-key", client.KeyHash));

    /// <summary>The active client holding this key, or null.</summary>
    public async Task<ApiClientUser?> FindAsync(string? key, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200) return null;
        var hash = Hash(key.Trim());
        if (cache.TryGetValue(("api-key", hash), out ApiClientUser? known)) return known;
        var client = await db.ApiClients.AsNoTracking()
            .Where(c => c.KeyHash == hash && c.RevokedAt == null)
            .Select(c => new ApiClientUser(c.Id, c.Name, c.Scopes, c.RequestsPerMinute))
            .SingleOrDefaultAsync(ct);
        cache.Set(("api-key", hash), client, CacheFor);
        return client;
    }
}
