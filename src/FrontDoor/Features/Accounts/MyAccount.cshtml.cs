using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Accounts;

public record MyRequest(string Reference, string Service, DateTime CreatedAt, CaseStatus Status);

public record MyAppointment(string Reference, string Type, DateTime Start, DateTime End, Appointments.AppointmentModes Mode);

public class MyAccountModel(FrontDoorDb db, Appointments.AppointmentLinks appointmentLinks, TimeProvider clock) : ResidentPage(db)
{
    public List<MyRequest> Requests { get; private set; } = [];
    /// <summary>Appointments still to come, each with the signed link that changes or cancels it.</summary>
    public List<MyAppointment> Appointments { get; private set; } = [];
    public Appointments.AppointmentLinks AppointmentLinks => appointmentLinks;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Requests = await RequestsOf.For(Db)(Db, Customer.Id).ToListAsync(ct);
        Appointments = await AppointmentsOf.For(Db)(Db, Customer.Id, clock.GetUtcNow().UtcDateTime).ToListAsync(ct);
    }

    // A resident's home page, opened on every visit: its queries are compiled once.
    static readonly CompiledQuery<Func<FrontDoorDb, long, IAsyncEnumerable<MyRequest>>> RequestsOf = new(() => EF.CompileAsyncQuery((FrontDoorDb db, long customer) =>
        db.Cases.AsNoTracking().Where(c => c.CustomerId == customer).OrderByDescending(c => c.CreatedAt).Take(100)
            .Select(c => new MyRequest(c.Reference, c.Service.Name, c.CreatedAt, c.Status))));

    static readonly CompiledQuery<Func<FrontDoorDb, long, DateTime, IAsyncEnumerable<MyAppointment>>> AppointmentsOf = new(() => EF.CompileAsyncQuery(
        (FrontDoorDb db, long customer, DateTime now) => db.Appointments.AsNoTracking()
            .Where(a => a.CustomerId == customer && a.State == Features.Appointments.AppointmentState.Booked && a.End > now)
            .OrderBy(a => a.Start).Select(a => new MyAppointment(a.Reference, a.Type.Name, a.Start, a.End, a.Mode))));

    public static string ContactByText(ContactMethod method) => method switch
    {
        ContactMethod.Sms => "Text message",
        ContactMethod.Letter => "Letter",
        _ => "Email",
    };
}
