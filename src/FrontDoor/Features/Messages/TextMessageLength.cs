namespace FrontDoor.Features.Messages;

/// <summary>
/// How many text messages a text costs: 160 characters in one, 153 in each part of a longer one, when every character is
/// in the GSM alphabet (a few, such as € and {, take two places); otherwise 70, and 67 a part.
/// </summary>
public static class TextMessageLength
{
    const string Basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    const string Extended = "^{}\\[~]|€\f";

    public static (int Characters, int Fragments) Of(string text)
    {
        var gsm = text.All(c => Basic.Contains(c) || Extended.Contains(c));
        var length = gsm ? text.Sum(c => Extended.Contains(c) ? 2 : 1) : text.Length;
        var (single, part) = gsm ? (160, 153) : (70, 67);
        var fragments = length == 0 ? 0 : length <= single ? 1 : (length + part - 1) / part;
        return (length, fragments);
    }

    public static string Describe(string text)
    {
        var (characters, fragments) = Of(text);
        return $"{characters} characters, {fragments} text message{(fragments == 1 ? "" : "s")}";
    }
}
