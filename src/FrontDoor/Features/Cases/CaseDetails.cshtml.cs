using FrontDoor.Shared;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Cases;

/// <summary>Everything about a case on one page. Opening it reads the customer's personal data, so it is audited.</summary>
public class CaseDetailsModel(FrontDoorDb db, AuditLog audit, ServiceClock serviceClock, IOptions<Enquiries.EnquiryOptions> enquiries) : StaffCasePage(db)
{
    public List<TimelineEvent> Timeline { get; private set; } = [];
    public List<(long Id, string FileName, string ContentType)> Attachments { get; private set; } = [];
    public Gazetteer.Property? Property { get; private set; }
    public ClockState Clock { get; private set; }
    /// <summary>The questions as they were when the case was made, for its answers.</summary>
    public Catalogue.FormDefinition AskedWith { get; private set; } = new();
    /// <summary>For a complaint or compliment about one request: that request's reference.</summary>
    public string? About { get; private set; }
    public string? DoneMessage => TempData.Done();
    /// <summary>Interpreters and other formats arranged for the case's letters and its appointments, soonest needed first.</summary>
    public List<SupportTasks.SupportTask> Support { get; private set; } = [];

    /// <summary>The standard the due date follows: a member's enquiry has its own, whatever the service's.</summary>
    public string StandardText => Case.Kind == CaseKind.Request
        ? Case.Service.StandardDescription
        : Catalogue.Service.DescribeStandard(enquiries.Value.StandardDays);

    protected override bool Allowed(StaffUser staff, Case c) => staff.CanView(c);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Councillors follow their enquiries as the constituent would: the public story only.
        var everything = Staff.IsCaseWorker;
        Timeline = await Db.TimelineEvents.AsNoTracking()
            .Where(t => t.CaseId == Case.Id && (everything || t.IsPublic))
            .OrderByDescending(t => t.At).ThenByDescending(t => t.Id).ToListAsync(ct);
        Attachments = (await Db.Attachments.AsNoTracking().Where(a => a.CaseId == Case.Id).Select(a => new { a.Id, a.FileName, a.ContentType }).ToListAsync(ct))
            .Select(a => (a.Id, a.FileName, a.ContentType)).ToList();
        Property = Case.Uprn is long uprn ? await Db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Uprn == uprn, ct) : null;
        Clock = serviceClock.StateOf(Case);
        AskedWith = Requests.OtherKind.FormFor(Case.Kind) ?? await Catalogue.FormVersions.AskedWithAsync(Db, Case, ct);
        if (everything)
            Support = await Db.SupportTasks.AsNoTracking().Where(t => t.State != SupportTasks.SupportTaskState.Cancelled
                    && (t.CaseId == Case.Id || (t.Appointment != null && t.Appointment.CaseId == Case.Id)))
                .OrderBy(t => t.NeededBy).ToListAsync(ct);
        if (Case.RelatesToCaseId is long about) About = await Db.Cases.AsNoTracking().Where(c => c.Id == about).Select(c => c.Reference).SingleOrDefaultAsync(ct);
        await audit.RecordReadAsync(HttpContext.Actor(), "Viewed case and customer details", Case.Id, Case.CustomerId, ct);
    }
}
