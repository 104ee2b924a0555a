using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Gazetteer;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>
/// Builders for what a test needs (a service with a form, a property, a customer, a case), each made fresh with names of
/// its own, so a test states what it stands on and none leans on the demo council's catalogue or gazetteer. Staff come
/// from <see cref="StaffAccounts"/>.
/// </summary>
public static class TestData
{
    static int made;
    static int Next() => Interlocked.Increment(ref made);

    /// <summary>
    /// A street problem report shaped like a council's pothole form: two choices, where it is (near an address), an
    /// optional photo and a description. Tests that need other questions pass <paramref name="shape"/>.
    /// </summary>
    public static async Task<Service> ServiceAsync(TestApp app, Action<Service>? shape = null, string team = "Highways")
    {
        var n = Next();
        var service = new Service
        {
            Slug = $"test-report-{n}", Name = $"Report a street problem {n}", Summary = "Report a hole or damage in a road or pavement.",
            Category = "Roads and pavements", TeamId = (await TeamAsync(app, team)).Id, StandardDays = 5,
            WhatHappensNext = "An inspector will look at the problem and arrange a repair.", Form = StreetProblemForm,
        };
        shape?.Invoke(service);
        await using var scope = app.Scope(out var db);
        db.Services.Add(service);
        await db.SaveChangesAsync();
        return service;
    }

    /// <summary>
    /// The team of this name, made the first time a test asks for it. Tests share teams by name ("Highways"), as staff
    /// of one council do, and may ask at the same moment: the loser of that race reads the winner's.
    /// </summary>
    public static async Task<Team> TeamAsync(TestApp app, string name)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var scope = app.Scope(out var db);
            if (await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name) is { } found) return found;
            var team = new Team { Name = name, CreatedAt = DateTime.UtcNow };
            db.Teams.Add(team);
            try
            {
                await db.SaveChangesAsync();
                return team;
            }
            catch (DbUpdateException) when (attempt < 3) { }
        }
    }

    /// <summary>A service that asks just these questions.</summary>
    public static Task<Service> ServiceAskingAsync(TestApp app, params Question[] questions) =>
        ServiceAsync(app, s => s.Form = new() { Questions = [.. questions] });

    public static Question CollectionDate => new()
    {
        Id = "collection_date", Type = QuestionType.Date, Label = "When should it have been collected?", Name = "the collection date",
        DateRule = DateRule.PastOrToday, Hint = "For example, 27 3 2026",
    };

    public static FormDefinition StreetProblemForm => new()
    {
        Questions =
        [
            new() { Id = "where_on_road", Type = QuestionType.SingleChoice, Label = "Where is the pothole?", Name = "where the pothole is",
                Options = [new("road", "In the road"), new("cycle_lane", "In a cycle lane"), new("pavement", "On the pavement")] },
            new() { Id = "depth", Type = QuestionType.SingleChoice, Label = "How deep is it?", Name = "how deep it is",
                Options = [new("shallow", "Less than 4cm"), new("deep", "4cm or deeper"), new("unsure", "I'm not sure")] },
            new() { Id = "location", Type = QuestionType.Location, Label = "Where is the problem?", NearestAddress = true },
            new() { Id = "photo", Type = QuestionType.Photo, Label = "Add a photo", Required = false,
                Hint = "A photo helps us find and fix the problem." },
            new() { Id = "description", Type = QuestionType.Textarea, Label = "Describe the problem", Name = "a description of the problem", MaxLength = 1000 },
        ],
    };

    /// <summary>A report about a place (an address, not near one) with a multiple choice: a council's noise form.</summary>
    public static FormDefinition NoiseForm => new()
    {
        Questions =
        [
            new() { Id = "source", Type = QuestionType.SingleChoice, Label = "What is causing the noise?", Name = "what is causing the noise",
                Options = [new("music", "Music or parties"), new("dog", "A barking dog"), new("other", "Something else")] },
            new() { Id = "when", Type = QuestionType.MultipleChoice, Label = "When does it happen?", Name = "when the noise happens",
                Options = [new("day", "During the day"), new("evening", "In the evening"), new("night", "At night (11pm to 7am)")] },
            new() { Id = "location", Type = QuestionType.Location, Label = "Where is the noise coming from?" },
            new() { Id = "description", Type = QuestionType.Textarea, Label = "Describe the noise and how it affects you", Name = "a description of the noise" },
        ],
    };

    /// <summary>The answers <see cref="StreetProblemForm"/> needs, as a resident's form would send them.</summary>
    public static Dictionary<string, List<string>> StreetProblemAnswers(string description = "Deep hole by the kerb") =>
        new() { ["where_on_road"] = ["road"], ["depth"] = ["deep"], ["description"] = [description] };

    /// <summary>An address in a postcode of its own (so a postcode search finds just this one), in the council's area.</summary>
    public static async Task<Property> PropertyAsync(TestApp app, string ward = "Test Ward", string street = "Testing Street")
    {
        var n = Next();
        var property = new Property
        {
            Uprn = 990_000_000_000 + n, AddressLine1 = $"{n} {street}", Street = street, Town = "Ashworth",
            Postcode = Postcode(n), PostcodeKey = "", Ward = ward, Latitude = 53.75 + n % 100 * 0.0001, Longitude = -2.48,
        };
        property.ApplySearchKeys();
        await using var scope = app.Scope(out var db);
        db.Properties.Add(property);
        await db.SaveChangesAsync();
        return property;
    }

    /// <summary>A valid UK-shaped postcode in the unused ZZ area, different for every n below 676,000.</summary>
    static string Postcode(int n) => $"ZZ{n / 6760 % 100} {n / 676 % 10}{(char)('A' + n / 26 % 26)}{(char)('A' + n % 26)}";

    /// <summary>A customer known to the council; with <paramref name="account"/> they have an online account on a verified email.</summary>
    public static async Task<Customer> CustomerAsync(TestApp app, string? email = null, string fullName = "Riley Resident", bool account = false)
    {
        email ??= Residents.NewEmail();
        var now = DateTime.UtcNow;
        var customer = CustomerMatching.New(new(fullName, email, null, null, null), now);
        if (account)
        {
            customer.AccountCreatedAt = now;
            foreach (var point in customer.ContactPoints) point.VerifiedAt = now;
        }
        await using var scope = app.Scope(out var db);
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer;
    }

    /// <summary>A case made through the real intake, as the resident's form would, without walking every page.</summary>
    public static async Task<Case> CaseAsync(TestApp app, Service? service = null, string? email = null, Channel channel = Channel.Web,
        Property? property = null, string fullName = "Pat Pothole", long? signedInCustomerId = null)
    {
        service ??= await ServiceAsync(app);
        property ??= await PropertyAsync(app);
        await using var scope = app.Scope(out _);
        var result = await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(new IntakeRequest(
            service, StreetProblemAnswers(), new LocationInput(property.Uprn), null,
            new ContactInput(fullName, email ?? $"pat-{Guid.NewGuid():N}@example.com", null, CustomerId: signedInCustomerId), channel, "http://localhost"), default);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Case!;
    }
}
