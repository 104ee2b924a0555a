using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace FrontDoor.Features.Gazetteer;

/// <summary>Easting and northing on the British National Grid (EPSG:27700) to WGS84, through ProjNet with the OSGB36 datum shift.</summary>
public static class BritishNationalGrid
{
    const string Wkt = """
        PROJCS["OSGB 1936 / British National Grid",GEOGCS["OSGB 1936",DATUM["OSGB_1936",SPHEROID["Airy 1830",6377563.396,299.3249646],
        TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],
        PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",49],PARAMETER["central_meridian",-2],
        PARAMETER["scale_factor",0.9996012717],PARAMETER["false_easting",400000],PARAMETER["false_northing",-100000],UNIT["metre",1],
        AUTHORITY["EPSG","27700"]]
        """;

    static readonly MathTransform ToWgs84 = new CoordinateTransformationFactory().CreateFromCoordinateSystems(
        (CoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt), GeographicCoordinateSystem.WGS84).MathTransform;

    public static bool IsOnGrid(double easting, double northing) => easting is >= 0 and <= 700_000 && northing is >= 0 and <= 1_300_000;

    public static (double Latitude, double Longitude) ToLatLong(double easting, double northing)
    {
        lock (ToWgs84)
        {
            var (lon, lat) = ToWgs84.Transform(easting, northing);
            return (Math.Round(lat, 6), Math.Round(lon, 6));
        }
    }
}
