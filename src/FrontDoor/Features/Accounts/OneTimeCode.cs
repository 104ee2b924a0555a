using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Accounts;

public enum CodePurpose { SignIn, VerifyEmail, VerifyPhone }

/// <summary>A six-digit code sent to an email address or phone, stored hashed; it expires, works once, and dies after too many wrong tries.</summary>
public class OneTimeCode
{
    public Guid Id { get; set; }
    public CodePurpose Purpose { get; set; }
    /// <summary>The normalised email address or phone number it was sent to.</summary>
    public required string Target { get; set; }
    /// <summary>As typed, to show back and to save once verified.</summary>
    public required string TargetValue { get; set; }
    public long? CustomerId { get; set; }
    public required string CodeHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public int FailedAttempts { get; set; }
    public DateTime? UsedAt { get; set; }
}

sealed class OneTimeCodeConfiguration : IEntityTypeConfiguration<OneTimeCode>
{
    public void Configure(EntityTypeBuilder<OneTimeCode> e)
    {
        e.HasIndex(c => new { c.Target, c.CreatedAt });
    }
}
