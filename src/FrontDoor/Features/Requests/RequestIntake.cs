using System.Text.Json;
using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Requests;

public record LocationInput(long? Uprn = null, string? Description = null, double? Latitude = null, double? Longitude = null);
public record UploadInput(string FileName, byte[] Content);
/// <param name="CustomerId">A signed-in resident's own record: no matching needed.</param>
/// <param name="HomeUprn">Where the customer lives, when the channel asked (the case's location may be elsewhere).</param>
public record ContactInput(string? FullName, string? Email, string? Phone, IReadOnlyList<string>? Needs = null, string? InterpreterLanguage = null,
    long? CustomerId = null, long? HomeUprn = null, string? HomePostcode = null);

public record IntakeRequest(
    Service Service,
    IReadOnlyDictionary<string, List<string>> Answers,
    LocationInput? Location,
    UploadInput? Upload,
    ContactInput Contact,
    Channel Channel,
    string SiteBaseUrl,
    // Assisted digital: the member of staff who took it, and whether they sorted it there and then.
    long? RaisedByStaffId = null,
    bool ResolvedAtFirstContact = false,
    OtherKind? Other = null,
    ConnectedSystem? From = null,
    // The web form's draft this request completes: marked sent in the same transaction as the case, so it is never sent twice.
    Draft? CompletesDraft = null);

/// <summary>A request from another system (Open311, the REST API): who sent it, their id for it, and a photo they hold.</summary>
public record ConnectedSystem(long ApiClientId, string? ExternalId, string? MediaUrl);

/// <summary>
/// A case that is not a request for the service it is about: a councillor's or MP's enquiry, a complaint or a compliment.
/// It is asked with its own short form instead of the service's, and given its own deadline.
/// </summary>
public record OtherKind(CaseKind Kind, FormDefinition Form, int StandardDays, string? OnBehalfOf = null, long? AboutCaseId = null)
{
    public static readonly FormDefinition EnquiryForm = new()
    {
        Questions = [new() { Id = "enquiry", Type = QuestionType.Textarea, Label = "Enquiry", Name = "the enquiry", Required = true, MaxLength = 2000 }],
    };

    public static readonly FormDefinition ComplaintForm = new()
    {
        Questions =
        [
            new() { Id = "complaint", Type = QuestionType.Textarea, Label = "What is your complaint?", Name = "your complaint", Required = true, MaxLength = 4000 },
            new() { Id = "put_right", Type = QuestionType.Textarea, Label = "What would put it right?", Name = "what would put it right", Required = false, MaxLength = 2000 },
        ],
    };

    public static readonly FormDefinition ComplimentForm = new()
    {
        Questions = [new() { Id = "compliment", Type = QuestionType.Textarea, Label = "Compliment", Name = "your compliment", Required = true, MaxLength = 2000 }],
    };

    /// <summary>The form a case of this kind was asked with, or null for a request, which was asked its service's form.</summary>
    public static FormDefinition? FormFor(CaseKind kind) => kind switch
    {
        CaseKind.CouncillorEnquiry or CaseKind.MpEnquiry => EnquiryForm,
        CaseKind.Complaint => ComplaintForm,
        CaseKind.Compliment => ComplimentForm,
        _ => null,
    };

    /// <summary>A councillor's or MP's enquiry for a constituent.</summary>
    public static OtherKind MemberEnquiry(CaseKind kind, string onBehalfOf, int standardDays) => new(kind, EnquiryForm, standardDays, onBehalfOf);
}

