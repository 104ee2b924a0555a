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
    /// <summary>See <see cref="Customers.AssistanceNeeds"/>.</summary>
    public string AssistanceNeeds { get; set; } = "";
    public string? InterpreterLanguage { get; set; }

    public static string? NormaliseEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}
