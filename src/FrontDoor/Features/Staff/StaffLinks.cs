namespace FrontDoor.Features.Staff;

/// <summary>
/// Every address in the staff workspace, for pages, redirects and navigation. The <c>@page</c> routes are the other half:
/// a link here with no page to match fails the route-coverage tests.
/// </summary>
public static class StaffLinks
{
    public const string Home = "/staff";
    public const string SignIn = "/staff/sign-in";
    public const string SignInCode = "/staff/sign-in/code";
    public const string SignInWithProvider = "/staff/sign-in/sso";
    public static string SignInWithProviderDone(string? returnUrl) =>
        "/staff/sign-in/sso/done" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
    public static string SignInProblem(SingleSignOn.SignInProblem problem) => $"{SignIn}?problem={SingleSignOn.SignInProblems.Code(problem)}";
    public const string SetUpAuthenticator = "/staff/sign-in/set-up-authenticator";
    public const string SignOut = "/staff/sign-out";
    /// <summary>A one-time link to choose a password (under sign-in: the person has no session yet).</summary>
    public static string Welcome(string token) => $"/staff/sign-in/welcome/{token}";

    public const string Queue = "/staff/queue";
    public const string FindCase = "/staff/cases/find";
    public const string Raise = "/staff/raise";
    /// <summary>Take a complaint or compliment from a caller, about the request <paramref name="about"/> if they have one.</summary>
    public static string TakeComplaint(string? about = null) => "/staff/complaints/new" + (about is null ? "" : $"?about={about}");
    public const string Enquiries = "/staff/enquiries";
    public const string NewEnquiry = "/staff/enquiries/new";
    public static string Case(string reference) => $"/staff/cases/{reference}";
    public static string ChangeStatus(string reference) => $"{Case(reference)}/status";
    public static string Assign(string reference) => $"{Case(reference)}/assign";
    public static string AddNote(string reference) => $"{Case(reference)}/note";
    public static string SendUpdate(string reference) => $"{Case(reference)}/update";
    public static string RecordContact(string reference) => $"{Case(reference)}/contact";
    public static string CustomerNeeds(string reference) => $"{Case(reference)}/customer-needs";
    public static string RecordSatisfaction(string reference) => $"{Case(reference)}/satisfaction";
    public static string HandleComplaint(string reference) => $"{Case(reference)}/complaint";
    public static string CaseAttachment(string reference, long id) => $"{Case(reference)}/attachments/{id}";

    public const string Customers = "/staff/customers";
    public const string Duplicates = "/staff/customers/duplicates";
    public static string Customer(long id) => $"{Customers}/{id}";
    /// <summary>Subject access, legal hold and erasure of one customer's personal data.</summary>
    public static string CustomerPrivacy(long id) => $"{Customer(id)}/privacy";
    public static string NewAlert(long id) => $"{Customer(id)}/alerts/new";
    public static string Duplicate(long id) => $"{Duplicates}/{id}";
    public static string UndoMerge(long id) => $"{Customers}/merges/{id}/undo";

    public const string Properties = "/staff/properties";
    public const string Performance = "/staff/performance";
    /// <summary>One of the dashboard's tables as CSV, for the figures chosen by <paramref name="query"/> (the dashboard's own query string).</summary>
    public static string ComplaintsReport(string query) => $"{Performance}/complaints{query}";
    public static string PageProblems(string query) => $"{Performance}/problems{query}";
    public static string PerformanceCsv(string table, string query) => $"{Performance}/{table}.csv{query}";
    public const string Audit = "/staff/audit";
    public const string AuditCheck = "/staff/audit/check";
    /// <summary>The audit log's entries about one customer: who viewed or changed their record.</summary>
    public static string AuditOfCustomer(long customerId) => $"{Audit}?customer={customerId}";

    public const string SetUp = "/staff/admin";
    public const string Teams = "/staff/admin/teams";
    public const string NewTeam = "/staff/admin/teams/new";
    public static string Team(long id) => $"{Teams}/{id}";
    public const string Services = "/staff/admin/services";
    public const string NewService = "/staff/admin/services/new";
    public static string Service(int id) => $"{Services}/{id}";
    public static string ServiceForm(int id) => $"{Service(id)}/form";
    /// <summary>A question of the service's form to change, or a new one when no id is given.</summary>
    public static string Messages(string? language = null) => "/staff/admin/messages" + (language is null or "en" ? "" : $"?language={language}");
    public static string Message(Messages.MessageKey key, Notifications.MessageKind channel, string language) =>
        $"/staff/admin/messages/{Features.Messages.MessageNames.Of(key)}/{Features.Messages.MessageNames.Of(channel)}/{language}";
    public const string Catalogue = "/staff/admin/catalogue";
    public const string CouncilDetails = "/staff/admin/council";
    public const string BankHolidays = "/staff/admin/bank-holidays";
    public const string ChannelCosts = "/staff/admin/channel-costs";
    public const string ResponseTemplates = "/staff/admin/response-templates";
    public static string ResponseTemplate(int? id = null) => $"{ResponseTemplates}/{(id is null ? "new" : id.ToString())}";
    public static string ServiceQuestion(int id, string? questionId = null) => $"{ServiceForm(id)}/question{(questionId is null ? "" : "/" + questionId)}";
    public const string StaffAccounts = "/staff/admin/staff";
    public const string NewStaffMember = "/staff/admin/staff/new";
    public static string StaffMember(long id) => $"{StaffAccounts}/{id}";
    public const string ApiClients = "/staff/admin/api-clients";
    public const string NewApiClient = "/staff/admin/api-clients/new";
    public static string ApiClient(long id) => $"{ApiClients}/{id}";
    public static string WebhookDelivery(long id) => $"/staff/admin/webhooks/deliveries/{id}";
    public const string Gazetteer = "/staff/admin/gazetteer";
    public const string UndeliveredMessages = "/staff/admin/undelivered-messages";
    public const string Retention = "/staff/admin/retention";
}
