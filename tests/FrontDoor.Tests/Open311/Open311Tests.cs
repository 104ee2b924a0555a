using FrontDoor.Features.Catalogue;
using System.Net.Http.Json;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Events;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Tests.Open311;

/// <summary>GeoReport v2 as the specification describes it, in both formats, with mySociety's extensions.</summary>
public abstract class Open311Tests(TestApp app)
{
    readonly Open311Client open311 = new(app);

    (string, string)[] Report(Service service, string key, params (string, string)[] more) =>
    [
        ("api_key", key), ("service_code", service.Slug), ("lat", "53.75"), ("long", "-2.48"),
        ("first_name", "Fran"), ("last_name", "Fixer"), ("email", $"fran-{Guid.NewGuid():N}@example.com"), ("description", "A deep hole by the bus stop"),
        ("attribute[where_on_road]", "road"), ("attribute[depth]", "deep"), .. more,
    ];

    [Fact]
    public async Task Discovery_BothFormats_PointAtTheV2Endpoint()
    {
        var (status, xml) = await open311.GetXmlAsync("discovery.xml");
        Assert.Equal(200, status);
        var endpoint = xml.Element("endpoints")!.Element("endpoint")!;
        Assert.EndsWith("/open311/v2", endpoint.Element("url")!.Value);
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
        var (_, json) = await open311.GetJsonAsync("discovery.json");
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", json.GetProperty("endpoints")[0].GetProperty("specification").GetString());
    }

