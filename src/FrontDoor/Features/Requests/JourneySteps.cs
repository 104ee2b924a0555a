using FrontDoor.Features.Catalogue;

namespace FrontDoor.Features.Requests;

/// <summary>The pages of a service's form, in order: one per question, then contact details and check answers.</summary>
public static class JourneySteps
{
    public static string Start(Service s) => CatalogueLinks.Start(s);

    public static string For(Service s, Question q) => q.Type switch
    {
        QuestionType.Location => $"/services/{s.Slug}/location",
        QuestionType.Photo or QuestionType.Document => $"/services/{s.Slug}/upload",
        _ => $"/services/{s.Slug}/questions/{q.Id}",
    };

    public static string Contact(Service s) => $"/services/{s.Slug}/contact";
    public static string Check(Service s) => $"/services/{s.Slug}/check";
    public static string Confirmation(Service s) => $"/services/{s.Slug}/confirmation";

    /// <summary>A question's page reached from check answers: it returns there when done.</summary>
    public static string Change(Service s, Question q) => For(s, q) + "?change=true";
    public static string ChangeContact(Service s) => Contact(s) + "?change=true";

    public static string First(Service s) => s.Form.Questions.Count > 0 ? For(s, s.Form.Questions[0]) : Contact(s);

    /// <summary>
    /// Where to go after answering <paramref name="q"/> (null for contact details): the next question the answers lead to.
    /// Changing an answer from check answers goes back there, unless the new answer opens a question not yet answered.
    /// </summary>
    public static string After(Service s, Question? q, bool changing, IReadOnlyDictionary<string, List<string>> answers)
    {
        if (q is null) return Check(s);
        var asked = s.Form.Asked(answers);
        var next = asked.SkipWhile(a => a.Id != q.Id).Skip(1).ToList();
        if (changing)
            return next.FirstOrDefault(a => a.ShowIf?.QuestionId == q.Id && !answers.ContainsKey(a.Id)) is { } opened ? For(s, opened) + "?change=true" : Check(s);
        return next.Count > 0 ? For(s, next[0]) : Contact(s);
    }

    /// <summary>The back link for the page of <paramref name="q"/> (null for contact details): the question asked before it.</summary>
    public static string Before(Service s, Question? q, bool changing, IReadOnlyDictionary<string, List<string>> answers)
    {
        if (changing) return Check(s);
        var asked = s.Form.Asked(answers);
        var earlier = q is null ? asked : asked.TakeWhile(a => a.Id != q.Id).ToList();
        return earlier.Count > 0 ? For(s, earlier[^1]) : Start(s);
    }
}
