namespace FrontDoor.Features.Complaints;

/// <summary>The time limits both Ombudsmen's complaint handling codes set, and what a final response must tell the customer.</summary>
public static class ComplaintCode
{
    public const int AcknowledgeWithinDays = 5;
    public const int MaxTextLength = 4000;

    /// <summary>Working days from acknowledgement to the response: 10 at stage 1, 20 at stage 2; an extension may add as many again.</summary>
    public static int RespondWithinDays(int stage) => stage == 1 ? 10 : 20;

    public static string OutcomeText(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.Upheld => "Upheld",
        ComplaintOutcome.PartlyUpheld => "Partly upheld",
        ComplaintOutcome.NotUpheld => "Not upheld",
    };

    public static string OmbudsmanName(Ombudsman ombudsman) => ombudsman switch
    {
        Ombudsman.LocalGovernment => "the Local Government and Social Care Ombudsman",
        Ombudsman.Housing => "the Housing Ombudsman Service",
    };

    /// <summary>The Ombudsman's details, added to every final response as the codes require.</summary>
    public static string OmbudsmanDetails(Ombudsman ombudsman) => ombudsman switch
    {
        Ombudsman.LocalGovernment => "If you are still not satisfied, you can ask the Local Government and Social Care Ombudsman to look at your complaint. " +
            "It is free and independent. Visit www.lgo.org.uk or call 0300 061 0614.",
        Ombudsman.Housing => "If you are still not satisfied, you can ask the Housing Ombudsman Service to look at your complaint. " +
            "It is free and independent. Visit www.housing-ombudsman.org.uk or call 0300 111 3000.",
    };
}
