using FrontDoor.Data;
using FrontDoor.Features.Accounts;
using FrontDoor.Features.Api;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using FrontDoor.Features.DemoCouncil;
using FrontDoor.Features.Health;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Open311;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using FrontDoor.Features.Tracking;
using FrontDoor.Features.Webhooks;
using FrontDoor.Shared;
using FrontDoor.Shared.Council;

if (SchemaScript.TryRun(args) || DemoStaff.TryPrintCode(args)) return;

var builder = WebApplication.CreateBuilder(args);
builder.AddDatabase();
builder.AddWebPlatform();
builder.AddBranding();
builder.AddStaffAccess();
builder.AddResidentAccounts();
builder.AddCustomerRecords();
builder.AddRequests();
builder.AddCaseWork();
builder.AddTracking();
builder.AddNotifications();
builder.AddApiClients();
builder.AddOpen311();
builder.AddApi();
builder.AddWebhooks();
builder.AddHealth();

var app = builder.Build();
await app.PrepareDatabaseAsync();
if (await FrontDoor.Features.Gazetteer.ImportGazetteerModel.TryRunFromCommandLineAsync(app, args)
    || await DuplicateCheckCommand.TryRunAsync(app, args)) return;
app.UseWebPlatform();
app.UseStaffAccess();
app.MapBranding();
app.MapHealth();
app.MapOpen311();
app.MapApi();
app.MapRazorPages();
app.Run();

public partial class Program;
