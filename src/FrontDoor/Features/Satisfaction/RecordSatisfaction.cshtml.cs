using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Satisfaction;

/// <summary>An agent asks the satisfaction question at the end of a call about a resolved case, and records the answer.</summary>
public class RecordSatisfactionModel(FrontDoorDb db, SatisfactionAnswers answers) : StaffCasePage(db)
{
    [BindProperty] public string? Score { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Channel { get; set; }
    public SatisfactionResponse? Given { get; private set; }

    protected override bool Allowed(StaffUser staff, Case c) => staff.CanAnnotate(c);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Case.ResolvedAt is null) return NotFound();
        Given = await answers.FindAsync(Case.Id, ct);
        (Score, Comment, Channel) = (Given?.Score.ToString(), Given?.Comment, nameof(Cases.Channel.Phone));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Case.ResolvedAt is null) return NotFound();
        var (score, errors) = SatisfactionAnswers.Check(Score, Comment, byAgent: true);
        foreach (var (field, error) in errors) ModelState.AddModelError(field, error);
        if (!Enum.TryParse<Channel>(Channel, out var channel) || !Channels.Assisted.Contains(channel)) ModelState.AddModelError("channel", "Choose how the customer answered");
        if (!ModelState.IsValid)
        {
            Given = await answers.FindAsync(Case.Id, ct);
            return Page();
        }
        await answers.SaveAsync(Case, score!.Value, Comment, channel, Actor, ct);
        return Done("Satisfaction answer recorded");
    }
}
