using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Messages;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.ResponseTemplates;

/// <summary>Adds or changes a response template: checked, previewed against a real case, saved against the version read.</summary>
[Authorize(Policy = StaffSetup.ServiceManagers)]
public class ResponseTemplateEditorModel(FrontDoorDb db, AuditLog audit, WordingPreview preview) : PageModel
{
    public const string Stale = "Someone else changed this template while you were editing it. Your changes have not been saved: open it again to see theirs";
    static readonly IReadOnlyCollection<string> Names = [.. StandardMessages.Case.Select(p => p.Name)];

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Team { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? CaseReference { get; set; }

    public ResponseTemplate? Existing { get; private set; }
    public List<Teams.Team> Teams { get; private set; } = [];
    public string? Preview { get; private set; }
    public StaffUser Staff => StaffUser.From(User)!;
    public bool MayShareWithEveryone => Staff.Role == StaffRole.Administrator;
    public string Action => StaffLinks.ResponseTemplate(Existing?.Id);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var id = (string?)RouteData.Values["id"];
        if (id != "new")
        {
            Existing = int.TryParse(id, out var number) ? await db.ResponseTemplates.Include(t => t.Team).SingleOrDefaultAsync(t => t.Id == number, HttpContext.RequestAborted) : null;
            if (Existing is null)
            {
                context.Result = NotFound();
                return;
            }
            if (!ResponseTemplatesListModel.CanChange(Staff, Existing))
            {
                context.Result = Forbid();
                return;
            }
        }
        Teams = await Catalogue.Admin.ServiceManagement.TeamsFor(Staff, db, HttpContext.RequestAborted);
        await next();
    }

    public void OnGet()
    {
        if (Existing is null) return;
        (Title, Team, Body, Version) = (Existing.Title, Existing.TeamId?.ToString() ?? "", Existing.Body, Existing.Version);
    }

    /// <summary>Shows the wording filled in; only the wording is checked, so a template can be tried before it is named.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!CheckWording()) return Page();
        var values = StandardMessages.Case.ToDictionary(p => p.Name, p => p.Sample);
        if (!string.IsNullOrWhiteSpace(CaseReference))
        {
            var fromCase = await preview.ForCaseAsync(CaseReference, HttpContext.Actor(), c => Staff.CanView(c) || Staff.CanManage(c.TeamId), Request.SiteBase(), ct);
            if (fromCase is null)
            {
                ModelState.AddModelError("caseReference", "There is no case with that reference that you can see");
                return Page();
            }
            values = fromCase;
        }
        Preview = CouncilTemplates.Render(Body!, values)?.Trim();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!Check(out var teamId)) return Page();
        var (title, body) = (Title!.Trim(), Body!.Trim().ReplaceLineEndings("\n"));
        var teamName = teamId is null ? "Every team" : Teams.Single(t => t.Id == teamId).Name;
        audit.AddChange(HttpContext.Actor(), Existing is null ? $"Added the response template {title}" : $"Changed the response template {Existing.Title}",
            [new("Title", Existing?.Title, title), new("Team", Existing is null ? null : Existing.Team?.Name ?? "Every team", teamName), new("Wording", Existing?.Body, body)]);
        if (Existing is null)
        {
            db.ResponseTemplates.Add(new() { Title = title, TeamId = teamId, Body = body, Version = 1 });
            await db.SaveChangesAsync(ct);
        }
        else
        {
            (Existing.Title, Existing.TeamId, Existing.Body) = (title, teamId, body);
            if (!await db.TrySaveAsync(Existing, Version, ct))
            {
                ModelState.AddModelError("body", Stale);
                return Page();
            }
        }
        TempData.Done($"{title} saved");
        return Redirect(StaffLinks.ResponseTemplates);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Existing is null) return NotFound();
        audit.AddChange(HttpContext.Actor(), $"Removed the response template {Existing.Title}", [new("Wording", Existing.Body, null)]);
        db.ResponseTemplates.Remove(Existing);
        db.Entry(Existing).Property(t => t.Version).OriginalValue = Version;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("body", Stale);
            return Page();
        }
        TempData.Done($"{Existing.Title} removed");
        return Redirect(StaffLinks.ResponseTemplates);
    }

    bool Check(out long? teamId)
    {
        teamId = null;
        foreach (var (field, error) in SetUpText.Errors("title", Title, "the title", 100, required: true)) ModelState.AddModelError(field, error);
        if (string.IsNullOrEmpty(Team))
        {
            if (!MayShareWithEveryone) ModelState.AddModelError("team", "Choose the team the template is for");
        }
        else if (long.TryParse(Team, out var id) && Teams.Any(t => t.Id == id)) teamId = id;
        else ModelState.AddModelError("team", "Choose the team the template is for");
        return CheckWording();
    }

    bool CheckWording()
    {
        if (string.IsNullOrWhiteSpace(Body)) ModelState.AddModelError("body", "Enter the wording");
        else if (Body.Length > Cases.CaseWorkflow.MaxTextLength) ModelState.AddModelError("body", $"The wording must be {Cases.CaseWorkflow.MaxTextLength} characters or less");
        else if (CouncilTemplates.Problem(Body, Names) is { } problem) ModelState.AddModelError("body", $"The wording {problem}");
        return ModelState.IsValid;
    }
}
