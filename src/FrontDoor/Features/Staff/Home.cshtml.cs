using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Staff;

/// <summary>Where signing in lands: councillors on their enquiries, everyone else on their team's queue.</summary>
public class HomeModel : PageModel
{
    public IActionResult OnGet() =>
        Redirect(StaffUser.From(User)!.Role == StaffRole.Councillor ? StaffLinks.Enquiries : StaffLinks.Queue);
}
