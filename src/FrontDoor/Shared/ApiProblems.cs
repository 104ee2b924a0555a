using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Shared;

/// <summary>
/// Problem details with a status the OpenAPI document can see: a handler that returns <c>Results&lt;Ok&lt;T&gt;, NotFoundProblem&gt;</c>
/// is described with its 404 without any hand-added metadata, and still answers application/problem+json.
/// </summary>
public abstract class StatusProblem(int status, string title, string? detail) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => status;

    public Task ExecuteAsync(HttpContext context) => TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);

    protected static void Describe(int status, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
}

public sealed class NotFoundProblem(string title) : StatusProblem(StatusCodes.Status404NotFound, title, null), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(StatusCodes.Status404NotFound, builder);
}

public sealed class ConflictProblem(string title, string? detail) : StatusProblem(StatusCodes.Status409Conflict, title, detail), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(StatusCodes.Status409Conflict, builder);
}

public static class FieldProblems
{
    /// <summary>A form's field errors as the API words them: each field by its snake_case name, with its messages.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem From(IEnumerable<(string Field, string Message)> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
}
