using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FrontDoor.Shared;

/// <summary>The "done" message a page leaves for the next one after a redirect, shown once in a success banner.</summary>
public static class Flash
{
    const string DoneKey = "done";

    public static void Done(this ITempDataDictionary tempData, string message) => tempData[DoneKey] = message;

    public static string? Done(this ITempDataDictionary tempData) => tempData[DoneKey] as string;
}
