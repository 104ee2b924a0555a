using System.Globalization;

namespace FrontDoor.Features.CouncilDetails;

/// <summary>WCAG 2.1 contrast: the header's white text must stand out from the council's colour by at least 4.5 to 1 (AA).</summary>
public static class Contrast
{
    public const double AaNormalText = 4.5;

    public static double WithWhite(string hex)
    {
        var rgb = Convert.FromHexString(hex.TrimStart('#'));
        var luminance = 0.2126 * Linear(rgb[0]) + 0.7152 * Linear(rgb[1]) + 0.0722 * Linear(rgb[2]);
        return 1.05 / (luminance + 0.05);
    }

    static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    public static string Ratio(double ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture);
}
