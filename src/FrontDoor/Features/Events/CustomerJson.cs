using FrontDoor.Features.Customers;

namespace FrontDoor.Features.Events;

/// <summary>A customer record as the API (customers:read) and the customer.updated webhook show it.</summary>
public record CustomerJson(
    long Id, string Name, string? Email, string? Phone, long? Uprn, string? Address, string ContactBy, bool Paperless, string? Language,
    IReadOnlyList<string> AssistanceNeeds, string? InterpreterLanguage, bool HasAccount, long? MergedIntoId, DateTime UpdatedAt)
{
    /// <param name="address">The home address as one line: the gazetteer's, when the customer has a UPRN.</param>
    public static CustomerJson From(Customer c, string? address) => new(
        c.Id, c.FullName, c.Email, c.Phone, c.Uprn, address, c.ContactBy.ToString().ToLowerInvariant(), c.Paperless, c.Language,
        Customers.AssistanceNeeds.Codes(c.AssistanceNeeds), c.InterpreterLanguage, c.AccountCreatedAt is not null, c.MergedIntoId, c.UpdatedAt);
}
