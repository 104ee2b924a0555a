using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Messages;

/// <summary>
/// The council's wording of one message on one channel in one language: checked, previewed with sample details or a
/// real case, saved against the version it was read at, or put back to FrontDoor's standard wording.
/// </summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class EditMessageModel(FrontDoorDb db, AuditLog audit, TimeProvider clock, WordingPreview preview) : PageModel
{
    public const string Stale = "Someone else changed this wording while you were editing it. Your changes have not been saved: open it again to see theirs";

    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? CaseReference { get; set; }

    public MessageDefinition Definition { get; private set; } = null!;
    public MessageKind Channel { get; private set; }
    public string Language { get; private set; } = Languages.English;
    public MessageTemplate? Own { get; private set; }
    public StandardWording Standard => Definition.Standard[Channel];
    public bool HasSubject => Standard.Subject is not null;
    public bool AboutACase => Definition.Names.Contains("reference");
    public RenderedMessage? Preview { get; private set; }
    public string Title => $"{Definition.Title}: {MessageKinds.Text(Channel).ToLowerInvariant()}{(Language == Languages.English ? "" : $", {Languages.NameOf(Language)}")}";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var (key, channel, language) = ((string?)RouteData.Values["key"], (string?)RouteData.Values["channel"], (string?)RouteData.Values["language"]);
        if (MessageNames.Parse<MessageKey>(key) is not { } k || MessageNames.Parse<MessageKind>(channel) is not { } c
            || !StandardMessages.For(k).Standard.ContainsKey(c) || !Languages.IsKnown(language))
        {
            context.Result = NotFound();
            return;
        }
        (Definition, Channel, Language) = (StandardMessages.For(k), c, language!);
        Own = await db.MessageTemplates.SingleOrDefaultAsync(t => t.Key == k && t.Channel == c && t.Language == Language, HttpContext.RequestAborted);
        await next();
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Writing another language starts from what is sent today: the council's English if it has its own, else the standard.
        var start = Own ?? (Language == Languages.English ? null
            : await db.MessageTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == Definition.Key && t.Channel == Channel && t.Language == Languages.English, ct));
        (Subject, Body, Version) = (start?.Subject ?? Standard.Subject, start?.Body ?? Standard.Body, Own?.Version ?? 0);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!Check()) return Page();
        var values = Definition.Samples;
        if (AboutACase && !string.IsNullOrWhiteSpace(CaseReference))
        {
            if (await preview.ForCaseAsync(CaseReference, HttpContext.Actor(), _ => true, Request.SiteBase(), ct) is not { } fromCase)
            {
                ModelState.AddModelError("caseReference", "There is no case with that reference");
                return Page();
            }
            foreach (var (name, value) in fromCase) values[name] = value;
        }
        Preview = new(CouncilTemplates.Render(Subject ?? "", values)?.Trim() ?? "", CouncilTemplates.Render(Body!, values)?.Trim() ?? "", true);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!Check()) return Page();
        var actor = HttpContext.Actor();
        var (subject, body) = (HasSubject ? Subject!.Trim() : null, Body!.Trim().ReplaceLineEndings("\n"));
        audit.AddChange(actor, $"Changed the wording of {Title}",
            [new("Subject", Own?.Subject ?? Standard.Subject, subject), new("Wording", Own?.Body ?? Standard.Body, body)]);
        var now = clock.GetUtcNow().UtcDateTime;
        var own = Own ?? new() { Key = Definition.Key, Channel = Channel, Language = Language, Body = body, UpdatedBy = actor.Name };
        (own.Subject, own.Body, own.UpdatedAt, own.UpdatedBy) = (subject, body, now, actor.Name);
        if (!await db.TrySaveAsync(own, Version, ct)) return StaleWording();
        TempData.Done($"{Title} saved. It is used for every message from now on");
        return Redirect(StaffLinks.Messages(Language));
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        if (Own is null) return Redirect(StaffLinks.Messages(Language));
        if (Own.Version != Version) return StaleWording();
        audit.AddChange(HttpContext.Actor(), $"Went back to FrontDoor's standard wording of {Title}",
            [new("Subject", Own.Subject, Standard.Subject), new("Wording", Own.Body, Standard.Body)]);
        db.MessageTemplates.Remove(Own);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return StaleWording(); }
        TempData.Done(Language == Languages.English ? $"{Title}: FrontDoor's standard wording is sent from now on" : $"{Title} removed: the English is sent from now on");
        return Redirect(StaffLinks.Messages(Language));
    }

    IActionResult StaleWording()
    {
        ModelState.AddModelError("body", Stale);
        return Page();
    }

    bool Check()
    {
        if (HasSubject)
        {
            foreach (var (field, error) in SetUpText.Errors("subject", Subject, "the subject", 200, required: true)) ModelState.AddModelError(field, error);
            if (ModelState.IsValid && CouncilTemplates.Problem(Subject!, Definition.Names) is { } problem) ModelState.AddModelError("subject", $"The subject {problem}");
        }
        if (string.IsNullOrWhiteSpace(Body)) ModelState.AddModelError("body", "Enter the wording");
        else if (CouncilTemplates.Problem(Body, Definition.Names) is { } problem) ModelState.AddModelError("body", $"The wording {problem}");
        return ModelState.IsValid;
    }
}
