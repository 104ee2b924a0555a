using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Shared.GovUk;

public static class ModelStateErrors
{
    /// <summary>The error to show next to a field, keyed by the field's id.</summary>
    public static ErrorMessageOptions? ErrorFor(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? new ErrorMessageOptions { Text = entry.Errors[0].ErrorMessage } : null;
}
