using FrontDoor.Features.Gazetteer;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

public enum ContactMethod { Email, Sms, Letter }

/// <summary>
/// One record per person or organisation, whichever channel they used. <see cref="Email"/>, <see cref="Phone"/>
/// and the address are the current, preferred ones; <see cref="ContactPoints"/> holds every one we know and
/// whether it has been verified. A record merged into another stays, pointing at the survivor, so the merge can be undone.
/// </summary>
public class Customer
{
    public long Id { get; set; }
    public required string FullName { get; set; }
    public string? Email { get; set; }
    /// <summary>Lower-cased email, for matching and look-ups.</summary>
    public string? EmailNormalised { get; set; }
    public string? Phone { get; set; }
    public string? PhoneKey { get; set; }
    public long? Uprn { get; set; }
    public Property? Property { get; set; }
    /// <summary>The address as given, for one that is not in the gazetteer (or as the gazetteer had it).</summary>
    public string? Address { get; set; }
    public string? PostcodeKey { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>See <see cref="Customers.AssistanceNeeds"/>.</summary>
    public string AssistanceNeeds { get; set; } = "";
    public string? InterpreterLanguage { get; set; }
    public ContactMethod ContactBy { get; set; }
    /// <summary>Bills and letters by email instead of post.</summary>
    public bool Paperless { get; set; }
    /// <summary>The language they would like us to write in, when not English.</summary>
    public string? Language { get; set; }

    /// <summary>When they made an online account; null for a record only staff and intake know.</summary>
    public DateTime? AccountCreatedAt { get; set; }
    public long? MergedIntoId { get; set; }
    /// <summary>When their personal data was erased (on request or at the end of its retention); the record keeps only its id.</summary>
    public DateTime? ErasedAt { get; set; }
    /// <summary>Why the record must be kept as it is (a claim, an investigation); while set, nothing erases or anonymises it.</summary>
    public string? LegalHoldReason { get; set; }
    /// <summary>A resident's session carries the stamp it began with; signing out gives a new one, so a copied cookie stops working.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    // Search keys, kept in step with the name by CustomerNames.Apply.
    public string NameKey { get; set; } = "";
    public string SurnameCode { get; set; } = "";
    public string ForenameCode { get; set; } = "";
    public string Initial { get; set; } = "";

    public List<ContactPoint> ContactPoints { get; set; } = [];

    public static string? NormaliseEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>Digits only, UK numbers in national form, so "+44 7700 900982" and "07700900982" meet.</summary>
    public static string? NormalisePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        if (phone.TrimStart().StartsWith('+') && digits.StartsWith("44")) digits = "0" + digits[2..];
        return digits.Length == 0 ? null : digits;
    }

    /// <summary>A message to this address or number has come back undeliverable for good: do not send there again.</summary>
    public bool IsNotWorking(ContactPointKind kind, string? key) =>
        key is not null && ContactPoints.Any(p => p.Kind == kind && p.Key == key && p.NotWorkingSince is not null);

    public bool IsVerified(ContactPointKind kind, string? key) =>
        key is not null && ContactPoints.Any(p => p.Kind == kind && p.Key == key && p.VerifiedAt is not null);
}

public enum ContactPointKind { Email, Phone }

/// <summary>An email address or phone number a customer has given us. Only verified ones link records or sign anyone in.</summary>
public class ContactPoint
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public ContactPointKind Kind { get; set; }
    public required string Value { get; set; }
    public required string Key { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? VerifiedAt { get; set; }
    /// <summary>When a message to it could not be delivered for good (an email that bounced, a number that does not exist).</summary>
    public DateTime? NotWorkingSince { get; set; }
}

sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> e)
    {
        e.HasIndex(c => c.EmailNormalised);
        e.HasIndex(c => c.PhoneKey);
        e.HasIndex(c => c.PostcodeKey);
        e.HasIndex(c => new { c.SurnameCode, c.Initial });
        e.HasOne(c => c.Property).WithMany().HasForeignKey(c => c.Uprn).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.ContactPoints).WithOne().HasForeignKey(p => p.CustomerId);
    }
}

sealed class ContactPointConfiguration : IEntityTypeConfiguration<ContactPoint>
{
    public void Configure(EntityTypeBuilder<ContactPoint> e)
    {
        e.HasIndex(p => new { p.Kind, p.Key });
        e.HasIndex(p => p.CustomerId);
        // One person owns a verified address or number: it is what signs them in.
        e.HasIndex(p => new { p.Kind, p.Key }, "IX_ContactPoints_Verified").IsUnique().HasFilter("\"VerifiedAt\" IS NOT NULL");
    }
}
