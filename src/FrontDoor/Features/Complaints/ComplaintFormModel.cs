using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Complaints;

/// <summary>The complaint form's answers so far, for the shared fields partial; no services when the case it is about decides the service.</summary>
public sealed record ComplaintFields(bool ForAgent, string? Kind, string? Service, List<Service>? Services, string? Details, string? PutRight,
    string? FullName, string? Email, string? Phone);

/// <summary>The questions the resident's and the agent's complaint pages both ask.</summary>
public abstract class ComplaintFormModel : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Details { get; set; }
    [BindProperty] public string? PutRight { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    public List<Service> Services { get; protected set; } = [];

    protected ContactInput Contact => new(FullName, Email, Phone);

    public ComplaintFields Fields(bool forAgent, bool chooseService) =>
        new(forAgent, Kind, Service, chooseService ? Services : null, Details, PutRight, FullName, Email, Phone);
}
