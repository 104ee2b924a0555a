using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Staff;

/// <summary>Where administrators find every part of the council's set-up.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class SetUpModel : PageModel
{
    public void OnGet() { }
}
