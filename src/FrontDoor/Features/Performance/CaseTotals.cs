using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;

namespace FrontDoor.Features.Performance;

/// <summary>Rows of case figures added up: what every case measure is worked out from.</summary>
public sealed record CaseTotals(long Received, long Online, long Resolved, long WithinStandard, long FirstContact, long Reopened, long Transfers,
    long Answers, long Score, long Satisfied)
{
    /// <summary>
    /// The channels that count as online, for channel shift: the council's own forms and the connected systems residents
    /// use instead of them, such as FixMyStreet.
    /// </summary>
    public static readonly Channel[] OnlineChannels = [Channel.Web, Channel.Api];

    public static CaseTotals Of(IEnumerable<CaseFigures> rows)
    {
        long received = 0, online = 0, resolved = 0, within = 0, first = 0, reopened = 0, transfers = 0, answers = 0, score = 0, satisfied = 0;
        foreach (var r in rows)
        {
            received += r.Received;
            if (OnlineChannels.Contains(r.Channel)) online += r.Received;
            resolved += r.Resolved;
            within += r.ResolvedWithinStandard;
            first += r.ResolvedAtFirstContact;
            reopened += r.Reopened;
            transfers += r.Transfers;
            answers += r.SatisfactionAnswers;
            score += r.SatisfactionScore;
            satisfied += r.Satisfied;
        }
        return new(received, online, resolved, within, first, reopened, transfers, answers, score, satisfied);
    }

    public static readonly CaseTotals None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static CaseTotals Sum(IEnumerable<CaseTotals> all) => all.Aggregate(None, (a, b) => new(a.Received + b.Received, a.Online + b.Online,
        a.Resolved + b.Resolved, a.WithinStandard + b.WithinStandard, a.FirstContact + b.FirstContact, a.Reopened + b.Reopened,
        a.Transfers + b.Transfers, a.Answers + b.Answers, a.Score + b.Score, a.Satisfied + b.Satisfied));

    public Figure ShareOnline => Figure.Share(Online, Received);
    public Figure WithinStandardShare => Figure.Share(WithinStandard, Resolved);
    public Figure FirstContactShare => Figure.Share(FirstContact, Received);
    public Figure AverageSatisfaction => Figure.Average(Score, Answers);
    public Figure SatisfiedShare => Figure.Share(Satisfied, Answers);
}

public sealed record ContactTotals(long All, long NewRequests, long Chasing)
{
    public static ContactTotals Of(IEnumerable<ContactFigures> rows)
    {
        long all = 0, requests = 0, chasing = 0;
        foreach (var r in rows)
        {
            all += r.Contacts;
            if (r.Purpose == ContactPurpose.NewRequest) requests += r.Contacts;
            if (r.Purpose == ContactPurpose.ProgressChasing) chasing += r.Contacts;
        }
        return new(all, requests, chasing);
    }
}
