using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Primitives;

namespace FrontDoor.Shared;

/// <summary>
/// Text from outside is cleaned at the edge, on every channel: control characters other than tab and line breaks,
/// Unicode noncharacters (U+FFFE, U+FFFF and the rest) and lone surrogates are removed, so nothing stored can break
/// an XML feed, a database (PostgreSQL refuses NUL) or a page. Query strings and posted forms are cleaned by
/// <see cref="UseTextFromOutsideCleaning"/>, JSON bodies by <see cref="JsonConverter"/>.
/// </summary>
public static class TextFromOutside
{
    public static bool IsAllowed(Rune rune) => rune.Value switch
    {
        '\t' or '\n' or '\r' => true,
        < 0x20 or (>= 0x7F and <= 0x9F) => false,
        >= 0xFDD0 and <= 0xFDEF => false,
        _ => (rune.Value & 0xFFFE) != 0xFFFE,
    };

    public static bool IsClean(string text)
    {
        foreach (var ch in text)
            if (ch < 0x20 || ch >= 0x7F) return IsCleanSlow(text);
        return true;
    }

    static bool IsCleanSlow(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            // A lone surrogate decodes as an error, not as a rune.
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done || !IsAllowed(rune)) return false;
            i += used;
        }
        return true;
    }

    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            if (status == System.Buffers.OperationStatus.Done && IsAllowed(rune)) clean.Append(text, i, used);
            i += Math.Max(used, 1);
        }
        return clean.ToString();
    }

    static StringValues Clean(StringValues values)
    {
        foreach (var value in values)
            if (value is not null && !IsClean(value)) return new([.. values.Select(v => v is null ? v : Clean(v))]);
        return values;
    }

    /// <summary>
    /// Cleans the query string and url-encoded forms before anything reads them; a form that cannot be read is a 400.
    /// Multipart forms are left to their pages: they carry files, read under the page's own size limit, and text
    /// fields only the pages clean (a file's name).
    /// </summary>
    public static IApplicationBuilder UseTextFromOutsideCleaning(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Query.Any(q => !IsClean(q.Key) || q.Value.Any(v => v is not null && !IsClean(v))))
            request.Query = new QueryCollection(request.Query.ToDictionary(q => Clean(q.Key), q => Clean(q.Value)));
        // An error page shown for this request runs through here again: the form was dealt with the first time.
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null;
        if (!reExecuted && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
            {
                // Too many fields, a broken multipart body, or one too large: refused, with the error page of its audience.
                context.Response.StatusCode = ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                    ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
                return;
            }
            if (form.Any(f => !IsClean(f.Key) || f.Value.Any(v => v is not null && !IsClean(v))))
                request.Form = new FormCollection(form.ToDictionary(f => Clean(f.Key), f => Clean(f.Value)), form.Files);
        }
        await next();
    });

    /// <summary>Cleans every string read from a JSON body.</summary>
    public sealed class JsonConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is string text ? Clean(text) : null;

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
