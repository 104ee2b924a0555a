using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Requests;

/// <summary>
/// A resident's answers while they go through a service's form. Kept server-side, keyed by a random
/// id in a cookie, so the back link, browser back and a refresh never lose what was entered.
/// </summary>
public class Draft
{
    public Guid Id { get; set; }
    public int ServiceId { get; set; }
    public string AnswersJson { get; set; } = "{}";
    public long? Uprn { get; set; }
    public string? Postcode { get; set; }
    public string? LocationDescription { get; set; }
    public string? UploadFileName { get; set; }
    public string? UploadContentType { get; set; }
    public byte[]? Upload { get; set; }
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string AssistanceNeeds { get; set; } = "";
    public string? InterpreterLanguage { get; set; }
    /// <summary>When the resident began the form: with <see cref="SubmittedReference"/>, how many online forms are finished.</summary>
    public DateTime StartedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Set when an agent fills the form for a caller or visitor (assisted digital).</summary>
    public long? AssistedByStaffId { get; set; }
    public Cases.Channel Channel { get; set; } = Cases.Channel.Web;
    /// <summary>Staff trying a service's draft questions from the form designer: asked those, and never sent.</summary>
    public bool Preview { get; set; }
    /// <summary>
    /// The case this draft became. The draft is then emptied but kept, so the same form sent again (a double
    /// click without JavaScript) shows the same confirmation; a concurrency token, so only one sending wins.
    /// </summary>
    public string? SubmittedReference { get; set; }

    /// <summary>Records the case the draft became, and forgets what the resident entered, in the transaction that makes the case.</summary>
    public void MarkSubmitted(string reference)
    {
        SubmittedReference = reference;
        Forget();
    }

    /// <summary>Forgets everything the resident entered, keeping only that the form was started (and sent, if it was).</summary>
    public void Forget()
    {
        (AnswersJson, Uprn, Postcode, LocationDescription) = ("{}", null, null, null);
        (UploadFileName, UploadContentType, Upload) = (null, null, null);
        (FullName, Email, Phone, AssistanceNeeds, InterpreterLanguage) = (null, null, null, "", null);
    }

    public Dictionary<string, List<string>> Answers
    {
        get => JsonSerializer.Deserialize<Dictionary<string, List<string>>>(AnswersJson) ?? [];
        set => AnswersJson = JsonSerializer.Serialize(value);
    }

    public void SetAnswer(string questionId, IReadOnlyList<string> values)
    {
        var answers = Answers;
        answers[questionId] = [.. values];
        Answers = answers;
    }
}

sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> e)
    {
        e.HasIndex(d => d.UpdatedAt);
        e.HasIndex(d => d.StartedAt);
        e.Ignore(d => d.Answers);
        e.Property(d => d.SubmittedReference).IsConcurrencyToken();
    }
}