/// <summary>
/// The one way a request becomes a case, whatever the channel: validate against the service's form
/// definition, match or create the customer, create the case with its reference and due date,
/// record the contact and queue the acknowledgement, all in one transaction.
/// </summary>
public sealed class RequestIntake(FrontDoorDb db, TimeProvider clock, WorkingDays workingDays, CaseNotifications notifications, CustomerMatching matching,
    Slots.ServiceDates dates, GroupCommit commits, CaseReferences references)
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 500;
    /// <summary>Ample for any system's ids (FixMyStreet's are numbers, others' GUIDs), and short enough for a database index.</summary>
    public const int MaxExternalIdLength = 200;

    public async Task<IntakeResult> SubmitAsync(IntakeRequest request, CancellationToken ct)
    {
        // One connection from the pool for the whole intake, rather than one taken and given back for each statement.
        await db.Database.OpenConnectionAsync(ct);
        // The intake's transaction is all or nothing, so a savepoint around each of its saves would be two round trips for nothing.
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try { return await SubmitOnConnectionAsync(request, ct); }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
            await db.Database.CloseConnectionAsync();
        }
    }

    async Task<IntakeResult> SubmitOnConnectionAsync(IntakeRequest request, CancellationToken ct)
    {
        var form = request.Other?.Form ?? request.Service.Form;
        var (answers, upload, errors) = Validate(request, form);
        var property = request.Location?.Uprn is long uprn ? await db.Properties.FindAsync([uprn], ct) : null;
        if (request.Location?.Uprn is not null && property is null && errors.All(e => e.Field != IntakeField.Location))
            errors.Add(new(IntakeField.Location, "Select an address from the list"));
        if (errors.Count > 0) return new(null, errors);
        var booking = await BookingAsync(form, answers, request.Service, property?.Ward, ct);
        if (booking is { Diaries.Count: 0 }) return new(null, [new(IntakeField.Answer, Slots.SlotRefusals.NoDates, booking.Question.Id)]);

        // A booked date's place is the transaction's first write, so SQLite takes its write lock before any read in it.
        // Without one, the transaction begins at the first save, after the reads, for the same reason.
        await using var booked = booking is null ? null : await db.Database.BeginTransactionAsync(ct);
        long? bookedSlotId = null;
        if (booking is not null)
        {
            var taking = await dates.TakeAsync(booking.Diaries, booking.Span, ct);
            if (taking.Refusal is { } refusal) return new(null, [new(IntakeField.Answer, Slots.SlotRefusals.DateMessage(refusal), booking.Question.Id)]);
            bookedSlotId = taking.Slot!.Id;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var service = request.Service;
        var customer = await MatchOrCreateCustomerAsync(request.Contact, now, ct);
        var @case = new Case
        {
            Reference = await references.NextAsync(db, ct),
            ServiceId = service.Id,
            AnswersJson = JsonSerializer.Serialize(answers),
            FormVersion = service.FormVersion,
            Uprn = property?.Uprn,
            Latitude = property?.Latitude ?? request.Location?.Latitude,
            Longitude = property?.Longitude ?? request.Location?.Longitude,
            LocationDescription = property?.SingleLine ?? Clean(request.Location?.Description),
            Customer = customer,
            Channel = request.Channel,
            Team = await TeamOfAsync(service, ct),
            Ward = property?.Ward,
            BookedSlotId = bookedSlotId,
            Kind = request.Other?.Kind ?? CaseKind.Request,
            OnBehalfOf = request.Other?.OnBehalfOf,
            RelatesToCaseId = request.Other?.AboutCaseId,
            RaisedByStaffId = request.RaisedByStaffId,
            ApiClientId = request.From?.ApiClientId,
            ExternalId = Clean(request.From?.ExternalId),
            MediaUrl = request.From?.MediaUrl,
            CreatedAt = now,
            UpdatedAt = now,
            // A booked service is done on the day booked, whatever its usual standard.
            DueAt = booking is not null ? booking.Span.End
                : request.Other is { } other ? workingDays.DueBy(now, other.StandardDays, null)
                : workingDays.DueBy(now, service.StandardDays, service.StandardHours),
        };
        @case.Timeline.Add(new() { At = now, Type = TimelineEventType.Created, IsPublic = true, Status = CaseStatus.Open, Text = $"{Received(@case.Kind)} received by {Channels.Text(request.Channel)}" });
        if (request.ResolvedAtFirstContact)
        {
            @case.Status = CaseStatus.Fixed;
            @case.ResolvedAt = now;
            @case.ResolvedAtFirstContact = true;
            @case.Outcome = "Resolved at first contact";
            @case.Timeline.Add(new() { At = now, Type = TimelineEventType.StatusChanged, IsPublic = true, Status = CaseStatus.Fixed, Text = $"Status: {Case.StatusText(CaseStatus.Fixed)} (resolved at first contact)" });
        }
        if (upload is { } file)
            @case.Attachments.Add(new() { FileName = Forms.FileUploads.SafeName(file.Input.FileName, "photo"), ContentType = file.ContentType, Content = file.Input.Content, CreatedAt = now });
        db.Cases.Add(@case);
        if (request.CompletesDraft is { } draft)
        {
            if (db.Entry(draft).State == EntityState.Detached) db.Drafts.Attach(draft);
            draft.MarkSubmitted(@case.Reference);
            draft.UpdatedAt = now;
        }
        db.Contacts.Add(new Contact { Customer = customer, Case = @case, Channel = request.Channel, Purpose = ContactPurpose.NewRequest, At = now, StaffId = request.RaisedByStaffId });
        if (await notifications.AcknowledgementAsync(@case, service, customer, request.SiteBaseUrl, now, ct) is { } acknowledgement)
            db.OutboxMessages.Add(acknowledgement);

        // The events name the customer, whose id a new record has from the moment it is added (Customers/CustomerIds).
        Events.CaseEvents.Add(db, Events.EventTypes.CaseCreated, @case, now, service);
        if (@case.ResolvedAt is not null) Events.CaseEvents.Add(db, Events.EventTypes.CaseResolved, @case, now, service);

        try
        {
            if (booked is null) await commits.RunAsync(db, token => db.SaveChangesAsync(token), ct);
            else
            {
                await db.SaveChangesAsync(ct);
                await booked.CommitAsync(ct);
            }
        }
        catch (DbUpdateException e) when (@case.ExternalId is { } externalId && Case.ExternalIds.Refused(e))
        {
            // A connected system sent this report again (while its first try was being made, or after): nothing of this try
            // is kept, and the answer is the case the first made, on disk by the time the index refuses the second.
            db.ChangeTracker.Clear();
            return new(await db.Cases.AsNoTracking().Include(c => c.Team).SingleAsync(c => c.ApiClientId == @case.ApiClientId && c.ExternalId == externalId, ct), []);
        }
        return new(@case, errors);
    }

    sealed record Booking(Question Question, Slots.SlotSpan Span, List<Slots.Diary> Diaries);

    /// <summary>The date the answers book, when the form asks for one and it was given, with the diaries that serve the ward.</summary>
    async Task<Booking?> BookingAsync(FormDefinition form, Dictionary<string, List<string>> answers, Service service, string? ward, CancellationToken ct) =>
        Slots.SlotTimes.Booked(form, answers) is var (question, span) ? new(question, span, await dates.DiariesAsync(service.Id, ward, ct)) : null;

    /// <summary>
    /// The service's team, tracked, so the events and messages written with the case can name it: a copy of the one each
    /// channel loaded with the service when it did (no extra round trip; a copy, as a held service is shared), else read.
    /// </summary>
    async ValueTask<Teams.Team> TeamOfAsync(Service service, CancellationToken ct) =>
        db.Teams.Local.FirstOrDefault(t => t.Id == service.TeamId)
        ?? (service.Team is { } loaded && loaded.Id == service.TeamId ? db.Teams.Attach(loaded.Copy()).Entity : null)
        ?? await db.Teams.FindAsync([service.TeamId], ct)
        ?? throw new InvalidOperationException("The service's team is missing");

    (Dictionary<string, List<string>> Answers, (UploadInput Input, string ContentType)? Upload, List<IntakeError> Errors) Validate(IntakeRequest request, FormDefinition form)
    {
        (UploadInput, string)? upload = null;
        var today = WorkingDays.UkToday(clock);
        var answers = new Dictionary<string, List<string>>();
        var errors = new List<IntakeError>();
        // A question a condition skips is neither checked nor kept, whatever was sent for it.
        foreach (var q in form.Asked(request.Answers))
        {
            switch (q.Type)
            {
                case QuestionType.Location:
                    if (LocationError(q, request.Location) is string locationError) errors.Add(new(IntakeField.Location, locationError));
                    break;
                case QuestionType.Photo or QuestionType.Document:
                    if (request.Upload is null)
                    {
                        // A connected system sends its photo as a link, and has no way to send a document: that is not asked of it.
                        var needed = q.Required && (request.From is null || (q.Type == QuestionType.Photo && request.From.MediaUrl is null));
                        if (needed) errors.Add(new(IntakeField.Upload, q.Type == QuestionType.Photo ? "Select a photo" : "Select a document"));
                        break;
                    }
                    var (type, uploadError) = UploadCheck.Inspect(request.Upload.Content, q.Type);
                    if (uploadError is not null) errors.Add(new(IntakeField.Upload, uploadError));
                    else upload = (request.Upload, type!);
                    break;
                default:
                    var result = AnswerValidator.Validate(q, request.Answers.GetValueOrDefault(q.Id) ?? [], today);
                    if (result.IsValid) { if (result.Values.Count > 0) answers[q.Id] = [.. result.Values]; }
                    else errors.Add(new(IntakeField.Answer, result.Error!, q.Id));
                    break;
            }
        }
        errors.AddRange(ContactErrors(request.Contact));
        if (request.From?.ExternalId?.Trim() is { Length: > MaxExternalIdLength })
            errors.Add(new(IntakeField.ExternalId, $"Your system's id for the request must be {MaxExternalIdLength} characters or less"));
        return (answers, upload, errors);
    }

    public static string? LocationError(Question q, LocationInput? location)
    {
        if (location is null || (location.Uprn is null && string.IsNullOrWhiteSpace(location.Description) && location.Latitude is null))
            return q.Required ? "Enter a postcode, or describe where it is" : null;
        if (location.Description is string d)
        {
            if (d.Length > MaxDescriptionLength) return $"The description of the location must be {MaxDescriptionLength} characters or less";
            if (AnswerValidator.LooksLikeHtml(d)) return "The description of the location must not include HTML or code, such as < and >";
        }
        if (location.Latitude is double lat && (lat is < 49 or > 61 || location.Longitude is not (>= -9 and <= 2.5)))
            return "The location must be in the UK";
        return null;
    }

    public static IEnumerable<IntakeError> ContactErrors(ContactInput contact)
    {
        if (FullNameError(contact.FullName) is string nameError) yield return new(IntakeField.FullName, nameError);
        if (AnswerValidator.EmailError(contact.Email) is string emailError) yield return new(IntakeField.Email, emailError);
        if (!string.IsNullOrWhiteSpace(contact.Phone) && !AnswerValidator.IsPhone(contact.Phone.Trim()))
            yield return new(IntakeField.Phone, "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
        foreach (var (field, error) in AssistanceNeeds.Errors(contact.Needs ?? [], contact.InterpreterLanguage))
            yield return new(field switch { AssistanceField.Needs => IntakeField.Needs, AssistanceField.InterpreterLanguage => IntakeField.InterpreterLanguage }, error);
    }

    public static string? FullNameError(string? fullName) => AnswerValidator.TextError(fullName, MaxNameLength, "Enter your full name", "Full name");

    /// <summary>What the timeline calls a new case of each kind: "Complaint received by phone".</summary>
    static string Received(CaseKind kind) => kind switch
    {
        CaseKind.Complaint => "Complaint",
        CaseKind.Compliment => "Compliment",
        CaseKind.CouncillorEnquiry or CaseKind.MpEnquiry => "Enquiry",
        _ => "Request",
    };

    /// <summary>The web form's field for a contact error (the resident's contact page, the account and the staff forms name them alike).</summary>
    public static string ContactFieldId(IntakeField field) => field switch
    {
        IntakeField.FullName => "fullName",
        IntakeField.Email => "email",
        IntakeField.Phone => "phone",
        IntakeField.Needs => AssistanceNeeds.FieldId(AssistanceField.Needs),
        IntakeField.InterpreterLanguage => AssistanceNeeds.FieldId(AssistanceField.InterpreterLanguage),
        IntakeField.Answer or IntakeField.Location or IntakeField.Upload or IntakeField.ExternalId => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a contact field"),
    };

    async Task<Customer> MatchOrCreateCustomerAsync(ContactInput contact, DateTime now, CancellationToken ct)
    {
        var customer = contact.CustomerId is long id
            ? await db.Customers.Include(c => c.ContactPoints).SingleAsync(c => c.Id == id, ct)
            : await matching.FindOrCreateAsync(new(contact.FullName!.Trim(), contact.Email, contact.Phone, contact.HomeUprn,
                contact.HomePostcode is null ? null : Gazetteer.Property.PostcodeKeyOf(contact.HomePostcode)), now, ct);
        // Told once, kept: needs given now replace what we had; saying nothing leaves them alone.
        if (contact.Needs is { Count: > 0 } || db.Entry(customer).State == EntityState.Added) AssistanceNeeds.Apply(customer, contact.Needs ?? [], contact.InterpreterLanguage);
        return customer;
    }

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
