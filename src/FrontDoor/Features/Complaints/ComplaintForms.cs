using FrontDoor.Features.Cases;
using FrontDoor.Features.Requests;

namespace FrontDoor.Features.Complaints;

public static class ComplaintForms
{
    public static OtherKind ComplaintAbout(long? aboutCaseId) => new(CaseKind.Complaint, OtherKind.ComplaintForm, ComplaintCode.AcknowledgeWithinDays, AboutCaseId: aboutCaseId);

    /// <summary>A compliment is passed to the team within the same 5 working days a complaint is acknowledged in.</summary>
    public static OtherKind ComplimentAbout(long? aboutCaseId) => new(CaseKind.Compliment, OtherKind.ComplimentForm, ComplaintCode.AcknowledgeWithinDays, AboutCaseId: aboutCaseId);
}
