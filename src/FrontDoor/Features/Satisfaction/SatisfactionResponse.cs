using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Satisfaction;

/// <summary>
/// The customer's answer to the one satisfaction question about a resolved case: one a case, which they may change,
/// kept with the channel it came by so the figures can be split by it.
/// </summary>
public class SatisfactionResponse
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    /// <summary>1 (very dissatisfied) to 5 (very satisfied).</summary>
    public int Score { get; set; }
    public string? Comment { get; set; }
    public Cases.Channel Channel { get; set; }
    public DateTime AnsweredAt { get; set; }
}

sealed class SatisfactionResponseConfiguration : IEntityTypeConfiguration<SatisfactionResponse>
{
    public void Configure(EntityTypeBuilder<SatisfactionResponse> e)
    {
        e.HasIndex(r => r.CaseId).IsUnique();
        e.HasIndex(r => r.AnsweredAt);
        e.HasOne<Cases.Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class SatisfactionScale
{
    public const string Question = "Overall, how satisfied are you with how we dealt with your request?";
    public const int MaxCommentLength = 1000;

    public static readonly IReadOnlyList<(int Score, string Text)> Answers =
        [(5, "Very satisfied"), (4, "Satisfied"), (3, "Neither satisfied nor dissatisfied"), (2, "Dissatisfied"), (1, "Very dissatisfied")];
}
