using FrontDoor.Shared;
using System.Security.Claims;
using FrontDoor.Data;
using FrontDoor.Features.Customers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Accounts;

/// <summary>
/// A page of a signed-in resident's account. It loads their own record from their session (following a merge
/// to the surviving record), never from anything in the URL, so no identifier can reach someone else's data.
/// </summary>
public abstract class ResidentPage(FrontDoorDb db) : PageModel
{
    protected FrontDoorDb Db => db;
    public Customer Customer { get; private set; } = null!;
    public string? DoneMessage => TempData.Done();
    protected Audit.Actor Actor => Audit.ActorExtensions.Actor(HttpContext);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var customer = await LoadAsync(db, User);
        if (customer is null)
        {
            await HttpContext.SignOutAsync(AccountsSetup.Scheme);
            context.Result = Redirect(AccountLinks.SignIn);
            return;
        }
        Customer = customer;
        Audit.Actor.Set(HttpContext, Audit.ActorKind.Resident, customer.Id, customer.FullName);
        await next();
    }

    public const string StampClaim = "fd:stamp";

    /// <summary>
    /// The signed-in resident's record, or null when the session has ended: signed out (the record's stamp moved on,
    /// so a copied cookie is worthless) or the account is gone.
    /// </summary>
    public static async Task<Customer?> LoadAsync(FrontDoorDb db, ClaimsPrincipal user)
    {
        if (!long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return null;
        return await AccountAsync(db, id, user.FindFirstValue(StampClaim) ?? "");
    }

    /// <summary>The account a record belongs to, following merges to the surviving record; null when it has no account.</summary>
    /// <param name="sessionStamp">
    /// For a session: the stamp of the record it began with, which must still be that record's. A merge since then
    /// carries the session on to the survivor.
    /// </param>
    public static async Task<Customer?> AccountAsync(FrontDoorDb db, long id, string? sessionStamp = null)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            var customer = await Record.For(db)(db, id).FirstOrDefaultAsync();
            if (hops == 0 && sessionStamp is not null && customer?.SecurityStamp != sessionStamp) return null;
            if (customer?.MergedIntoId is not long survivor) return customer?.AccountCreatedAt is null ? null : customer;
            id = survivor;
        }
        return null;
    }

    // Every page of the account reads the record first: compiled once, in one query (a person has a few contact points).
    // Tracked, for the pages that change it. No first row asked for, as the id is unique (see CaseProgress).
    static readonly CompiledQuery<Func<FrontDoorDb, long, IAsyncEnumerable<Customer>>> Record = new(() => EF.CompileAsyncQuery((FrontDoorDb db, long id) =>
        db.Customers.Include(c => c.ContactPoints).Include(c => c.Property).Where(c => c.Id == id)));

    /// <summary>The resident signed in on this browser, from a page outside /account (which does not authenticate them by default).</summary>
    public static async Task<Customer?> SignedInAsync(FrontDoorDb db, HttpContext http) =>
        (await http.AuthenticateAsync(AccountsSetup.Scheme)).Principal is { } resident ? await LoadAsync(db, resident) : null;

    public static Task SignInAsync(HttpContext http, Customer customer) => http.SignInAsync(AccountsSetup.Scheme, Principal(customer, AccountsSetup.Scheme));

    /// <summary>Who a resident's session says they are: their record and the stamp it began with.</summary>
    public static ClaimsPrincipal Principal(Customer customer, string scheme) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, customer.Id.ToString()), new Claim(StampClaim, customer.SecurityStamp)], scheme));

    protected IActionResult Done(string message, string to = AccountLinks.Home)
    {
        TempData.Done(message);
        return Redirect(to);
    }
}
