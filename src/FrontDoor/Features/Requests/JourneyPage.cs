using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Requests;

/// <summary>
/// A page inside a service's form: loads the service and the resident's draft, and sends them back to
/// the start page when there is no draft (a new browser, or an expired one) rather than failing.
/// </summary>
public abstract class JourneyPage(FrontDoorDb db, DraftStore drafts, ServicesByCode services) : PageModel
{
    protected FrontDoorDb Db => db;
    protected DraftStore Drafts => drafts;
    public Service Service { get; private set; } = null!;
    public Draft Draft { get; private set; } = null!;

    [FromQuery(Name = "change")] public bool Changing { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // The page's reads and its handler's on one connection; the page itself is written after it is given back.
        await using var connection = await HeldConnection.HoldAsync(db, HttpContext.RequestAborted);
        var service = RouteData.Values["slug"] is string slug ? await services.FindAsync(db, slug) : null;
        if (service is null)
        {
            context.Result = NotFound();
            return;
        }
        var draft = await drafts.FindAsync(HttpContext, service, HttpContext.RequestAborted);
        // A preview is staff trying the draft questions, so it is asked those, whether or not the service is live yet.
        if (draft?.Preview == true && Staff.StaffUser.From(User) is not null)
        {
            service = service.Copy();
            service.Form = service.DraftForm;
            Shared.StaffArea.Previewing(HttpContext, service.Id);
        }
        else if (!service.TakesRequests)
        {
            // Retired (or not yet live) since the draft began: the start page says what to do instead.
            context.Result = Redirect(JourneySteps.Start(service));
            return;
        }
        else if (draft?.Preview == true) draft = null;
        Service = service;
        ViewData["ServiceName"] = service.Name;
        if (draft is null)
        {
            context.Result = Redirect(JourneySteps.Start(service));
            return;
        }
        Draft = draft;
        if (draft.AssistedByStaffId is not null) Shared.StaffArea.Assisting(HttpContext);
        if (draft.SubmittedReference is not null)
        {
            context.Result = await AlreadySentAsync(HttpContext.RequestAborted);
            return;
        }
        await next();
    }

    /// <summary>What a page of a draft that has already been sent shows: by default, the start of a new request.</summary>
    protected virtual Task<IActionResult> AlreadySentAsync(CancellationToken ct) => Task.FromResult<IActionResult>(Redirect(JourneySteps.Start(Service)));

    /// <summary>An agent filling the form for a caller or visitor: the pages speak to the agent.</summary>
    public bool IsAssisted => Draft.AssistedByStaffId is not null;

    /// <summary>Staff trying the service's draft questions: nothing they enter is sent.</summary>
    public bool IsPreview => Draft.Preview;

    protected string Next(Question? q) => JourneySteps.After(Service, q, Changing, Draft.Answers);
    public string Back(Question? q) => JourneySteps.Before(Service, q, Changing, Draft.Answers);
}
