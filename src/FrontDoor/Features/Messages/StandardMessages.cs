using FrontDoor.Features.Notifications;

namespace FrontDoor.Features.Messages;

/// <summary>Every message FrontDoor sends, each with wording a council may change.</summary>
public enum MessageKey { Acknowledgement, Update, StatusChanged, Closed, SecurityCode, PhoneCode, EscalationWarning, ComplaintReceived, ComplimentReceived, ActionRequired, CustomerReplied, CallbackBooked, CallbackMissed,
    AppointmentBooked, AppointmentChanged, AppointmentCancelled, AppointmentReminder }

/// <summary>Message keys and channels as addresses and catalogue files spell them: status-changed, sms.</summary>
public static class MessageNames
{
    public static string Of<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static T? Parse<T>(string? name) where T : struct, Enum => Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Of(v!.Value) == name);
}

/// <param name="Sample">What the preview fills it with when no case is named.</param>
public record Placeholder(string Name, string Meaning, string Sample);

public record StandardWording(string? Subject, string Body);

/// <summary>A message: when it is sent, the channels it can go by, what its wording may name, and FrontDoor's own wording.</summary>
public record MessageDefinition(MessageKey Key, string Title, string WhenSent, IReadOnlyList<Placeholder> Placeholders,
    IReadOnlyDictionary<MessageKind, StandardWording> Standard)
{
    public IEnumerable<MessageKind> Channels => Standard.Keys;
    public IReadOnlyCollection<string> Names => [.. Placeholders.Select(p => p.Name)];
    public Dictionary<string, string> Samples => Placeholders.ToDictionary(p => p.Name, p => p.Sample);
}

/// <summary>FrontDoor's own wording, sent until a council writes its own; plain English, GOV.UK style.</summary>
public static class StandardMessages
{
    static readonly Placeholder[] Council =
    [
        new("council", "The council's name", "Ashworth Borough Council"),
        new("council_phone", "The council's phone number", "01632 960 000"),
        new("opening_hours", "When the phone lines are open", "Monday to Friday, 9am to 5pm"),
    ];

    static readonly Placeholder[] Appointment =
    [
        new("customer_name", "The customer's full name", "Sam Resident"),
        new("reference", "The appointment's reference", "7KQ4-M2XP"),
        new("appointment", "What the appointment is for", "Housing advice"),
        new("when", "The day and time", "Tuesday 8 December 2026, 10am to 10:30am"),
        new("where", "Where, or how we will meet", "Ashworth Town Hall, 1 Market Street, Ashworth, AS1 1AA"),
        new("manage_link", "The page to change or cancel it", "https://www.example.gov.uk/appointments/7KQ4-M2XP?token=abc"),
        .. Council,
    ];

    /// <summary>What every message about a case may name. Response templates use the same list.</summary>
    public static readonly Placeholder[] Case =
    [
        new("reference", "The case's reference", "FD-7K3M9Q"),
        new("service", "The service the request is for", "Report a pothole"),
        new("customer_name", "The customer's full name (Sir or Madam when not known)", "Sam Resident"),
        new("due_date", "When we aim to deal with it by", "Friday 11 December 2026"),
        new("status", "The case's status", "In progress"),
        new("team", "The team dealing with it", "Highways"),
        new("tracking_link", "The page where the customer follows the case", "https://www.example.gov.uk/track/FD-7K3M9Q"),
        .. Council,
    ];

    static readonly Placeholder[] Said =
    [
        new("update", "What the officer wrote to the customer", "We have inspected the pothole and will repair it within 5 working days."),
        new("update_summary", "The first paragraph of what the officer wrote, for a text message", "We have inspected the pothole and will repair it within 5 working days."),
    ];

    const string SignOff = """

        See how your request is progressing at any time:
        {{ tracking_link }}

        {{ council }}
        {{ council_phone }} ({{ opening_hours }})
        """;

