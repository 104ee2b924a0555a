using System.Text.Json;

namespace FrontDoor.Tests.Shared;

/// <summary>The runtime settings FrontDoor is built with, read from the settings file the build writes beside it.</summary>
public class RuntimeSettingsTests
{
    static JsonElement ConfigProperties()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "FrontDoor.runtimeconfig.json");
        return JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
    }

    [Fact]
    public void Collector_IsTheWorkstationOne()
    {
        // The web SDK's default is the server collector; the project's setting must be spelled as MSBuild knows it to change that.
        Assert.False(ConfigProperties().GetProperty("System.GC.Server").GetBoolean());
    }
}
