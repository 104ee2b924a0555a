using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Events;
using FrontDoor.Features.Webhooks;
using FrontDoor.Tests.Infrastructure;
using FrontDoor.Tests.Webhooks;

namespace FrontDoor.Tests.Appointments;

/// <summary>Appointments, call backs and support through the REST API, and the webhooks they raise, on the real clock.</summary>
public abstract class BookingApiTests(TestApp app)
{
    static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    [Fact]
    public async Task Appointments_TypesFreeTimesBookAndCancel_WithSignedWebhooks()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        await using var receiver = new WebhookReceiver();
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.Appointments, ApiScopes.ManageWebhooks]);
        var http = ApiTestClients.Http(app, key);
        var (_, secret) = await WebhookTests.SubscribeAsync(http, receiver.Url, EventTypes.AppointmentBooked, EventTypes.AppointmentCancelled);

        var type = Json(await http.GetStringAsync("/api/v1/appointments/types")).EnumerateArray().Single(t => t.GetProperty("slug").GetString() == s.Type.Slug);
        Assert.Equal(["in-person", "phone"], type.GetProperty("modes").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(s.Place.Id, Assert.Single(type.GetProperty("places").EnumerateArray()).GetProperty("id").GetInt64());
        var free = Json(await http.GetStringAsync($"/api/v1/appointments/types/{s.Type.Slug}/free?mode=in-person&place={s.Place.Id}"));
        var first = free.EnumerateArray().First();
        Assert.Equal(2, first.GetProperty("free").GetInt32());
        var start = first.GetProperty("start").GetDateTime().ToUniversalTime();

        // Days no diary reaches have nothing free; days no diary could ever reach are not dates it takes.
        foreach (var range in new[] { "from=2099-12-01&to=2099-12-31", "from=2000-01-01&to=2000-01-02" })
            Assert.Equal(0, Json(await http.GetStringAsync($"/api/v1/appointments/types/{s.Type.Slug}/free?mode=phone&{range}")).GetArrayLength());
        foreach (var range in new[] { "from=9999-12-31", "from=0001-01-01&to=0001-01-02" })
            Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync($"/api/v1/appointments/types/{s.Type.Slug}/free?mode=phone&{range}")).StatusCode);
        var refused = await http.PostAsJsonAsync("/api/v1/appointments", new { type = s.Type.Slug, mode = "video", start = "soon" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(Json(await refused.Content.ReadAsStringAsync()).GetProperty("errors").TryGetProperty("mode", out _));
        var incomplete = await http.PostAsJsonAsync("/api/v1/appointments", new { type = s.Type.Slug, mode = "in-person", place = s.Place.Id, start = "soon" });
        var errors = Json(await incomplete.Content.ReadAsStringAsync()).GetProperty("errors");
        Assert.Equal(["full_name", "email", "about", "start"], errors.EnumerateObject().Select(p => p.Name));

        var booked = await http.PostAsJsonAsync("/api/v1/appointments", new
        {
            type = s.Type.Slug, mode = "in-person", place = s.Place.Id, start = FrontDoor.Features.Slots.SlotTimes.Value(start),
            full_name = "Ola Kowalska", phone = "07700 900 321", about = "Rent arrears", needs = new[] { "interpreter" }, interpreter_language = "Polish",
        });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var appointment = Json(await booked.Content.ReadAsStringAsync());
        var reference = appointment.GetProperty("reference").GetString()!;
        Assert.Equal(("booked", "in-person", s.Place.Name), (appointment.GetProperty("state").GetString(), appointment.GetProperty("mode").GetString(), appointment.GetProperty("place").GetString()));
        var hook = await receiver.WaitForAsync($"\"reference\":\"{reference}\"");
        Assert.Equal(EventTypes.AppointmentBooked, hook.Headers["FrontDoor-Event"]);
        Assert.True(WebhookSignature.Verify(secret, hook.Headers[WebhookSignature.Header], hook.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"/api/v1/appointments/{reference}/cancel", null)).StatusCode);
        var again = await http.PostAsync($"/api/v1/appointments/{reference}/cancel", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        await receiver.WaitForAsync("\"type\":\"appointment.cancelled\"");
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/v1/appointments/AAAA-AAAA")).StatusCode);
        Assert.Equal("cancelled", Json(await http.GetStringAsync($"/api/v1/appointments/{reference}")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task CallbacksAndSupport_NeedTheirScopes_AndCallbackRequestsRaiseTheirWebhook()
    {
        await using var receiver = new WebhookReceiver();
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.Callbacks, ApiScopes.ManageWebhooks]);
        var http = ApiTestClients.Http(app, key);
        await WebhookTests.SubscribeAsync(http, receiver.Url, EventTypes.CallbackRequested);
        var noScope = await http.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events = new[] { EventTypes.AppointmentBooked } });
        Assert.Contains(ApiScopes.Appointments, await noScope.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/v1/appointments/types")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/v1/support-tasks")).StatusCode);

        var window = Json(await http.GetStringAsync("/api/v1/callbacks/windows")).EnumerateArray().Last().GetProperty("start").GetDateTime().ToUniversalTime();
        var about = $"Council tax {Guid.NewGuid():N}";
        var requested = await http.PostAsJsonAsync("/api/v1/callbacks", new
            { full_name = "Cal Api", phone = "07700 900 654", about, window = FrontDoor.Features.Slots.SlotTimes.Value(window) });
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var hook = await receiver.WaitForAsync(about);
        Assert.Equal(EventTypes.CallbackRequested, hook.Headers["FrontDoor-Event"]);
        Assert.Equal("Customer Services", Json(hook.Body).GetProperty("callback").GetProperty("team").GetString());
        var waiting = Json(await http.GetStringAsync("/api/v1/callbacks?team=Customer%20Services")).EnumerateArray().Select(c => c.GetProperty("about").GetString());
        Assert.Contains(about, waiting);
        Assert.DoesNotContain(about, Json(await http.GetStringAsync("/api/v1/callbacks?team=Highways")).EnumerateArray().Select(c => c.GetProperty("about").GetString()));
        var bad = await http.PostAsJsonAsync("/api/v1/callbacks", new { full_name = "Cal Api", phone = "none", about, window = "2020-01-01T09:00Z" });
        Assert.Equal(["phone"], Json(await bad.Content.ReadAsStringAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var past = await http.PostAsJsonAsync("/api/v1/callbacks", new { full_name = "Cal Api", phone = "07700 900 654", about, window = "2020-01-06T09:00Z" });
        Assert.Equal("That time has passed. Choose a later time", Json(await past.Content.ReadAsStringAsync()).GetProperty("errors").GetProperty("window")[0].GetString());

        var (_, supportKey) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadSupport]);
        Assert.Equal(HttpStatusCode.OK, (await ApiTestClients.Http(app, supportKey).GetAsync("/api/v1/support-tasks")).StatusCode);
    }
}

public class BookingApiTestsOnSqlite(SqliteApp app) : BookingApiTests(app);
public class BookingApiTestsOnPostgres(PostgresApp app) : BookingApiTests(app);
