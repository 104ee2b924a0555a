using System.Security.Cryptography.X509Certificates;
using FrontDoor.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Shared;

/// <summary>
/// The Data Protection keys that sign sessions, tracking and other links, and encrypt authenticator keys and webhook
/// secrets. They live in the database, so every node behind a load balancer reads what any other made, and a backup of
/// the database carries them. A certificate, when configured, encrypts them there.
/// </summary>
public static class KeyRing
{
    public static void AddKeyRing(this WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("FrontDoor").PersistKeysToDbContext<FrontDoorDb>();
        if (builder.Configuration["DataProtection:CertificateFile"] is { Length: > 0 } file)
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(file, builder.Configuration["DataProtection:CertificatePassword"]));
    }

    /// <summary>
    /// Before anything is signed: keys an earlier FrontDoor kept in <c>DataProtection:KeysFolder</c> move into the database
    /// (so its sessions, links and encrypted secrets stay readable), and, on an empty database, the first key is made, once,
    /// by whichever node gets here first (the caller holds the database's set-up lock).
    /// </summary>
    public static async Task PrepareAsync(FrontDoorDb db, IServiceProvider services, IConfiguration configuration, IHostEnvironment env)
    {
        var folder = configuration["DataProtection:KeysFolder"] ?? Path.Combine(env.ContentRootPath, "data", "keys");
        if (Directory.Exists(folder))
        {
            var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync()).ToHashSet();
            foreach (var file in Directory.GetFiles(folder, "key-*.xml"))
                if (!known.Contains(Path.GetFileNameWithoutExtension(file)))
                    db.DataProtectionKeys.Add(new() { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = await File.ReadAllTextAsync(file) });
            await db.SaveChangesAsync();
        }
        if (!await db.DataProtectionKeys.AnyAsync())
        {
            var now = DateTimeOffset.UtcNow;
            services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
        }
    }
}
