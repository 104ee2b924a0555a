using FrontDoor.Data;

if (SchemaScript.TryRun(args)) return;
var app = WebApplication.CreateBuilder(args).Build();
app.Run();
