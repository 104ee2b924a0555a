using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Staff;

/// <summary>Where administrators find every part of the council's set-up, and service managers the parts that are theirs.</summary>
[Authorize(Policy = StaffSetup.ServiceManagers)]
public class SetUpModel : PageModel
{
    public void OnGet() { }
}
