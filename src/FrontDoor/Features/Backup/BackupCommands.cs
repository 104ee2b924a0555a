using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Backup;

/// <summary>
/// <c>backup</c> copies a SQLite database while FrontDoor runs (SQLite's online backup; PostgreSQL has pg_dump), and
/// <c>check-restore</c> says whether a restored database is one FrontDoor can run on: it opens and migrates, its
/// Data Protection keys open what they encrypted, and its audit chain holds. docs/going-live.md has the procedures.
/// </summary>
public static class BackupCommands
{
    public static readonly AppCommand Backup = new("backup", "<file>",
        "Copies the SQLite database, keys and all, to a file while FrontDoor runs (for PostgreSQL use pg_dump: see docs/going-live.md)", async (app, args) =>
        {
            if (args is not [var path])
            {
                await Console.Error.WriteLineAsync("Name the file to write: backup frontdoor-2026-12-04.db");
                return 2;
            }
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
            if (db.IsPostgres)
            {
                await Console.Error.WriteLineAsync("This database is PostgreSQL: back it up with pg_dump --format=custom (docs/going-live.md, Backup and restore).");
                return 2;
            }
            if (File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"{path} is already there: name a new file, so no backup is overwritten.");
                return 2;
            }
            await using var source = new SqliteConnection(db.Database.GetConnectionString());
            await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
            await source.OpenAsync();
            await destination.OpenAsync();
            // SQLite's online backup copies a consistent snapshot while others go on writing.
            source.BackupDatabase(destination);
            Console.WriteLine($"Backed up to {path} ({new FileInfo(path).Length:N0} bytes)");
            return 0;
        });

    public static readonly AppCommand CheckRestore = new("check-restore", "",
        "Checks that a restored database opens and migrates, that its keys open what they encrypted, and that its audit log holds; exit status 1 when not", async (app, _) =>
        {
            await app.PrepareDatabaseAsync();
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
            var problems = new List<string>();
            var (cases, customers, staff) = (await db.Cases.CountAsync(), await db.Customers.CountAsync(), await db.StaffMembers.CountAsync());
            Console.WriteLine($"The database opens and is up to date: {cases:N0} cases, {customers:N0} customers, {staff:N0} staff accounts.");
            // A sealed secret made before the backup must open: the keys came with it (and the certificate, when one protects them).
            var sealedSecret = await db.StaffMembers.Where(s => s.TotpSecretProtected != null).Select(s => s.TotpSecretProtected).FirstOrDefaultAsync();
            if (sealedSecret is not null)
                try { scope.ServiceProvider.GetRequiredService<Staff.StaffSignIn>().OpenTotpKey(sealedSecret); }
                catch (System.Security.Cryptography.CryptographicException)
                {
                    problems.Add("The Data Protection keys do not open what they encrypted: restore the DataProtectionKeys table with the rest, and give the same DataProtection:CertificateFile if one protects them.");
                }
            var audit = await AuditChain.VerifyAsync(db, null, default);
            if (!audit.Holds) problems.Add(Audit.VerifyAuditCommand.Describe(audit));
            else Console.WriteLine(Audit.VerifyAuditCommand.Describe(audit));
            foreach (var problem in problems) await Console.Error.WriteLineAsync(problem);
            Console.WriteLine(problems.Count == 0 ? "The restored database is ready for FrontDoor." : "The restored database is not ready.");
            return problems.Count == 0 ? 0 : 1;
        });
}

public static class BackupSetup
{
    public static WebApplicationBuilder AddBackup(this WebApplicationBuilder builder)
    {
        builder.Services.AddCommand(BackupCommands.Backup);
        builder.Services.AddCommand(BackupCommands.CheckRestore);
        return builder;
    }
}