    static Dictionary<MessageKind, StandardWording> ToCustomer(string subject, string letter, string text) => new()
    {
        [MessageKind.Email] = new(subject, letter + "\n" + SignOff),
        [MessageKind.Sms] = new(null, text),
        [MessageKind.Letter] = new(subject, letter + "\n" + SignOff),
    };

    public static readonly IReadOnlyList<MessageDefinition> All =
    [
        new(MessageKey.Acknowledgement, "Request received", "When a request is made, on any channel", [.. Case,
                new("what_happens_next", "The service's own words on what happens next", "We will inspect it and decide what repair it needs.")],
            ToCustomer("We have received your request ({{ reference }})", """
                Dear {{ customer_name }},

                Thank you for contacting {{ council }}. We have received your request: {{ service }}.

                Your reference is {{ reference }}.

                What happens next
                {{ what_happens_next }}
                We aim to deal with it by {{ due_date }}.
                """,
                "{{ council }}: we have received your request for {{ service }}, reference {{ reference }}. We aim to deal with it by {{ due_date }}. Follow it at {{ tracking_link }}")),
        new(MessageKey.ComplaintReceived, "Complaint received", "When a complaint is made, on any channel", Case,
            ToCustomer("We have received your complaint ({{ reference }})", """
                Dear {{ customer_name }},

                Thank you for telling us what went wrong. We have received your complaint about this service: {{ service }}.

                Your reference is {{ reference }}.

                What happens next
                We will acknowledge your complaint by {{ due_date }}, and send you our response within
                """ + $" {Complaints.ComplaintCode.RespondWithinDays(1)} " + """
                working days of that. If we need longer, we will tell you why and when to expect it.
                """,
                "{{ council }}: we have received your complaint (service: {{ service }}), reference {{ reference }}. We will acknowledge it by {{ due_date }}. Follow it at {{ tracking_link }}")),
        new(MessageKey.ComplimentReceived, "Compliment received", "When a compliment is paid, on any channel", Case,
            ToCustomer("Thank you for your compliment ({{ reference }})", """
                Dear {{ customer_name }},

                Thank you for your kind words about this service: {{ service }}. We will pass them on to the people they are about.

                Your reference is {{ reference }}.
                """,
                "{{ council }}: thank you for your compliment (service: {{ service }}), reference {{ reference }}. We will pass it on.")),
        new(MessageKey.Update, "Update on a request", "When an officer sends the customer an update", [.. Case, .. Said],
            ToCustomer("An update on your request ({{ reference }})", """
                Dear {{ customer_name }},

                {{ update }}
                """,
                "{{ council }}: an update on your request ({{ reference }}). {{ update_summary }} Follow it at {{ tracking_link }}")),
        new(MessageKey.StatusChanged, "Request status changed", "When an officer changes a request's status (not closing it) and writes to the customer", [.. Case, .. Said],
            ToCustomer("An update on your request ({{ reference }}): {{ status }}", """
                Dear {{ customer_name }},

                Your request is now: {{ status }}.

                {{ update }}
                """,
                "{{ council }}: your request {{ reference }} is now {{ status }}. {{ update_summary }} Follow it at {{ tracking_link }}")),
        new(MessageKey.ActionRequired, "Waiting for the customer", "When an officer asks the customer for something the request needs, which stops its clock", [.. Case, .. Said],
            ToCustomer("We need something from you for your request ({{ reference }})", """
                Dear {{ customer_name }},

                To carry on with your request ({{ service }}), we need something from you:

                {{ update }}

                You can answer online, and send a photo or a document, from the page below. We will carry on as soon as we have your answer.
                """,
                "{{ council }}: we need something from you for request {{ reference }}. {{ update_summary }} Answer online at {{ tracking_link }}")),
        new(MessageKey.Closed, "Request closed", "When an officer closes a request, with the outcome", [.. Case, .. Said,
                new("satisfaction_link", "The page where the customer answers one question on how satisfied they are", "https://www.example.gov.uk/feedback/CfDJ8")],
            ToCustomer("Your request has been closed ({{ reference }})", """
                Dear {{ customer_name }},

                We have closed your request: {{ service }}. The outcome is: {{ status }}.

                {{ update }}

                If you think it has not been put right, contact us and quote your reference, {{ reference }}.

                How satisfied are you with how we dealt with it? Answer one question:
                {{ satisfaction_link }}
                """,
                "{{ council }}: we have closed your request {{ reference }} ({{ status }}). {{ update_summary }} Tell us how we did: {{ satisfaction_link }}")),
        new(MessageKey.SecurityCode, "Security code by email", "When a resident signs in or confirms their email address",
            [new("code", "The six-digit code", "123456"), .. Council],
            new Dictionary<MessageKind, StandardWording>
            {
                [MessageKind.Email] = new("Your {{ council }} security code", """
                    Your {{ council }} security code is {{ code }}

                    Enter it on the page where you asked for it. It expires in 15 minutes and works once.

                    If you did not ask for this code, you can ignore this email: nothing will change.
                    """),
            }),
        new(MessageKey.PhoneCode, "Security code by text message", "When a resident confirms their mobile number",
            [new("code", "The six-digit code", "123456"), .. Council],
            new Dictionary<MessageKind, StandardWording>
            {
                [MessageKind.Sms] = new(null, "{{ code }} is your {{ council }} security code. It expires in 15 minutes."),
            }),
        new(MessageKey.CallbackBooked, "Call back booked", "When a customer asks for a call back, online or through an agent",
            [new("customer_name", "The customer's full name", "Sam Resident"), new("phone", "The number we will call", "07700 900 982"),
                new("window", "When we will call", "Tuesday 8 December 2026, 10am to 11am"),
                new("cancel_link", "The link to cancel it", "https://www.ashworth.gov.uk/callback/1/cancel?token=…"), .. Council],
            new Dictionary<MessageKind, StandardWording>
            {
                [MessageKind.Email] = new("We will call you back: {{ window }}", """
                    Dear {{ customer_name }},

                    We will call you on {{ phone }} on {{ window }}.

                    The call may come from a withheld number. If we cannot reach you, we will try again.

                    If you no longer need the call, cancel it: {{ cancel_link }}

                    {{ council }}
                    {{ council_phone }} ({{ opening_hours }})
                    """),
                [MessageKind.Sms] = new(null, "{{ council }}: we will call you back on {{ phone }}, {{ window }}. The call may come from a withheld number."),
            }),
        new(MessageKey.CallbackMissed, "Call back not reached", "When we have tried to call a customer back and could not reach them",
            [new("customer_name", "The customer's full name", "Sam Resident"), new("phone", "The number we called", "07700 900 982"), .. Council],
            new Dictionary<MessageKind, StandardWording>
            {
                [MessageKind.Email] = new("We tried to call you back", """
                    Dear {{ customer_name }},

                    We tried to call you back on {{ phone }} but could not reach you.

                    Call us on {{ council_phone }} ({{ opening_hours }}), or ask for another call back on our website.

                    {{ council }}
                    """),
                [MessageKind.Sms] = new(null, "{{ council }}: we tried to call you back on {{ phone }} but could not reach you. Call us on {{ council_phone }} or ask for another call back online."),
            }),
        new(MessageKey.AppointmentBooked, "Appointment booked", "When a customer books an appointment, online or through an agent",
            Appointment,
            new Dictionary<MessageKind, StandardWording>
            {
                [MessageKind.Email] = new("Your appointment: {{ when }}", """
                    Dear {{ customer_name }},

                    Your appointment is booked.

                    What: {{ appointment }}
                    When: {{ when }}
                    Where: {{ where }}
                    Reference: {{ reference }}

                    To add it to your calendar, change it or cancel it:
                    {{ manage_link }}

                    {{ council }}
                    {{ council_phone }} ({{ opening_hours }})
                    """),
                [MessageKind.Sms] = new(null, "{{ council }}: your {{ appointment }} appointment is booked for {{ when }}. {{ where }}. Reference {{ reference }}. Change or cancel: {{ manage_link }}"),
            }),
        new(MessageKey.AppointmentChanged, "Appointment changed", "When an appointment is moved to another time",
            Appointment,
            new Dictionary<MessageKind, StandardWording>
            {
                [MessageKind.Email] = new("Your appointment has changed: {{ when }}", """
                    Dear {{ customer_name }},

                    Your {{ appointment }} appointment has moved. The new time is:

                    When: {{ when }}
                    Where: {{ where }}
                    Reference: {{ reference }}

                    To change or cancel it:
                    {{ manage_link }}

                    {{ council }}
                    """),
                [MessageKind.Sms] = new(null, "{{ council }}: your {{ appointment }} appointment is now {{ when }}. {{ where }}. Change or cancel: {{ manage_link }}"),
            }),
        new(MessageKey.AppointmentCancelled, "Appointment cancelled", "When an appointment is cancelled, by the customer or by us",
            Appointment,
            new Dictionary<MessageKind, StandardWording>
            {
                [MessageKind.Email] = new("Your appointment is cancelled", """
                    Dear {{ customer_name }},

                    Your {{ appointment }} appointment on {{ when }} is cancelled (reference {{ reference }}).

                    To book another, visit our website or call {{ council_phone }} ({{ opening_hours }}).

                    {{ council }}
                    """),
                [MessageKind.Sms] = new(null, "{{ council }}: your {{ appointment }} appointment on {{ when }} is cancelled. To book another, call {{ council_phone }} or visit our website."),
            }),
        new(MessageKey.AppointmentReminder, "Appointment reminder", "The day before an appointment, and again on the morning",
            [new("day", "When, from the day it is sent: today or tomorrow", "tomorrow"), .. Appointment],
            new Dictionary<MessageKind, StandardWording>
            {
                [MessageKind.Email] = new("Reminder: your appointment {{ day }}", """
                    Dear {{ customer_name }},

                    This is a reminder of your {{ appointment }} appointment {{ day }}.

                    When: {{ when }}
                    Where: {{ where }}
                    Reference: {{ reference }}

                    If you cannot come, change or cancel it so someone else can have the time:
                    {{ manage_link }}

                    {{ council }}
                    """),
                [MessageKind.Sms] = new(null, "{{ council }}: reminder of your {{ appointment }} appointment {{ day }}, {{ when }}. {{ where }}. Cannot come? {{ manage_link }}"),
            }),
        new(MessageKey.CustomerReplied, "A customer answered online (to the officer)", "When a customer answers what we asked, or adds information to their request, online. Sent to the officer the case is assigned to, or else the team",
            [new("reference", "The case's reference", "FD-7K3M9Q"), new("service", "The service the request is for", "Report a pothole"),
                new("team", "The team dealing with it", "Highways"), new("what", "What the customer did", "answered what we asked"),
                new("case_link", "The case's page in the staff workspace", "https://www.example.gov.uk/staff/cases/FD-7K3M9Q"), .. Council],
            new Dictionary<MessageKind, StandardWording>
            {
                [MessageKind.Email] = new("{{ reference }}: the customer {{ what }}", """
                    The customer {{ what }} online, for case {{ reference }} ({{ service }}, {{ team }}).

                    Read it on the case:
                    {{ case_link }}
                    """),
            }),
        new(MessageKey.EscalationWarning, "Cases due soon or overdue (to team leaders)", "Each time cases come within a working day of their service standard or pass it",
            [new("team", "The team's name", "Highways"), new("case_count", "How many cases need attention", "3"),
                new("case_list", "The cases, by reference, service and due date, grouped by how urgent they are", "Past their service standard:\n- FD-7K3M9Q, Report a pothole, due Friday 11 December 2026 at 5pm\n"),
                .. Council],
            new Dictionary<MessageKind, StandardWording>
            {
                [MessageKind.Email] = new("{{ team }}: cases due soon or overdue", """
                    These {{ team }} cases need attention.
                    {{ case_list }}
                    """),
            }),
    ];

    public static MessageDefinition For(MessageKey key) => All.Single(d => d.Key == key);
}
