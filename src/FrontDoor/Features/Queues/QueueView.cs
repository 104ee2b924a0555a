namespace FrontDoor.Features.Queues;

/// <summary>The ready-made views of a team's work.</summary>
public enum QueueView { Unassigned, Mine, DueSoon, Overdue, OnHold, AllOpen, RecentlyResolved }

public static class QueueViews
{
    public static readonly (QueueView View, string Slug, string Text)[] All =
    [
        (QueueView.Unassigned, "unassigned", "Unassigned"),
        (QueueView.Mine, "mine", "Assigned to me"),
        (QueueView.DueSoon, "due-soon", "Due soon"),
        (QueueView.Overdue, "overdue", "Overdue"),
        (QueueView.OnHold, "on-hold", "On hold"),
        (QueueView.AllOpen, "open", "All open"),
        (QueueView.RecentlyResolved, "resolved", "Recently resolved"),
    ];

    public static QueueView Parse(string? slug) => All.FirstOrDefault(v => v.Slug == slug) is { Slug: not null } found ? found.View : QueueView.Unassigned;
    public static string Slug(QueueView view) => All.First(v => v.View == view).Slug;
}
