using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Errors;

/// <summary>
/// Plain-English pages for the errors people meet, in the GOV.UK style. In the staff workspace they keep the
/// staff navigation and speak to the member of staff's role; elsewhere they speak to residents.
/// </summary>
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string[] Lines { get; private set; } = [];
    public string HomeHref { get; private set; } = "/";
    public string HomeText { get; private set; } = "Go to the home page";

    public void OnGet() => Describe(CodeFromRoute());

    // Error pages are re-executed with the original method, so a failed POST lands here too.
    public void OnPost() => Describe(CodeFromRoute());

    // Read from the route by hand: model binding would read a re-executed POST's form, which may be the very thing
    // that could not be read (too large, broken), or have a field called "code".
    int CodeFromRoute() => RouteData.Values["code"] is string text && int.TryParse(text, out var code) ? code : 500;

    void Describe(int code)
    {
        // Asked for directly with a code that is not an error (/error/200, /error/-1): there is no such page.
        if (code is < 400 or > 599) code = 404;
        Response.StatusCode = code;
        var staff = StaffArea.Contains(HttpContext) ? StaffUser.From(User) : null;
        if (staff is not null) (HomeHref, HomeText) = (StaffLinks.Home, "Go to your staff home page");
        (Heading, Lines) = code switch
        {
            400 => ("Sorry, there is a problem with the page", new[] { "The form may have been open for too long, or sent twice. Go back, refresh the page and try again.", "If you have closed your browser since you started, you will need to start again." }),
            403 => ("You do not have permission to see this page", [ForbiddenLine(staff)]),
            404 when staff is not null => ("Page not found", ["If you typed the web address or a case reference, check it is correct.", "The case or record may have been removed or merged into another."]),
            404 => ("Page not found", ["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address."]),
            405 => ("Sorry, there is a problem with the page", ["The page cannot do what was asked of it. Go back and try again."]),
            413 => ("The file is too big", ["Go back and choose a file smaller than 10MB."]),
            429 => ("Too many attempts", ["You have tried too many times. Wait a minute, then try again."]),
            _ => ("Sorry, there is a problem with the service", ["Try again later. Nothing you have already sent us has been lost."]),
        };
    }

    static string ForbiddenLine(StaffUser? staff) => staff?.Role switch
    {
        null => "If you think you should be able to see it, contact us.",
        StaffRole.Councillor => "Councillors can see the enquiries they raised. If you need to know about another case, raise an enquiry.",
        StaffRole.Administrator => "If you think you should be able to see it, contact the people who run this system for the council.",
        StaffRole.TeamLeader => "Your role or team does not give you access to it. If you think it should, ask an administrator.",
        _ => "Your role or team does not give you access to it. If you think it should, ask your team leader.",
    };
}
