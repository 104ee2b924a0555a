using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Appointments;

/// <summary>What staff record on the day: the resident has arrived, and how the appointment ended (on its case too, when it has one).</summary>
public sealed class AppointmentVisits(FrontDoorDb db, CaseWorkflow workflow, AuditLog audit, TimeProvider clock)
{
    public const int MaxNoteLength = CaseWorkflow.MaxTextLength;

    public async Task<bool> CheckInAsync(Appointment appointment, int version, Actor actor, CancellationToken ct)
    {
        if (appointment.State != AppointmentState.Booked) return false;
        appointment.State = AppointmentState.Arrived;
        appointment.ArrivedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(actor, "Checked in a customer for their appointment", appointment.CaseId, appointment.CustomerId);
        return await db.TrySaveAsync(appointment, version, ct);
    }

    /// <summary>Records how it ended; null when saved, otherwise why not.</summary>
    public async Task<string?> RecordOutcomeAsync(Appointment appointment, int version, Actor actor, AppointmentOutcome outcome, string? note, CancellationToken ct)
    {
        if (appointment.State is not (AppointmentState.Booked or AppointmentState.Arrived)) return "This appointment's outcome has already been recorded";
        var now = clock.GetUtcNow().UtcDateTime;
        if (outcome != AppointmentOutcome.DidNotAttend && appointment.Start > now) return "You cannot record an appointment as attended before it begins";
        if (outcome == AppointmentOutcome.DidNotAttend && appointment.State == AppointmentState.Arrived) return "The customer was checked in, so they did attend";
        appointment.State = outcome switch
        {
            AppointmentOutcome.Resolved => AppointmentState.Resolved,
            AppointmentOutcome.FollowUp => AppointmentState.FollowUp,
            AppointmentOutcome.DidNotAttend => AppointmentState.DidNotAttend,
        };
        appointment.ClosedAt = now;
        appointment.OutcomeNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        audit.Add(actor, "Recorded an appointment's outcome", appointment.CaseId, appointment.CustomerId);
        if (!await db.TrySaveAsync(appointment, version, ct)) return "Someone else has changed this appointment. Check it and try again";
        if (appointment.CaseId is long caseId && await db.Cases.ForWorkflow().SingleOrDefaultAsync(c => c.Id == caseId, ct) is { } linked)
        {
            var type = await db.AppointmentTypes.Where(t => t.Id == appointment.AppointmentTypeId).Select(t => t.Name).SingleAsync(ct);
            var text = $"{type} appointment ({AppointmentText.Mode(appointment.Mode).ToLowerInvariant()}), {AppointmentText.State(appointment.State).ToLowerInvariant()}"
                + (appointment.OutcomeNote is { } n ? $": {n}" : "");
            await workflow.RecordAppointmentAsync(linked, actor, ChannelOf(appointment.Mode), outcome != AppointmentOutcome.DidNotAttend, text, ct);
        }
        return null;
    }

    public static Channel ChannelOf(AppointmentModes mode) => mode == AppointmentModes.Phone ? Channel.Phone : Channel.FaceToFace;
}
