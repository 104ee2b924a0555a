using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.ApiClients;

/// <summary>
/// A connected system (FixMyStreet, a back-office system) allowed in through the REST API and Open311.
/// Its key is stored only as a hash: the key itself is shown once, when it is made.
/// </summary>
public class ApiClient
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>SHA-256 of the key, hex. Keys are long random strings, so a fast hash is enough and lets every request look one up.</summary>
    public required string KeyHash { get; set; }
    /// <summary>The first characters of the key, so staff can tell keys apart without seeing them.</summary>
    public required string KeyHint { get; set; }
    /// <summary>Space-separated, from <see cref="ApiScopes"/>.</summary>
    public string Scopes { get; set; } = "";
    public int RequestsPerMinute { get; set; } = 120;
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    public bool Has(string scope) => ScopeList.Contains(scope);
}

public static class ApiScopes
{
    public const string ReadCases = "cases:read";
    public const string WriteCases = "cases:write";
    public const string ReadCustomers = "customers:read";
    public const string ManageWebhooks = "webhooks:manage";
    public const string Appointments = "appointments:write";
    public const string Callbacks = "callbacks:write";
    public const string ReadSupport = "support:read";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [ReadCases] = "Read cases and their public updates",
        [WriteCases] = "Create cases, add updates and notes, and change status",
        [ReadCustomers] = "Read and search customer records (personal data)",
        [ManageWebhooks] = "Manage its own webhook subscriptions",
        [Appointments] = "See appointment types and free times; book, move and cancel appointments (personal data)",
        [Callbacks] = "Ask for call backs and list those waiting (personal data)",
        [ReadSupport] = "Read the interpreters and other formats to arrange (personal data)",
    };
}

sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> e)
    {
        e.HasIndex(c => c.KeyHash).IsUnique();
    }
}
