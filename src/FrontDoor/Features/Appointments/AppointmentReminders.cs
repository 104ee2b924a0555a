using System.ComponentModel.DataAnnotations;
using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Messages;
using FrontDoor.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Appointments;

public class AppointmentOptions
{
    public bool RemindersEnabled { get; set; } = true;
    [Range(0.01, 60)] public double ReminderPollMinutes { get; set; } = 5;
    /// <summary>UK time on the day before when that day's reminders go.</summary>
    public TimeOnly DayBeforeReminderAt { get; set; } = new(10, 0);
    /// <summary>UK time on the day itself when the morning reminders go.</summary>
    public TimeOnly MorningReminderAt { get; set; } = new(7, 30);
    [Range(1, 100_000)] public int RequestsPerMinute { get; set; } = 20;
}

public enum ReminderKind { DayBefore, Morning }

/// <summary>
/// Reminds each customer of their appointment the day before and on the morning, by the way they prefer. Each reminder
/// is claimed in the database in the same transaction that puts it in the outbox, so however many nodes run this, it
/// goes once; an appointment booked after a reminder's time (a confirmation just sent) does not get that reminder.
/// </summary>
public sealed class AppointmentReminders(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AppointmentOptions> options,
    ILogger<AppointmentReminders> log) : BackgroundService
{
    const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RemindersEnabled) return;
        await Shared.JobLoop.RunAsync("Appointment reminders", TimeSpan.FromMinutes(options.Value.ReminderPollMinutes), clock, log,
            async ct => await RunOnceAsync(ct) >= Batch, stoppingToken);
    }

    /// <summary>Sends the reminders due now; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct) =>
        await SendAsync(ReminderKind.DayBefore, ct) + await SendAsync(ReminderKind.Morning, ct);

    async Task<int> SendAsync(ReminderKind kind, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = UkDates.DayOf(now);
        var sendFrom = UkDates.At(today, kind == ReminderKind.DayBefore ? options.Value.DayBeforeReminderAt : options.Value.MorningReminderAt);
        if (now < sendFrom) return 0;
        var day = kind == ReminderKind.DayBefore ? today.AddDays(1) : today;
        var (from, to) = (kind == ReminderKind.DayBefore ? UkDates.StartOf(day) : now, UkDates.StartOf(day.AddDays(1)));

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var booking = scope.ServiceProvider.GetRequiredService<AppointmentBooking>();
        var messages = scope.ServiceProvider.GetRequiredService<BookingMessages>();
        var due = await Unsent(db.Appointments, kind).Include(a => a.Customer)
            .Where(a => a.State == AppointmentState.Booked && a.Start >= from && a.Start < to && a.CreatedAt < sendFrom)
            .OrderBy(a => a.Start).Take(Batch).ToListAsync(ct);
        var sent = 0;
        foreach (var appointment in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Another node may have sent it since we looked: whoever marks it sends it.
            if (await Claim(Unsent(db.Appointments, kind).Where(a => a.Id == appointment.Id), kind, now, ct) == 0) continue;
            var values = booking.Values(messages.Values(appointment.Customer), appointment, await booking.ChoiceOfAsync(appointment, ct));
            values["day"] = kind == ReminderKind.DayBefore ? "tomorrow" : "today";
            if (await messages.ComposeAsync(MessageKey.AppointmentReminder, appointment.Customer, appointment.Email, appointment.Phone, values, now, ct) is { } message)
                db.OutboxMessages.Add(message);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            sent++;
        }
        return sent;
    }

    static IQueryable<Appointment> Unsent(IQueryable<Appointment> appointments, ReminderKind kind) => kind == ReminderKind.DayBefore
        ? appointments.Where(a => a.DayBeforeReminderAt == null)
        : appointments.Where(a => a.MorningReminderAt == null);

    static Task<int> Claim(IQueryable<Appointment> appointment, ReminderKind kind, DateTime now, CancellationToken ct) => kind == ReminderKind.DayBefore
        ? appointment.ExecuteUpdateAsync(s => s.SetProperty(a => a.DayBeforeReminderAt, now), ct)
        : appointment.ExecuteUpdateAsync(s => s.SetProperty(a => a.MorningReminderAt, now), ct);
}
