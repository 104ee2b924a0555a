using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Nodes;

/// <summary>The Data Protection keys in the database: brought in from an earlier FrontDoor's folder, and encrypted there when the council gives a certificate.</summary>
public abstract class KeyRingTests
{
    protected abstract TestApp NewApp();

    [Fact]
    public async Task Upgrade_KeysInTheOldFolder_BroughtIntoTheDatabaseSoWhatTheyProtectedStillOpens()
    {
        await using var app = NewApp();
        // What an earlier FrontDoor, keeping its keys in the folder, signed or encrypted (a session, an authenticator key).
        var earlier = DataProtectionProvider.Create(new DirectoryInfo(app.KeysFolder), b => b.SetApplicationName("FrontDoor"));
        var sealedSecret = earlier.CreateProtector("Staff.Totp").Protect("JBSWY3DPEHPK3PXP");

        await app.InitializeAsync();

        Assert.Equal("JBSWY3DPEHPK3PXP", app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Staff.Totp").Unprotect(sealedSecret));
        await using var scope = app.Scope(out var db);
        var name = Path.GetFileNameWithoutExtension(Directory.GetFiles(app.KeysFolder, "key-*.xml").Single());
        Assert.Single(await db.DataProtectionKeys.Where(k => k.FriendlyName == name).ToListAsync());
    }

    [Fact]
    public async Task Certificate_Configured_KeysEncryptedInTheDatabase()
    {
        await using var app = NewApp();
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=FrontDoor key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var file = Path.Combine(Path.GetTempPath(), $"frontdoor-keys-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(file, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        app.Settings.Add(("DataProtection:CertificateFile", file));
        app.Settings.Add(("DataProtection:CertificatePassword", "pfx-password"));
        try
        {
            await app.InitializeAsync();
            var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
            Assert.Equal("hello", protector.Unprotect(protector.Protect("hello")));
            await using var scope = app.Scope(out var db);
            var xml = Assert.Single(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<value>", xml);
        }
        finally { File.Delete(file); }
    }
}

public class KeyRingTestsOnSqlite : KeyRingTests { protected override TestApp NewApp() => new OwnSqliteApp(); }
public class KeyRingTestsOnPostgres : KeyRingTests { protected override TestApp NewApp() => new OwnPostgresApp(); }