    [Fact]
    public async Task Services_BothFormats_ListTheCatalogueWithGroups()
    {
        var service = await TestData.ServiceAsync(app);
        // Other tests add and retire services as this one runs: the list holds every service taking requests both before
        // and after it was made, and nothing that took none at either time (drafts, links, long-retired services).
        async Task<HashSet<string>> TakingRequestsAsync()
        {
            await using var scope = app.Scope(out var db);
            return [.. await db.Services.TakingRequests().Select(s => s.Slug).ToListAsync()];
        }
        var before = await TakingRequestsAsync();
        var (_, xml) = await open311.GetXmlAsync("v2/services.xml");
        var (_, json) = await open311.GetJsonAsync("v2/services.json");
        var after = await TakingRequestsAsync();
        foreach (var listed in new[] { xml.Elements("service").Select(s => s.Element("service_code")!.Value).ToHashSet(),
            json.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()!).ToHashSet() })
        {
            Assert.Subset(listed, before.Intersect(after).ToHashSet());
            Assert.Subset(before.Union(after).ToHashSet(), listed);
        }
        var entry = xml.Elements("service").Single(s => s.Element("service_code")!.Value == service.Slug);
        Assert.Equal(service.Name, entry.Element("service_name")!.Value);
        Assert.Equal("true", entry.Element("metadata")!.Value);
        Assert.Equal("realtime", entry.Element("type")!.Value);
        Assert.Equal("Roads and pavements", entry.Element("group")!.Value);
        Assert.Equal("Roads and pavements", entry.Element("groups")!.Element("group")!.Value);
        Assert.Contains(json.EnumerateArray(), s => s.GetProperty("service_code").GetString() == service.Slug && s.GetProperty("metadata").GetBoolean());
    }

    [Fact]
    public async Task ServiceDefinition_FromTheFormDefinition_AttributesInOrderWithValues()
    {
        var noise = await TestData.ServiceAsync(app, s => s.Form = TestData.NoiseForm);
        var collection = await TestData.ServiceAskingAsync(app,
            new Question { Id = "items", Type = QuestionType.MultipleChoice, Label = "What do you need collected?", Options = [new("sofa", "Sofa"), new("fridge", "Fridge")] },
            new Question { Id = "item_count", Type = QuestionType.Number, Label = "How many items?", WholeNumber = true });
        var (status, xml) = await open311.GetXmlAsync($"v2/services/{noise.Slug}.xml");
        Assert.Equal(200, status);
        Assert.Equal(noise.Slug, xml.Element("service_code")!.Value);
        var attributes = xml.Element("attributes")!.Elements("attribute").ToList();
        // Location and description are core parameters, not attributes.
        Assert.Equal(["source", "when"], attributes.Select(a => a.Element("code")!.Value));
        Assert.Equal(["singlevaluelist", "multivaluelist"], attributes.Select(a => a.Element("datatype")!.Value));
        Assert.Equal(["1", "2"], attributes.Select(a => a.Element("order")!.Value));
        Assert.All(attributes, a => Assert.Equal("true", a.Element("required")!.Value));
        Assert.Equal(["day", "evening", "night"], attributes[1].Element("values")!.Elements("value").Select(v => v.Element("key")!.Value));
        var (_, json) = await open311.GetJsonAsync($"v2/services/{collection.Slug}.json");
        var types = json.GetProperty("attributes").EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("datatype").GetString());
        Assert.Equal("multivaluelist", types["items"]);
        Assert.Equal("number", types["item_count"]);
    }

    [Fact]
    public async Task UnknownServiceOrRequestOrJurisdictionOrFormat_404InTheSpecificationsFormat()
    {
        var (status, xml) = await open311.GetXmlAsync("v2/services/no-such-thing.xml");
        Assert.Equal(404, status);
        Assert.Contains("service_code no-such-thing not found", Open311Client.Errors(xml, 404));
        var (status2, json) = await open311.GetJsonAsync("v2/requests/ZZZZ-ZZZZ.json");
        Assert.Equal(404, status2);
        Assert.Single(Open311Client.Errors(json, 404));
        var (status3, wrong) = await open311.GetJsonAsync("v2/services.json?jurisdiction_id=elsewhere.gov.uk");
        Assert.Equal(404, status3);
        Assert.Contains("jurisdiction_id elsewhere.gov.uk not found", Open311Client.Errors(wrong, 404)[0]);
        var (status4, right) = await open311.GetJsonAsync("v2/services.json?jurisdiction_id=ashworth.example.gov.uk");
        Assert.Equal(200, status4);
        Assert.True(right.GetArrayLength() > 0);
        var (status5, format) = await open311.GetXmlAsync("v2/services.csv");
        Assert.Equal(404, status5);
        Assert.Single(Open311Client.Errors(format, 404));
    }

    [Fact]
    public async Task PostRequest_GoesThroughIntake_CaseKeepsClientAndFixMyStreetIdAndEventIsWritten()
    {
        var service = await TestData.ServiceAsync(app);
        var (clientId, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var (status, json, _) = await open311.PostJsonAsync("v2/requests.json",
            Report(service, key, ("attribute[fixmystreet_id]", "4242"), ("media_url", "https://fms.example.org/photo/4242.jpeg")));
        Assert.Equal(200, status);
        var reference = json[0].GetProperty("service_request_id").GetString()!;
        Assert.Contains("inspector", json[0].GetProperty("service_notice").GetString());

        await using var scope = app.Scope(out var db);
        var c = await db.Cases.Include(x => x.Customer).SingleAsync(x => x.Reference == reference);
        Assert.Equal(Channel.Api, c.Channel);
        Assert.Equal(clientId, c.ApiClientId);
        Assert.Equal("4242", c.ExternalId);
        Assert.Equal("https://fms.example.org/photo/4242.jpeg", c.MediaUrl);
        Assert.Equal(53.75, c.Latitude);
        Assert.Equal(["deep"], c.Answers["depth"]);
        Assert.Equal(["A deep hole by the bus stop"], c.Answers["description"]);
        Assert.Equal("Fran Fixer", c.Customer!.FullName);
        Assert.True(await db.Contacts.AnyAsync(x => x.CaseId == c.Id && x.Channel == Channel.Api));
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.CaseId == c.Id), "the acknowledgement is queued, as for every channel");
        Assert.Contains(await db.OutboxEvents.Where(e => e.Type == EventTypes.CaseCreated).OrderByDescending(e => e.Id).Take(20).Select(e => e.PayloadJson).ToListAsync(),
            p => p.Contains(reference));
        // The audit trail and timeline name the client rather than a member of staff.
        Assert.Contains("connected system", (await db.TimelineEvents.FirstAsync(t => t.CaseId == c.Id)).Text);
    }

    [Fact]
    public async Task PostRequest_OnlyAPointOnTheMap_TrackingPageAndQueueShowThePoint()
    {
        var team = $"Map points {Guid.NewGuid():N}";
        var service = await TestData.ServiceAsync(app, team: team);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var (_, json, _) = await open311.PostJsonAsync("v2/requests.json", Report(service, key));
        var reference = json[0].GetProperty("service_request_id").GetString()!;

        var links = (Features.Tracking.TrackingLinks)app.Services.GetService(typeof(Features.Tracking.TrackingLinks))!;
        var resident = new Browser(app.CreateClient());
        await resident.GetAsync($"/track/{reference}?token={links.Token(reference)}");
        Assert.Contains("Map point 53.75000, -2.48000", resident.Page.QuerySelector("main")!.TextContent);
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, Features.Staff.StaffRole.Officer, team));
        await officer.GetAsync($"/staff/queue?team={Uri.EscapeDataString(team)}");
        Assert.Contains("Map point 53.75000, -2.48000", officer.Page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task PostRequest_MultiValueAttributeAndUprn_Accepted()
    {
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var property = await TestData.PropertyAsync(app);
        var noise = await TestData.ServiceAsync(app, s => s.Form = TestData.NoiseForm);
        var (status, xml) = await open311.PostXmlAsync("v2/requests.xml",
            ("api_key", key), ("service_code", noise.Slug), ("attribute[uprn]", property.Uprn.ToString()), ("first_name", "Nia"), ("last_name", "Night"),
            ("description", "Loud music every night"), ("attribute[source]", "music"), ("attribute[when][]", "evening"), ("attribute[when][]", "night"));
        Assert.Equal(200, status);
        var reference = xml.Element("request")!.Element("service_request_id")!.Value;
        await using var scope = app.Scope(out var db);
        var c = await db.Cases.SingleAsync(x => x.Reference == reference);
        Assert.Equal(["evening", "night"], c.Answers["when"]);
        Assert.Equal(property.Uprn, c.Uprn);
    }

    [Fact]
    public async Task PostRequest_SameFixMyStreetIdAgain_AnswersWithTheSameCase()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var id = Guid.NewGuid().ToString("N");
        var (_, first, _) = await open311.PostJsonAsync("v2/requests.json", Report(service, key, ("attribute[fixmystreet_id]", id)));
        var (_, second, _) = await open311.PostJsonAsync("v2/requests.json", Report(service, key, ("attribute[fixmystreet_id]", id)));
        // The id is kept trimmed, so a copy with spaces round it is the same report.
        var (status, third, _) = await open311.PostJsonAsync("v2/requests.json", Report(service, key, ("attribute[fixmystreet_id]", $" {id} ")));
        Assert.Equal(200, status);
        Assert.Equal(first[0].GetProperty("service_request_id").GetString(), second[0].GetProperty("service_request_id").GetString());
        Assert.Equal(first[0].GetProperty("service_request_id").GetString(), third[0].GetProperty("service_request_id").GetString());
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.Cases.CountAsync(c => c.ExternalId == id));
    }

    [Fact]
    public async Task PostRequest_SameFixMyStreetIdAgain_IsNoErrorInTheLog()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var id = Guid.NewGuid().ToString("N");
        using (var log = LogCapture.Start(app))
        {
            for (var i = 0; i < 3; i++) await open311.PostJsonAsync("v2/requests.json", Report(service, key, ("attribute[fixmystreet_id]", id)));
            // A repeat is expected: the unique index turning it away is no error for whoever watches the log.
            // (PostgreSQL names the index; SQLite its columns.)
            Assert.DoesNotContain(log.Lines, e => e.Contains(Case.ExternalIds.Name) || e.Contains("Cases.ExternalId")
                || (e.Contains("Failed executing DbCommand") && e.Contains("INSERT INTO \"Cases\"")));
        }
    }

    [Fact]
    public async Task PostRequest_SameFixMyStreetIdSentAtOnce_OneCaseOneAcknowledgementEveryAnswerNamesIt()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var id = Guid.NewGuid().ToString("N");
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => open311.PostJsonAsync("v2/requests.json", Report(service, key, ("attribute[fixmystreet_id]", id)))));

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        var reference = Assert.Single(answers.Select(a => a.Json[0].GetProperty("service_request_id").GetString()).Distinct());
        await using var scope = app.Scope(out var db);
        var made = await db.Cases.Where(c => c.ExternalId == id).Select(c => new { c.Id, c.Reference }).SingleAsync();
        Assert.Equal(reference, made.Reference);
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.CaseId == made.Id));
    }

    [Fact]
    public async Task PostRequest_BadKeysAndBadInput_403And404And400WithAMessageEach()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, readOnly) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases]);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        int before;
        // This test's own service: other tests make cases at the same time.
        await using (app.Scope(out var db)) before = await db.Cases.CountAsync(c => c.ServiceId == service.Id);

        Assert.Equal(["api_key was not provided"], Open311Client.Errors((await open311.PostXmlAsync("v2/requests.xml", ("service_code", service.Slug))).Xml, 403));
        Assert.Equal(["api_key is not valid"], Open311Client.Errors((await open311.PostXmlAsync("v2/requests.xml", Report(service, "fd_not_a_key"))).Xml, 403));
        Assert.Contains("cases:write", Open311Client.Errors((await open311.PostJsonAsync("v2/requests.json", Report(service, readOnly))).Json, 403)[0]);
        var unknown = await open311.PostXmlAsync("v2/requests.xml", ("api_key", key), ("service_code", "unicorns"), ("lat", "53.7"), ("long", "-2.4"));
        Assert.Equal(404, unknown.Status);
        var (status, json, _) = await open311.PostJsonAsync("v2/requests.json",
            ("api_key", key), ("service_code", service.Slug), ("lat", "53.7"), ("long", "-2.4"), ("attribute[depth]", "bottomless"), ("email", "not-an-email"));
        Assert.Equal(400, status);
        var errors = Open311Client.Errors(json, 400);
        Assert.Contains("attribute[where_on_road]: Select where the pothole is", errors);
        Assert.Contains("attribute[depth]: Select how deep it is", errors);
        Assert.Contains("first_name and last_name: Enter your full name", errors);
        Assert.Contains(errors, e => e.StartsWith("email: Enter an email address"));
        var nowhere = await open311.PostXmlAsync("v2/requests.xml", ("api_key", key), ("service_code", service.Slug), ("first_name", "A"), ("last_name", "B"));
        Assert.Equal(["Give the location as lat and long, address_string or address_id"], Open311Client.Errors(nowhere.Xml, 400));
        var elsewhere = await open311.PostXmlAsync("v2/requests.xml", [.. Report(service, key), ("jurisdiction_id", "elsewhere.gov.uk")]);
        Assert.Equal(404, elsewhere.Status);
        // Longer than any system's id, and than a database index takes.
        var longId = await open311.PostXmlAsync("v2/requests.xml", Report(service, key, ("attribute[fixmystreet_id]", new string('7', 5000))));
        Assert.Equal(["attribute[fixmystreet_id]: Your system's id for the request must be 200 characters or less"], Open311Client.Errors(longId.Xml, 400));

        await using (app.Scope(out var db)) Assert.Equal(before, await db.Cases.CountAsync(c => c.ServiceId == service.Id));
    }

    [Fact]
    public async Task GetRequests_FiltersAndWindow_AndDescriptionOnlyWithAKey()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, writer) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var (_, reader) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases]);
        var made = new List<string>();
        for (var i = 0; i < 2; i++)
            made.Add((await open311.PostJsonAsync("v2/requests.json", Report(service, writer))).Json[0].GetProperty("service_request_id").GetString()!);

        var (_, byIds) = await open311.GetXmlAsync($"v2/requests.xml?service_request_id={made[0]},{made[1]}&service_code=ignored");
        Assert.Equal(made.Order(), byIds.Elements("request").Select(r => r.Element("service_request_id")!.Value).Order());
        // Without a key: no description and no location, which for some services is a person's home.
        Assert.All(byIds.Elements("request"), r => Assert.Equal("", r.Element("description")!.Value + r.Element("lat")!.Value + r.Element("address")!.Value));
        Assert.All(byIds.Elements("request"), r => Assert.Equal("open", r.Element("status")!.Value));

        var (_, withKey) = await open311.GetJsonAsync($"v2/requests/{made[0]}.json?api_key={reader}");
        Assert.Equal("A deep hole by the bus stop", withKey[0].GetProperty("description").GetString());
        Assert.Equal("Highways", withKey[0].GetProperty("agency_responsible").GetString());
        Assert.Equal(53.75, withKey[0].GetProperty("lat").GetDouble());

        var start = Uri.EscapeDataString(DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        var (_, recent) = await open311.GetJsonAsync($"v2/requests.json?service_code={service.Slug}&status=open&start_date={start}");
        Assert.Contains(recent.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == made[1]);
        var (_, closed) = await open311.GetJsonAsync($"v2/requests.json?service_code={service.Slug}&status=closed&start_date={start}");
        Assert.DoesNotContain(closed.EnumerateArray(), r => made.Contains(r.GetProperty("service_request_id").GetString()!));

        var tooLong = await open311.GetXmlAsync("v2/requests.xml?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z");
        Assert.Equal(400, tooLong.Status);
        Assert.Contains("90 days", Open311Client.Errors(tooLong.Xml, 400)[0]);
        var noZone = await open311.GetJsonAsync("v2/requests.json?start_date=2026-11-01T00:00:00");
        Assert.Equal(400, noZone.Status);
        Assert.Contains("time zone", Open311Client.Errors(noZone.Json, 400)[0]);
        var badStatus = await open311.GetJsonAsync("v2/requests.json?status=sleeping");
        Assert.Equal(400, badStatus.Status);

        var (_, token) = await open311.GetXmlAsync($"v2/tokens/{made[0]}.xml");
        Assert.Equal(made[0], token.Element("request")!.Element("service_request_id")!.Value);
    }

    [Fact]
    public async Task ServiceRequestUpdates_PostFromFrontEnd_OnTimelineMovesStatusAndRejectsARepeat()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases, ApiScopes.ReadCases]);
        var reference = (await open311.PostJsonAsync("v2/requests.json", Report(service, key))).Json[0].GetProperty("service_request_id").GetString()!;
        var updateId = Guid.NewGuid().ToString("N");
        (string, string)[] update =
        [
            ("api_key", key), ("service_request_id", reference), ("update_id", updateId), ("status", "FIXED"),
            ("updated_datetime", "2026-11-22T10:00:00+00:00"), ("description", "Filled in this morning"), ("first_name", "Ola"), ("last_name", "Reporter"),
        ];
        var (status, xml) = await open311.PostXmlAsync("v2/servicerequestupdates.xml", update);
        Assert.Equal(200, status);
        var ourId = long.Parse(xml.Element("request_update")!.Element("update_id")!.Value);

        await using (app.Scope(out var db))
        {
            var c = await db.Cases.SingleAsync(x => x.Reference == reference);
            Assert.Equal(CaseStatus.Fixed, c.Status);
            Assert.NotNull(c.ResolvedAt);
            var posted = await db.TimelineEvents.SingleAsync(t => t.Id == ourId);
            Assert.True(posted.IsPublic);
            Assert.Equal("Filled in this morning", posted.Text);
            Assert.StartsWith("Ola Reporter via ", posted.Actor);
            Assert.True(await db.OutboxEvents.Where(e => e.Type == EventTypes.CaseResolved).OrderByDescending(e => e.Id).Take(20).AnyAsync(e => e.PayloadJson.Contains(reference)));
        }

        var repeat = await open311.PostXmlAsync("v2/servicerequestupdates.xml", update);
        Assert.Equal(400, repeat.Status);
        Assert.Equal([$"update_id {updateId} has already been received"], Open311Client.Errors(repeat.Xml, 400));
        var badStatus = await open311.PostJsonAsync("v2/servicerequestupdates.json", [.. update.Where(f => f.Item1 is not ("status" or "update_id")), ("status", "ASLEEP"), ("update_id", "x" + updateId)]);
        Assert.Equal(400, badStatus.Status);
        var missing = await open311.PostJsonAsync("v2/servicerequestupdates.json", ("api_key", key), ("service_request_id", reference));
        Assert.Equal(3, Open311Client.Errors(missing.Json, 400).Count);
        var unknown = await open311.PostJsonAsync("v2/servicerequestupdates.json", [.. update.Where(f => f.Item1 is not ("service_request_id" or "update_id")), ("service_request_id", "ZZZZ-ZZZZ"), ("update_id", "y" + updateId)]);
        Assert.Equal(404, unknown.Status);

        // "OPEN" on a closed case: the reporter says it is not fixed, so it reopens.
        var reopen = await open311.PostXmlAsync("v2/servicerequestupdates.xml",
            [.. update.Where(f => f.Item1 is not ("status" or "update_id")), ("status", "OPEN"), ("update_id", "z" + updateId)]);
        Assert.Equal(200, reopen.Status);
        await using (app.Scope(out var db)) Assert.Equal(CaseStatus.Reopened, (await db.Cases.SingleAsync(x => x.Reference == reference)).Status);
    }

    [Fact]
    public async Task ServiceRequestUpdates_Get_StaffUpdatesInLowerCaseWithoutTheClientsOwn_AndNeedsAKey()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, fms) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases, ApiScopes.ReadCases]);
        var (_, backOffice) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var reference = (await open311.PostJsonAsync("v2/requests.json", Report(service, fms))).Json[0].GetProperty("service_request_id").GetString()!;
        // The back office schedules the repair through the REST API; the front end comments through Open311.
        var api = ApiTestClients.Http(app, backOffice);
        var moved = await api.PostAsJsonAsync($"/api/v1/cases/{reference}/status", new { status = "action_scheduled", message = "A repair crew is booked for Tuesday" });
        Assert.Equal(System.Net.HttpStatusCode.OK, moved.StatusCode);
        await open311.PostXmlAsync("v2/servicerequestupdates.xml", ("api_key", fms), ("service_request_id", reference), ("update_id", Guid.NewGuid().ToString("N")),
            ("status", "OPEN"), ("updated_datetime", "2026-11-22T10:00:00Z"), ("description", "Still there"));

        var (status, xml) = await open311.GetXmlAsync($"v2/servicerequestupdates.xml?api_key={fms}");
        Assert.Equal(200, status);
        var ours = xml.Elements("request_update").Where(u => u.Element("service_request_id")!.Value == reference).ToList();
        Assert.Contains(ours, u => u.Element("status")!.Value == "action_scheduled" && u.Element("description")!.Value == "A repair crew is booked for Tuesday");
        Assert.All(ours, u => Assert.Equal("action_scheduled", u.Element("external_status_code")!.Value));
        Assert.DoesNotContain(ours, u => u.Element("description")!.Value == "Still there");

        var anonymous = await open311.GetJsonAsync("v2/servicerequestupdates.json");
        Assert.Equal(403, anonymous.Status);
    }

    [Fact]
    public async Task GetRequest_ClosedWithAMessage_StaffWordsOnlyWithAKey()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases, ApiScopes.ReadCases]);
        var reference = (await open311.PostJsonAsync("v2/requests.json", Report(service, key))).Json[0].GetProperty("service_request_id").GetString()!;
        var closed = await ApiTestClients.Http(app, key).PostAsJsonAsync($"/api/v1/cases/{reference}/status", new { status = "no_further_action", message = "Referred to the tenancy team about the resident's flat" });
        Assert.Equal(System.Net.HttpStatusCode.OK, closed.StatusCode);

        var (_, anonymous) = await open311.GetXmlAsync($"v2/requests/{reference}.xml");
        Assert.Equal("", anonymous.Element("request")!.Element("status_notes")!.Value);
        Assert.Equal("closed", anonymous.Element("request")!.Element("status")!.Value);
        var (_, keyed) = await open311.GetXmlAsync($"v2/requests/{reference}.xml?api_key={key}");
        Assert.Equal("Referred to the tenancy team about the resident's flat", keyed.Element("request")!.Element("status_notes")!.Value);
    }

    [Fact]
    public async Task PostRequest_OverTheClientsAllowance_429WithRetryAfter()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases], perMinute: 2);
        for (var i = 0; i < 2; i++) Assert.Equal(200, (await open311.PostJsonAsync("v2/requests.json", Report(service, key))).Status);
        var (status, json, response) = await open311.PostJsonAsync("v2/requests.json", Report(service, key));
        Assert.Equal(429, status);
        Assert.Single(Open311Client.Errors(json, 429));
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
    }
}

public class Open311TestsOnSqlite(SqliteApp app) : Open311Tests(app);
public class Open311TestsOnPostgres(PostgresApp app) : Open311Tests(app);
