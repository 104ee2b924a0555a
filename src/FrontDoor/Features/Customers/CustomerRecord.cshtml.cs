using FrontDoor.Shared;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Gazetteer;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

/// <summary>The single view of a customer: everything we know and everything they have asked of us, on every channel.</summary>
[Authorize(Policy = StaffSetup.CaseWorkers)]
public class CustomerRecordModel(FrontDoorDb db, AuditLog audit) : PageModel
{
    public Customer Customer { get; private set; } = null!;
    public StaffUser Staff { get; private set; } = null!;
    public List<CustomerAlert> Alerts { get; private set; } = [];
    public List<Case> Cases { get; private set; } = [];
    public List<Contact> Contacts { get; private set; } = [];
    public List<OutboxMessage> Notifications { get; private set; } = [];
    public List<Property> Properties { get; private set; } = [];
    public List<PossibleDuplicate> Duplicates { get; private set; } = [];
    public List<CustomerMerge> Merges { get; private set; } = [];
    public string? DoneMessage => TempData.Done();

    public bool CanKeepRecords => Staff.Role is StaffRole.Agent or StaffRole.TeamLeader or StaffRole.Administrator;
    public bool CanAddAlerts => Staff.Role is StaffRole.TeamLeader or StaffRole.Administrator;
    public bool CanBookCallbacks => Staff.Role is StaffRole.Agent or StaffRole.TeamLeader or StaffRole.Administrator;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Staff = StaffUser.From(User)!;
        var customer = await db.Customers.AsNoTracking().Include(c => c.ContactPoints).Include(c => c.Property).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null) return NotFound();
        Customer = customer;
        Alerts = await db.CustomerAlerts.AsNoTracking().Where(a => a.CustomerId == id && a.RemovedAt == null).OrderByDescending(a => a.CreatedAt).ToListAsync(ct);
        Cases = await db.Cases.AsNoTracking().Include(c => c.Service).Where(c => c.CustomerId == id).OrderByDescending(c => c.CreatedAt).Take(100).ToListAsync(ct);
        Contacts = await db.Contacts.AsNoTracking().Include(c => c.Case).Where(c => c.CustomerId == id).OrderByDescending(c => c.At).Take(100).ToListAsync(ct);
        Notifications = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.CustomerId == id || (m.CustomerId == null && m.Case!.CustomerId == id))
            .OrderByDescending(m => m.CreatedAt).Take(50).ToListAsync(ct);
        var uprns = Cases.Where(c => c.Uprn is not null).Select(c => c.Uprn!.Value).Append(customer.Uprn ?? 0).Distinct().ToList();
        Properties = await db.Properties.AsNoTracking().Where(p => uprns.Contains(p.Uprn)).ToListAsync(ct);
        Duplicates = await db.PossibleDuplicates.AsNoTracking().Include(d => d.First).Include(d => d.Second)
            .Where(d => d.Status == DuplicateStatus.Open && (d.FirstId == id || d.SecondId == id)).OrderByDescending(d => d.FoundAt).Take(20).ToListAsync(ct);
        Merges = await db.CustomerMerges.AsNoTracking().Include(m => m.Merged)
            .Where(m => m.SurvivorId == id || m.MergedId == id).OrderByDescending(m => m.At).ToListAsync(ct);
        await audit.RecordReadAsync(HttpContext.Actor(), "Viewed customer record", null, id, ct);
        return Page();
    }
}
