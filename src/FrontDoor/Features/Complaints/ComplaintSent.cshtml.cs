using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Complaints;

/// <summary>The reference of the complaint or compliment just sent, carried from the form once.</summary>
public class ComplaintSentModel : PageModel
{
    public const string ReferenceKey = "complaint-reference", KindKey = "complaint-kind";

    public string Reference { get; private set; } = "";
    public bool IsComplaint { get; private set; }

    public IActionResult OnGet()
    {
        if (TempData[ReferenceKey] is not string reference) return Redirect(ComplaintLinks.New);
        (Reference, IsComplaint) = (reference, ComplaintIntake.Parse(TempData[KindKey] as string) == ComplaintOrCompliment.Complaint);
        return Page();
    }
}
