using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Errors;

/// <summary>Plain-English pages for the errors a resident can meet, in the GOV.UK style.</summary>
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string[] Lines { get; private set; } = [];

    // From the route only: a re-executed POST still carries its form, which may have a field called "code".
    public void OnGet([FromRoute] int? code) => Describe(code ?? 500);

    // Error pages are re-executed with the original method, so a failed POST lands here too.
    public void OnPost([FromRoute] int? code) => Describe(code ?? 500);

    void Describe(int code)
    {
        Response.StatusCode = code is >= 400 and <= 599 ? code : 500;
        (Heading, Lines) = code switch
        {
            400 => ("Sorry, there is a problem with the page", new[] { "The form may have been open for too long, or sent twice. Go back, refresh the page and try again. Your answers have been saved." }),
            403 => ("You do not have permission to see this page", new[] { "Your role or team does not give you access to it. If you think it should, ask your team leader." }),
            404 => ("Page not found", ["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address."]),
            413 => ("The file is too big", ["Go back and choose a file smaller than 10MB."]),
            429 => ("Too many attempts", ["You have tried too many times. Wait a minute, then try again."]),
            _ => ("Sorry, there is a problem with the service", ["Try again later. Nothing you have already sent us has been lost."]),
        };
    }
}
