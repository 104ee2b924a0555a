using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Staff;

/// <summary>Where signing in lands: councillors on their enquiries, service managers on the set-up, managers on the figures, everyone else on their team's queue.</summary>
public class HomeModel : PageModel
{
    public IActionResult OnGet() => Redirect(StaffUser.From(User)!.Role switch
    {
        StaffRole.Councillor => StaffLinks.Enquiries,
        StaffRole.ServiceManager => StaffLinks.SetUp,
        StaffRole.Manager => StaffLinks.Performance,
        _ => StaffLinks.Queue,
    });
}
