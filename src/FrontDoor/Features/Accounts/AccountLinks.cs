namespace FrontDoor.Features.Accounts;

/// <summary>Every address in a resident's account, for pages, redirects and navigation.</summary>
public static class AccountLinks
{
    public const string Home = "/account";
    public const string SignIn = "/account/sign-in";
    public const string SignedOutInactive = "/account/sign-in?signed-out=inactive";
    public const string SignedOut = "/account/sign-in?signed-out=yes";
    public const string SignOut = "/account/sign-out";
    public const string Create = "/account/create";
    public const string Preferences = "/account/preferences";
    public const string Email = "/account/email";
    public const string Phone = "/account/phone";
    public const string Address = "/account/address";
    public static string Request(string reference) => $"/account/requests/{reference}";
    public static string SignInCode(Guid codeId) => $"/account/sign-in/code?id={codeId:N}";
    public static string Verify(Guid codeId) => $"/account/verify?id={codeId:N}";
}
