using System.Collections.Concurrent;
using Fluid;
using Fluid.Values;

namespace FrontDoor.Features.Messages;

/// <summary>
/// Council-written wording in Liquid (Fluid): checked when it is saved, so a typing mistake such as {{ refrence }} or a
/// broken tag is refused there rather than reaching a customer; rendered as plain text with limits on the work it may do.
/// </summary>
public static class CouncilTemplates
{
    public const int MaxLength = 10_000;

    static readonly FluidParser Parser = new();

    static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithMaxRecursion(10)
        .WithMaxSteps(10_000)
        .WithMaxOutputSize(100_000)
        .WithMaxCollectionSize(1_000)
        .WithStrictFilters()
        .Build();

    /// <summary>Parsed wording, by its text: wording changes rarely and is rendered for every message.</summary>
    static readonly ConcurrentDictionary<string, IFluidTemplate> Parsed = new();

    /// <summary>What is wrong with this wording, or null when it will render: its syntax, then any name it uses that <paramref name="known"/> does not hold.</summary>
    public static string? Problem(string text, IReadOnlyCollection<string> known)
    {
        if (text.Length > MaxLength) return $"must be {MaxLength} characters or less";
        if (!Parser.TryParse(text, out var template, out var error))
            return $"has a mistake in its placeholders or tags: {FirstLine(error)}";
        var unknown = new List<string>();
        var options = Options.ToBuilder().WithUndefined((path, _) =>
        {
            unknown.Add(path);
            return ValueTask.FromResult<FluidValue>(NilValue.Instance);
        }).Build();
        try
        {
            template.Render(Context(options, known.ToDictionary(k => k, k => k)));
        }
        catch (Exception ex) when (ex is FluidException or InvalidOperationException)
        {
            return $"cannot be filled in: {FirstLine(ex.Message)}";
        }
        return unknown.Count == 0 ? null
            : $"has a placeholder we do not know, {{{{ {unknown[0]} }}}}. You can use {string.Join(", ", known.Select(k => $"{{{{ {k} }}}}"))}";
    }

    /// <summary>The wording with its placeholders filled; null when it cannot be rendered (it was checked, so only when limits are hit).</summary>
    public static string? Render(string text, IReadOnlyDictionary<string, string> values)
    {
        if (Parsed.Count > 1_000) Parsed.Clear();
        var template = Parsed.GetOrAdd(text, t => Parser.TryParse(t, out var parsed, out _) ? parsed : null!);
        if (template is null)
        {
            Parsed.TryRemove(text, out _);
            return null;
        }
        try
        {
            return template.Render(Context(Options, values));
        }
        catch (Exception ex) when (ex is FluidException or InvalidOperationException)
        {
            return null;
        }
    }

    static TemplateContext Context(TemplateOptions options, IReadOnlyDictionary<string, string> values)
    {
        var context = new TemplateContext(options);
        foreach (var (name, value) in values) context.SetValue(name, value);
        return context;
    }

    static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
