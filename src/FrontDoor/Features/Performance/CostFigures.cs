using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>
/// What the period's contacts cost and emitted, by channel, against a baseline period; and the print and post saved by
/// sending messages by email and text instead of letters. Contacts times the council's <see cref="ChannelRates"/>.
/// </summary>
public sealed class CostFigures(FrontDoorDb db)
{
    public async Task<List<FigureTable>> BuildAsync(FigureReads reads, Period baseline, CaseTotals requests, long paperless, CancellationToken ct)
    {
        var filter = reads.Filter;
        var rates = await ChannelRates.AllAsync(db, ct);
        var contacts = ByChannel(await reads.ContactsAsync(filter.Period, ct));
        var earlier = ByChannel(await reads.ContactsAsync(baseline, ct));
        var baselineRequests = CaseTotals.Of(await reads.CasesAsync(baseline, ct));
        var messages = await db.MessageRows(filter.Period).GroupBy(r => r.Kind).Select(g => new { Kind = g.Key, Sent = g.Sum(r => r.Sent) })
            .ToDictionaryAsync(g => g.Kind, g => (long)g.Sent, ct);

        decimal Cost(Dictionary<Channel, long> counts) => counts.Sum(c => c.Value * rates[ChannelRates.For(c.Key)].CostPounds);
        decimal Carbon(Dictionary<Channel, long> counts) => counts.Sum(c => c.Value * rates[ChannelRates.For(c.Key)].CarbonKg);
        var (cost, carbon, baseCost, baseCarbon) = (Cost(contacts), Carbon(contacts), Cost(earlier), Carbon(earlier));
        var perRequest = PerRequest(cost, requests.Received);
        var basePerRequest = PerRequest(baseCost, baselineRequests.Received);
        var carbonPerRequest = PerRequest(carbon, requests.Received);
        var baseCarbonPerRequest = PerRequest(baseCarbon, baselineRequests.Received);
        var digital = messages.GetValueOrDefault(MessageKind.Email) + messages.GetValueOrDefault(MessageKind.Sms);
        var letter = rates[RatedItem.LetterSent];

        return
        [
            new(DashboardTable.Cost.Slug(), "Cost and carbon by channel", "Every contact on each channel, times what the council says a contact on it costs and emits (Council set-up, cost and carbon of each channel).",
                ["Channel", "Contacts", "Cost", "Carbon"],
                [.. contacts.OrderBy(c => c.Key).Select(c => Row(Channels.Label(c.Key), Figure.Count(c.Value),
                        Pounds(c.Value * rates[ChannelRates.For(c.Key)].CostPounds), Kilograms(c.Value * rates[ChannelRates.For(c.Key)].CarbonKg))),
                    Row("All channels", Figure.Count(contacts.Values.Sum()), Pounds(cost), Kilograms(carbon))],
                ChartColumn: 1),
            new(DashboardTable.Savings.Slug(), "Saving against a baseline", $"The cost and carbon of contacts for each request received, against {baseline.Text}. The saving is what this period's requests would have cost at the baseline's cost per request, less what they did cost.",
                ["Measure", filter.Period.Text, baseline.Text],
            [
                Row("Requests received", Figure.Count(requests.Received), Figure.Count(baselineRequests.Received)),
                Row("Made online", requests.ShareOnline, baselineRequests.ShareOnline),
                Row("Cost of contacts for each request", Pounds(perRequest), Pounds(basePerRequest)),
                Row("Carbon of contacts for each request", Kilograms(carbonPerRequest), Kilograms(baseCarbonPerRequest)),
                Row("Saved against the baseline", Pounds(Saving(basePerRequest, perRequest, requests.Received)), new(null, FigureFormat.Pounds)),
                Row("Carbon saved against the baseline", Kilograms(Saving(baseCarbonPerRequest, carbonPerRequest, requests.Received)), new(null, FigureFormat.Kilograms)),
            ]),
            new(DashboardTable.PrintAndPost.Slug(), "Print and post", $"Messages to customers sent by email and text message instead of by letter, and what posting them would have cost at {letter.CostPounds:£0.00} and {letter.CarbonKg:0.000}kg a letter. For the whole council: messages are not counted by service, team, ward or channel.",
                ["Measure", filter.Period.Text],
            [
                Row("Letters posted", Figure.Count(messages.GetValueOrDefault(MessageKind.Letter))),
                Row("Emails and text messages sent instead", Figure.Count(digital)),
                Row("Print and post avoided", Pounds(digital * letter.CostPounds)),
                Row("Carbon avoided", Kilograms(digital * letter.CarbonKg)),
                Row("Customers who asked for no paper (now)", Figure.Count(paperless)),
            ]),
        ];
    }

    static Dictionary<Channel, long> ByChannel(IEnumerable<ContactFigures> rows) =>
        rows.GroupBy(r => r.Channel).ToDictionary(g => g.Key, g => g.Sum(r => (long)r.Contacts));

    static decimal? PerRequest(decimal total, long requests) => requests == 0 ? null : total / requests;

    static decimal? Saving(decimal? baseline, decimal? now, long requests) => baseline is decimal b && now is decimal n ? (b - n) * requests : null;

    static Figure Pounds(decimal? value) => new((double?)value, FigureFormat.Pounds);
    static Figure Kilograms(decimal? value) => new((double?)value, FigureFormat.Kilograms);
    static FigureRow Row(string label, params Figure[] values) => new(label, values);
}
