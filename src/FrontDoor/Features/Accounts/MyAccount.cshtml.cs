using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Accounts;

public record MyRequest(string Reference, string Service, DateTime CreatedAt, CaseStatus Status);

public class MyAccountModel(FrontDoorDb db) : ResidentPage(db)
{
    public List<MyRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Requests = await Db.Cases.AsNoTracking().Where(c => c.CustomerId == Customer.Id)
            .OrderByDescending(c => c.CreatedAt).Take(100)
            .Select(c => new MyRequest(c.Reference, c.Service.Name, c.CreatedAt, c.Status)).ToListAsync(ct);

    public static string ContactByText(ContactMethod method) => method switch
    {
        ContactMethod.Sms => "Text message",
        ContactMethod.Letter => "Letter",
        _ => "Email",
    };
}
