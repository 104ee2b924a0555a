namespace FrontDoor.Features.Cases;

public enum WorkflowOutcome { Saved, Stale, Invalid }

/// <summary>What a refused change is about.</summary>
public enum CaseField { Status, Message, Assignee }

public static class CaseFields
{
    /// <summary>The field's name in the staff forms and in the API's bodies, which name them alike.</summary>
    public static string Name(CaseField field) => field switch
    {
        CaseField.Status => "status",
        CaseField.Message => "message",
        CaseField.Assignee => "assignee",
    };
}

/// <summary>How a change to a case went: saved; refused because the case moved on since it was read; or invalid, with the field and why.</summary>
public sealed record WorkflowResult(WorkflowOutcome Outcome, CaseField? Field = null, string? Message = null)
{
    public const string StaleMessage = "Someone else changed this case while you had it open. Check the latest details, then try again";

    public static readonly WorkflowResult Saved = new(WorkflowOutcome.Saved);
    public static readonly WorkflowResult Stale = new(WorkflowOutcome.Stale, null, StaleMessage);
    public static WorkflowResult Invalid(CaseField field, string message) => new(WorkflowOutcome.Invalid, field, message);

    public bool Succeeded => Outcome == WorkflowOutcome.Saved;
}
