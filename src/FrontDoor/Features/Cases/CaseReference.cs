using System.Security.Cryptography;

namespace FrontDoor.Features.Cases;

/// <summary>
/// References residents read out over the phone: random (so not guessable in sequence), eight
/// characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), shown as two groups of four.
/// </summary>
public static class CaseReference
{
    const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[9];
        for (var i = 0; i < 9; i++) chars[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }

    /// <summary>A reference a form asks for but does not need: null when it is empty or could be one.</summary>
    public static string? OptionalError(string? input) =>
        !string.IsNullOrWhiteSpace(input) && Normalise(input) is null ? "Enter a reference like 7KQ4-M2XP, or leave it empty" : null;

    /// <summary>Tidies what a person typed (case, spaces, missing hyphen); null when it cannot be a reference.</summary>
    public static string? Normalise(string? input)
    {
        if (input is null) return null;
        var chars = input.ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray();
        if (chars.Length != 8 || chars.Any(c => !Alphabet.Contains(c))) return null;
        return new string(chars, 0, 4) + "-" + new string(chars, 4, 4);
    }
}
