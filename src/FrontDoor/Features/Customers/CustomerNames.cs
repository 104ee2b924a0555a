using System.Text;

namespace FrontDoor.Features.Customers;

/// <summary>
/// Search keys for names: a normalised form, and a Soundex code for the surname and the first forename.
/// Soundex keeps the first letter and the shape of the consonants, so "Smiht" finds "Smith" through an index,
/// and the candidates are then ranked by how alike the whole names are.
/// </summary>
public static class CustomerNames
{
    static readonly HashSet<string> Titles = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame", "lady", "lord", "cllr"];

    public static string Normalise(string name)
    {
        var letters = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(ch)) letters.Append(char.ToLowerInvariant(ch));
            else if (ch is ' ' or '-' or '.' or ',' or '\t') letters.Append(' ');
        }
        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Titles.Contains(w)).ToList();
        return string.Join(' ', words);
    }

    public static (string Forename, string Surname) Split(string normalised)
    {
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => ("", ""),
            1 => ("", words[0]),
            _ => (words[0], words[^1]),
        };
    }

    public static void Apply(Customer customer)
    {
        customer.NameKey = Normalise(customer.FullName);
        var (forename, surname) = Split(customer.NameKey);
        customer.SurnameCode = Soundex(surname);
        customer.ForenameCode = Soundex(forename);
        customer.Initial = forename.Length > 0 ? forename[..1] : "";
    }

    public static string Soundex(string word)
    {
        if (word.Length == 0) return "";
        var code = new StringBuilder().Append(char.ToUpperInvariant(word[0]));
        var last = Digit(word[0]);
        foreach (var ch in word.Skip(1))
        {
            var digit = Digit(ch);
            if (digit != '0' && digit != last) code.Append(digit);
            // h and w do not separate letters with the same code; vowels do.
            if (ch is not ('h' or 'w')) last = digit;
            if (code.Length == 4) break;
        }
        return code.ToString().PadRight(4, '0');
    }

    static char Digit(char ch) => ch switch
    {
        'b' or 'f' or 'p' or 'v' => '1',
        'c' or 'g' or 'j' or 'k' or 'q' or 's' or 'x' or 'z' => '2',
        'd' or 't' => '3',
        'l' => '4',
        'm' or 'n' => '5',
        'r' => '6',
        _ => '0',
    };

    /// <summary>0-100: how alike two normalised names are, with an initial counting as its forename.</summary>
    public static int Similarity(string a, string b)
    {
        var (fa, sa) = Split(a);
        var (fb, sb) = Split(b);
        var surname = FuzzySharp.Fuzz.Ratio(sa, sb);
        if (fa.Length == 0 || fb.Length == 0) return surname;
        var forename = fa.Length == 1 || fb.Length == 1
            ? (fa[0] == fb[0] ? 90 : 0)
            : FuzzySharp.Fuzz.Ratio(fa, fb);
        return (surname * 3 + forename * 2) / 5;
    }
}
