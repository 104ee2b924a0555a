using FrontDoor.Features.Cases;

namespace FrontDoor.Features.Open311;

/// <summary>
/// Case statuses in Open311 words. Core GeoReport v2 knows only "open" and "closed"; mySociety's extension adds
/// the FixMyStreet states, lower case when we send them and upper case when a front end sends them to us.
/// </summary>
public static class Open311Statuses
{
    public static string Core(CaseStatus status) => Case.IsClosing(status) ? "closed" : "open";

    public static string Extended(CaseStatus status) => status switch
    {
        CaseStatus.Open => "open",
        CaseStatus.Investigating => "investigating",
        CaseStatus.InProgress or CaseStatus.OnHold => "in_progress",
        CaseStatus.ActionScheduled => "action_scheduled",
        CaseStatus.Fixed => "fixed",
        CaseStatus.ClosedWithoutFix => "closed",
        CaseStatus.Duplicate => "duplicate",
        CaseStatus.NotCouncilsResponsibility => "not_councils_responsibility",
        CaseStatus.NoFurtherAction => "no_further_action",
        CaseStatus.Cancelled => "cancelled",
        CaseStatus.Reopened => "reopen",
        _ => "open",
    };

    /// <summary>The statuses a front end may send. Null values are understood but move nothing (a comment, a referral).</summary>
    static readonly Dictionary<string, CaseStatus?> FromFrontEnd = new()
    {
        ["OPEN"] = null,
        ["FOR_TRIAGE"] = null,
        ["INTERNAL_REFERRAL"] = null,
        ["REOPEN"] = CaseStatus.Reopened,
        ["INVESTIGATING"] = CaseStatus.Investigating,
        ["IN_PROGRESS"] = CaseStatus.InProgress,
        ["ACTION_SCHEDULED"] = CaseStatus.ActionScheduled,
        ["FIXED"] = CaseStatus.Fixed,
        ["CLOSED"] = CaseStatus.ClosedWithoutFix,
        ["DUPLICATE"] = CaseStatus.Duplicate,
        ["NOT_COUNCILS_RESPONSIBILITY"] = CaseStatus.NotCouncilsResponsibility,
        ["NO_FURTHER_ACTION"] = CaseStatus.NoFurtherAction,
        ["CANCELLED"] = CaseStatus.Cancelled,
    };

    /// <summary>
    /// What a front end's status asks of a case. "OPEN" on a closed case means the reporter says it is not fixed: reopen it.
    /// </summary>
    public static bool TryParseUpdate(string? status, Case c, out CaseStatus? to)
    {
        to = null;
        if (status is null || !FromFrontEnd.TryGetValue(status.Trim(), out to)) return false;
        if (status.Trim() == "OPEN" && !c.IsOpen) to = CaseStatus.Reopened;
        return true;
    }

    public static IEnumerable<string> UpdateStatuses => FromFrontEnd.Keys;
}
