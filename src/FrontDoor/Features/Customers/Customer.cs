namespace FrontDoor.Features.Customers;

public class Customer
{
    public long Id { get; set; }
    public required string FullName { get; set; }
    public string? Email { get; set; }
    /// <summary>Lower-cased email, for matching and look-ups.</summary>
    public string? EmailNormalised { get; set; }
    public string? Phone { get; set; }
    public DateTime CreatedAt { get; set; }

    public static string? NormaliseEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}
