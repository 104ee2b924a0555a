using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Requests;

namespace FrontDoor.Features.Complaints;

public enum ComplaintOrCompliment { Complaint, Compliment }

/// <summary>What a resident writes, or an agent takes down from a caller, to complain or pay a compliment.</summary>
public sealed record ComplaintInput(ComplaintOrCompliment? Kind, Service? Service, string? Details, string? PutRight, ContactInput Contact,
    Channel Channel, string SiteBase, long? TakenByStaffId = null, Case? About = null);

/// <summary>The case made, or what to put right, each with the form field it belongs to.</summary>
public sealed record ComplaintResult(Case? Case, List<(string Field, string Message)> Errors);

/// <summary>
/// A complaint or a compliment, about a service or one request, from whichever channel it came by. It goes to the team of
/// the service, through the same intake as every request; a complaint starts its stage 1 clock.
/// </summary>
public sealed class ComplaintIntake(FrontDoorDb db, RequestIntake intake, ComplaintWorkflow complaints)
{
    public static readonly string[] FieldOrder = ["kind", "service", "details", "putRight", "fullName", "email", "phone"];

    /// <summary>How each kind is written in the form's radios.</summary>
    public static string Name(ComplaintOrCompliment kind) => kind == ComplaintOrCompliment.Complaint ? "complaint" : "compliment";

    public static ComplaintOrCompliment? Parse(string? name) => name switch
    {
        "complaint" => ComplaintOrCompliment.Complaint,
        "compliment" => ComplaintOrCompliment.Compliment,
        _ => null,
    };

    /// <summary>What is missing from the form before it can be sent, each with its field.</summary>
    public static List<(string Field, string Message)> Check(ComplaintInput input)
    {
        var agent = input.TakenByStaffId is not null;
        List<(string, string)> errors = [];
        if (input.Kind is null)
            errors.Add(("kind", agent ? "Select whether the customer is making a complaint or paying a compliment" : "Select whether you want to make a complaint or pay a compliment"));
        if (input.Service is null) errors.Add(("service", "Select the service it is about"));
        if (input.Kind == ComplaintOrCompliment.Complaint && string.IsNullOrWhiteSpace(input.Contact.Email) && string.IsNullOrWhiteSpace(input.Contact.Phone))
            errors.Add(("email", agent ? "Enter the customer's email address or phone number, so we can send them our response"
                : "Enter an email address or a phone number, so we can send you our response"));
        return errors;
    }

    public async Task<ComplaintResult> SubmitAsync(ComplaintInput input, CancellationToken ct)
    {
        if (Check(input) is { Count: > 0 } errors) return new(null, errors);

        var complaint = input.Kind == ComplaintOrCompliment.Complaint;
        var kind = complaint ? ComplaintForms.ComplaintAbout(input.About?.Id) : ComplaintForms.ComplimentAbout(input.About?.Id);
        var answers = complaint
            ? new Dictionary<string, List<string>> { ["complaint"] = Answer(input.Details), ["put_right"] = Answer(input.PutRight) }
            : new Dictionary<string, List<string>> { ["compliment"] = Answer(input.Details) };
        var result = await intake.SubmitAsync(new IntakeRequest(input.Service!, answers, null, null, input.Contact, input.Channel, input.SiteBase,
            RaisedByStaffId: input.TakenByStaffId, Other: kind), ct);
        if (!result.Succeeded)
            return new(null, [.. result.Errors.Select(e => (e.Field == IntakeField.Answer ? (e.QuestionId == "put_right" ? "putRight" : "details") : RequestIntake.ContactFieldId(e.Field), e.Message))]);
        if (complaint)
        {
            await complaints.StagesAsync(result.Case!, ct);
            await db.SaveChangesAsync(ct);
        }
        return new(result.Case, []);
    }

    static List<string> Answer(string? text) => string.IsNullOrWhiteSpace(text) ? [] : [text];
}
