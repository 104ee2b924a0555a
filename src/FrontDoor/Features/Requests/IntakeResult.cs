using FrontDoor.Features.Cases;

namespace FrontDoor.Features.Requests;

/// <summary>
/// What an intake error is about. Every channel maps these to its own field names with one switch that has no
/// default arm, so a new field does not compile until each channel says where its error goes.
/// </summary>
/// <see cref="ExternalId"/> is a connected system's own id for the request, which only the APIs send.
public enum IntakeField { Answer, Location, Upload, FullName, Email, Phone, Needs, InterpreterLanguage, ExternalId }

/// <param name="QuestionId">The form question an <see cref="IntakeField.Answer"/> error is about.</param>
public sealed record IntakeError(IntakeField Field, string Message, string? QuestionId = null);

public sealed record IntakeResult(Case? Case, IReadOnlyList<IntakeError> Errors)
{
    public bool Succeeded => Case is not null;
}
