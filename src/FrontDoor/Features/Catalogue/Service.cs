using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue;

public class Service
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Summary { get; set; }
    public string Description { get; set; } = "";
    public required string Category { get; set; }
    public long TeamId { get; set; }
    public Teams.Team Team { get; set; } = null!;
    public string Keywords { get; set; } = "";
    public int? LgslCode { get; set; }
    /// <summary>Service standard in working days; ignored when <see cref="StandardHours"/> is set.</summary>
    public int StandardDays { get; set; } = 10;
    /// <summary>For urgent services the standard is counted in hours, around the clock.</summary>
    public int? StandardHours { get; set; }
    public string WhatHappensNext { get; set; } = "";
    public string FormJson { get; set; } = "{}";

    public char AzLetter => char.ToUpperInvariant(Name[0]);

    public string StandardDescription => DescribeStandard(StandardDays, StandardHours);

    public static string DescribeStandard(int days, int? hours = null) => hours is int h
        ? $"{h} hours"
        : days == 1 ? "1 working day" : $"{days} working days";

    FormDefinition? form;
    public FormDefinition Form
    {
        get => form ??= JsonSerializer.Deserialize<FormDefinition>(FormJson, FormDefinition.Json) ?? new();
        set { form = value; FormJson = JsonSerializer.Serialize(value, FormDefinition.Json); }
    }
}

sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> e)
    {
        e.HasIndex(s => s.Slug).IsUnique();
        e.Ignore(s => s.Form);
        e.HasOne(s => s.Team).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
