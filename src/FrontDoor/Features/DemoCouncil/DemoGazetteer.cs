using FrontDoor.Features.Gazetteer;

namespace FrontDoor.Features.DemoCouncil;

/// <summary>
/// A synthetic gazetteer for the fictional town of Ashworth: streets grouped into wards, each street
/// with numbered houses (some split into flats), postcodes per run of houses and plausible coordinates.
/// Deterministic, so the same UPRNs and postcodes appear on every machine.
/// </summary>
public static class DemoGazetteer
{
    public const string Town = "Ashworth";

    static readonly string[] Wards =
        ["Abbey", "Brookside", "Castle", "Deansgate", "Eastfield", "Fairhaven", "Greenhill", "Harbour", "Kingsmead", "Longmoor", "Millbrook", "Northgate"];

    static readonly string[] Names =
        ["Acacia", "Beech", "Birch", "Cedar", "Chestnut", "Elm", "Hawthorn", "Hazel", "Holly", "Juniper", "Larch", "Laurel", "Linden", "Maple",
         "Oak", "Poplar", "Rowan", "Sycamore", "Willow", "Yew", "Albert", "Alexandra", "Victoria", "Station", "Church", "Mill", "Market", "Bridge",
         "Park", "Queens", "Kings", "Priory", "Manor", "Orchard", "Meadow", "Riverside", "Canal", "Foundry", "Weavers", "Tanners"];

    static readonly string[] Kinds = ["Road", "Street", "Avenue", "Close", "Lane", "Way", "Drive", "Crescent", "Grove", "Gardens"];

    public static IEnumerable<Property> Generate(int minimum = 2000)
    {
        var random = new Random(311);
        long uprn = 100_090_000_001;
        var count = 0;
        for (var s = 0; count < minimum; s++)
        {
            var street = $"{Names[s % Names.Length]} {Kinds[(s / Names.Length + s) % Kinds.Length]}";
            var ward = Wards[s % Wards.Length];
            var district = 1 + s % 9;
            var houses = 20 + random.Next(30);
            double lat0 = 52.60 + random.NextDouble() * 0.08, lon0 = -1.62 + random.NextDouble() * 0.12;
            for (var n = 1; n <= houses; n++)
            {
                var unit = (n - 1) / 12;
                var postcode = $"FD{district} {1 + s % 9}{(char)('A' + (s * 3 + unit) % 26)}{(char)('A' + (s * 7 + unit * 5) % 26)}";
                double lat = lat0 + n * 0.00012, lon = lon0 + n * 0.00008;
                var flats = n % 10 == 0 ? 4 : 1;
                for (var f = 1; f <= flats; f++)
                {
                    count++;
                    var property = new Property
                    {
                        Uprn = uprn++,
                        AddressLine1 = flats > 1 ? $"Flat {f}, {n} {street}" : $"{n} {street}",
                        Street = street,
                        Town = Town,
                        Postcode = postcode,
                        PostcodeKey = Property.PostcodeKeyOf(postcode),
                        Ward = ward,
                        Latitude = Math.Round(lat, 6),
                        Longitude = Math.Round(lon, 6),
                        Classification = flats > 1 ? "RD06" : "RD04",
                    };
                    property.ApplySearchKeys();
                    yield return property;
                }
            }
        }
    }
}
