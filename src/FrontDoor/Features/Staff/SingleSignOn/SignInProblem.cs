namespace FrontDoor.Features.Staff.SingleSignOn;

/// <summary>Why single sign-on did not sign someone in, carried to the sign-in page in its address (never the email itself).</summary>
public enum SignInProblem { ProviderRefused, NoAccount, EmailNotVerified }

public static class SignInProblems
{
    public static string Code(SignInProblem problem) => problem switch
    {
        SignInProblem.ProviderRefused => "provider-refused",
        SignInProblem.NoAccount => "no-account",
        SignInProblem.EmailNotVerified => "email-not-verified",
    };

    public static SignInProblem? FromCode(string? code) =>
        Enum.GetValues<SignInProblem>().Cast<SignInProblem?>().FirstOrDefault(p => Code(p!.Value) == code);

    public static string Message(SignInProblem problem, string provider) => problem switch
    {
        SignInProblem.ProviderRefused => $"Signing in with {provider} did not work. Try again",
        SignInProblem.NoAccount => $"There is no staff account for the email address {provider} gave. Ask an administrator to add you with that email address",
        SignInProblem.EmailNotVerified => $"{provider} has not confirmed your email address. Confirm it with them, then try again",
    };
}
