using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Accounts;

public class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/account");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ResidentAccessSetup.Scheme);
        return Redirect("/account/sign-in?signed-out=yes");
    }
}
