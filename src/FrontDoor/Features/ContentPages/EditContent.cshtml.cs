using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.ContentPages;

/// <summary>One content page: its Markdown previewed as residents will see it, saved against the version read, audited.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class EditContentModel(FrontDoorDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int MaxLength = 50_000;
    public const string Stale = "Someone else changed this page while you were editing it. Your changes have not been saved: open it again to see theirs";

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public int Version { get; set; }
    public StandardPage Standard { get; private set; } = null!;
    public ContentPage? Own { get; private set; }
    public bool Previewing { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (StandardPages.Find((string?)RouteData.Values["slug"] ?? "") is not { } standard)
        {
            context.Result = NotFound();
            return;
        }
        Standard = standard;
        Own = await db.ContentPages.SingleOrDefaultAsync(p => p.Slug == standard.Slug, HttpContext.RequestAborted);
        await next();
    }

    public void OnGet() => (Title, Body, Version) = (Own?.Title ?? Standard.Title, Own?.Body ?? Standard.FirstText, Own?.Version ?? 0);

    public IActionResult OnPostPreview()
    {
        Previewing = Check();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!Check()) return Page();
        var (title, body) = (Title!.Trim(), Body!.Trim().ReplaceLineEndings("\n"));
        var actor = HttpContext.Actor();
        audit.AddChange(actor, $"Changed the content page {Standard.Title}",
            [new("Title", Own?.Title ?? Standard.Title, title), new("Text", Own?.Body ?? Standard.FirstText, body)]);
        var now = clock.GetUtcNow().UtcDateTime;
        var page = Own ?? new() { Slug = Standard.Slug, Title = title, Body = body, UpdatedBy = actor.Name };
        (page.Title, page.Body, page.UpdatedAt, page.UpdatedBy) = (title, body, now, actor.Name);
        if (!await db.TrySaveAsync(page, Version, ct)) return StalePage();
        TempData.Done($"{title} saved");
        return Redirect(ContentLinks.Admin);
    }

    IActionResult StalePage()
    {
        ModelState.AddModelError("body", Stale);
        return Page();
    }

    bool Check()
    {
        foreach (var (field, error) in SetUpText.Errors("title", Title, "the title", 100, required: true)) ModelState.AddModelError(field, error);
        if (string.IsNullOrWhiteSpace(Body)) ModelState.AddModelError("body", "Enter the text of the page");
        else if (Body.Length > MaxLength) ModelState.AddModelError("body", $"The text must be {MaxLength:N0} characters or less");
        return ModelState.IsValid;
    }
}
