using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Contacts;

public enum ContactPurpose { NewRequest, ProgressChasing, Enquiry, Update }

public static class ContactPurposes
{
    /// <summary>The purpose as staff read it, lower case, to follow a channel ("Phone, progress chasing").</summary>
    public static string Text(ContactPurpose purpose) => purpose switch
    {
        ContactPurpose.NewRequest => "new request",
        ContactPurpose.ProgressChasing => "progress chasing",
        ContactPurpose.Enquiry => "enquiry",
        ContactPurpose.Update => "update",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };
}

/// <summary>One interaction with a customer on any channel. The performance figures are computed from these.</summary>
public class Contact
{
    public long Id { get; set; }
    public long? CustomerId { get; set; }
    public Customers.Customer? Customer { get; set; }
    public long? CaseId { get; set; }
    public Case? Case { get; set; }
    public Channel Channel { get; set; }
    public ContactPurpose Purpose { get; set; }
    public DateTime At { get; set; }
    /// <summary>The member of staff who took the contact, if it was not self-service.</summary>
    public long? StaffId { get; set; }
    public string? Summary { get; set; }
}

sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> e)
    {
        e.HasIndex(c => c.CustomerId);
        e.HasIndex(c => c.CaseId);
        // The performance figures count contacts by the day they were made.
        e.HasIndex(c => c.At);
        e.HasOne(c => c.Customer).WithMany().HasForeignKey(c => c.CustomerId);
        e.HasOne(c => c.Case).WithMany().HasForeignKey(c => c.CaseId);
    }
}
