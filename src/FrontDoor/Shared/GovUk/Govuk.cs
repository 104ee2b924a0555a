using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace FrontDoor.Shared.GovUk;

/// <summary>
/// Renders GOV.UK Frontend components as their Nunjucks macros do, for the options we use.
/// GovUk.Frontend.AspNetCore is not available here; the fixture tests keep this honest.
/// </summary>
public static class Govuk
{
    static string E(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    static string Body(string? html, string? text) => html ?? E(text);

    static string Classes(string baseClass, params string?[] extra) =>
        string.Join(' ', new[] { baseClass }.Concat(extra.Where(c => !string.IsNullOrWhiteSpace(c)))!);

    static string Attrs(Dictionary<string, string>? attributes) =>
        attributes is null ? "" : string.Concat(attributes.Select(a => $" {E(a.Key)}=\"{E(a.Value)}\""));

    static string Opt(string name, string? value) => string.IsNullOrEmpty(value) ? "" : $" {name}=\"{E(value)}\"";

    static string AddId(string? describedBy, string id) => string.IsNullOrEmpty(describedBy) ? id : describedBy + " " + id;

    public static IHtmlContent Label(LabelOptions? o) => new HtmlString(LabelHtml(o));

    static string LabelHtml(LabelOptions? o)
    {
        if (o is null || o.IsEmpty) return "";
        var label = $"<label class=\"{Classes("govuk-label", o.Classes)}\"{Attrs(o.Attributes)}{Opt("for", o.For)}>{Body(o.Html, o.Text)}</label>";
        return o.IsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    static string HintHtml(HintOptions o) =>
        $"<div{Opt("id", o.Id)} class=\"{Classes("govuk-hint", o.Classes)}\"{Attrs(o.Attributes)}>{Body(o.Html, o.Text)}</div>";

    static string ErrorMessageHtml(ErrorMessageOptions o)
    {
        var hidden = o.VisuallyHiddenText ?? "Error";
        var prefix = hidden == "" ? "" : $"<span class=\"govuk-visually-hidden\">{E(hidden)}:</span> ";
        return $"<p{Opt("id", o.Id)} class=\"{Classes("govuk-error-message", o.Classes)}\"{Attrs(o.Attributes)}>{prefix}{Body(o.Html, o.Text)}</p>";
    }

    static string FieldsetHtml(FieldsetOptions o, string inner)
    {
        var sb = new StringBuilder();
        sb.Append($"<fieldset class=\"{Classes("govuk-fieldset", o.Classes)}\"{Opt("role", o.Role)}{Opt("aria-describedby", o.DescribedBy)}{Attrs(o.Attributes)}>");
        if (o.Legend is { IsEmpty: false } legend)
        {
            var text = Body(legend.Html, legend.Text);
            sb.Append($"<legend class=\"{Classes("govuk-fieldset__legend", legend.Classes)}\">");
            sb.Append(legend.IsPageHeading ? $"<h1 class=\"govuk-fieldset__heading\">{text}</h1>" : text);
            sb.Append("</legend>");
        }
        sb.Append(inner).Append(o.Html).Append("</fieldset>");
        return sb.ToString();
    }

    static string FormGroupOpen(FieldOptions o) =>
        $"<div class=\"{Classes("govuk-form-group", o.ErrorMessage is null ? null : "govuk-form-group--error", o.FormGroup?.Classes)}\"{Attrs(o.FormGroup?.Attributes)}>";

    /// <summary>Hint and error message for a field, returning the updated aria-describedby.</summary>
    static string HintAndError(FieldOptions o, string idBase, StringBuilder sb, string? describedBy)
    {
        if (o.Hint is not null)
        {
            var hintId = idBase + "-hint";
            describedBy = AddId(describedBy, hintId);
            sb.Append(HintHtml(o.Hint with { Id = hintId }));
        }
        if (o.ErrorMessage is not null)
        {
            var errorId = idBase + "-error";
            describedBy = AddId(describedBy, errorId);
            sb.Append(ErrorMessageHtml(o.ErrorMessage with { Id = errorId }));
        }
        return describedBy ?? "";
    }

    public static IHtmlContent Input(InputOptions o) => new HtmlString(InputHtml(o));

    static string InputHtml(InputOptions o)
    {
        var id = o.Id ?? o.Name!;
        var sb = new StringBuilder(FormGroupOpen(o));
        sb.Append(LabelHtml(o.Label is null ? null : o.Label with { For = id }));
        var describedBy = HintAndError(o, id, sb, o.DescribedBy);
        var cls = Classes("govuk-input", o.Classes, o.ErrorMessage is null ? null : "govuk-input--error");
        sb.Append($"<input class=\"{cls}\" id=\"{E(id)}\" name=\"{E(o.Name)}\" type=\"{E(o.Type ?? "text")}\"");
        if (o.Spellcheck is bool spell) sb.Append($" spellcheck=\"{(spell ? "true" : "false")}\"");
        sb.Append(Opt("value", o.Value));
        if (o.Disabled) sb.Append(" disabled");
        sb.Append(Opt("aria-describedby", describedBy)).Append(Opt("autocomplete", o.Autocomplete))
          .Append(Opt("autocapitalize", o.Autocapitalize)).Append(Opt("pattern", o.Pattern))
          .Append(Opt("inputmode", o.Inputmode)).Append(Attrs(o.Attributes)).Append("></div>");
        return sb.ToString();
    }

    public static IHtmlContent Textarea(TextareaOptions o)
    {
        var id = o.Id ?? o.Name!;
        var sb = new StringBuilder(FormGroupOpen(o));
        sb.Append(LabelHtml(o.Label is null ? null : o.Label with { For = id }));
        var describedBy = HintAndError(o, id, sb, o.DescribedBy);
        var cls = Classes("govuk-textarea", o.ErrorMessage is null ? null : "govuk-textarea--error", o.Classes);
        sb.Append($"<textarea class=\"{cls}\" id=\"{E(id)}\" name=\"{E(o.Name)}\" rows=\"{o.Rows ?? 5}\"");
        if (o.Spellcheck is bool spell) sb.Append($" spellcheck=\"{(spell ? "true" : "false")}\"");
        if (o.Disabled) sb.Append(" disabled");
        sb.Append(Opt("aria-describedby", describedBy)).Append(Opt("autocomplete", o.Autocomplete))
          .Append(Attrs(o.Attributes)).Append('>').Append(E(o.Value)).Append("</textarea></div>");
        return new HtmlString(sb.ToString());
    }

    public static IHtmlContent Select(SelectOptions o)
    {
        var id = o.Id ?? o.Name!;
        var sb = new StringBuilder(FormGroupOpen(o));
        sb.Append(LabelHtml(o.Label is null ? null : o.Label with { For = id }));
        var describedBy = HintAndError(o, id, sb, o.DescribedBy);
        var cls = Classes("govuk-select", o.Classes, o.ErrorMessage is null ? null : "govuk-select--error");
        sb.Append($"<select class=\"{cls}\" id=\"{E(id)}\" name=\"{E(o.Name)}\"");
        if (o.Disabled) sb.Append(" disabled");
        sb.Append(Opt("aria-describedby", describedBy)).Append(Attrs(o.Attributes)).Append('>');
        foreach (var item in o.Items)
        {
            if (item is null) continue;
            // As the template does: an item without a value is chosen by its text; its own "selected" wins.
            var selected = item.Selected ?? (o.Value is not null && (item.Value ?? item.Text) == o.Value);
            sb.Append("<option").Append(item.Value is null ? "" : $" value=\"{E(item.Value)}\"");
            if (selected) sb.Append(" selected");
            if (item.Disabled) sb.Append(" disabled");
            sb.Append(Attrs(item.Attributes)).Append('>').Append(E(item.Text)).Append("</option>");
        }
        return new HtmlString(sb.Append("</select></div>").ToString());
    }

    public static IHtmlContent FileUpload(FileUploadOptions o)
    {
        var id = o.Id ?? o.Name!;
        var sb = new StringBuilder(FormGroupOpen(o));
        sb.Append(LabelHtml(o.Label is null ? null : o.Label with { For = id }));
        var describedBy = HintAndError(o, id, sb, o.DescribedBy);
        var cls = Classes("govuk-file-upload", o.Classes, o.ErrorMessage is null ? null : "govuk-file-upload--error");
        sb.Append($"<input class=\"{cls}\" id=\"{E(id)}\" name=\"{E(o.Name)}\" type=\"file\"");
        if (o.Disabled) sb.Append(" disabled");
        if (o.Multiple) sb.Append(" multiple");
        sb.Append(Opt("aria-describedby", describedBy)).Append(Attrs(o.Attributes)).Append("></div>");
        return new HtmlString(sb.ToString());
    }

    public static IHtmlContent Radios(ChoicesOptions o) => Choices(o, "radios");

    public static IHtmlContent Checkboxes(ChoicesOptions o) => Choices(o, "checkboxes");

    static IHtmlContent Choices(ChoicesOptions o, string kind)
    {
        var idPrefix = o.IdPrefix ?? o.Name!;
        var isCheckbox = kind == "checkboxes";
        var inner = new StringBuilder();
        var describedBy = HintAndError(o, idPrefix, inner, o.Fieldset?.DescribedBy ?? (isCheckbox ? o.DescribedBy : null));
        inner.Append($"<div class=\"{Classes("govuk-" + kind, o.Classes)}\"{Attrs(o.Attributes)} data-module=\"govuk-{kind}\">");
        var index = 0;
        foreach (var item in o.Items)
        {
            index++;
            if (item is null) continue;
            if (item.Divider is not null)
            {
                inner.Append($"<div class=\"govuk-{kind}__divider\">{E(item.Divider)}</div>");
                continue;
            }
            var itemId = item.Id ?? idPrefix + (index > 1 ? "-" + index : "");
            var selected = isCheckbox ? o.Values?.Contains(item.Value ?? "") == true : o.Value is not null && item.Value == o.Value;
            var isChecked = item.Checked ?? selected;
            var hasHint = item.Hint is { IsEmpty: false };
            var hintId = itemId + "-item-hint";
            var itemDescribedBy = isCheckbox
                ? string.Join(' ', new[] { o.Fieldset is null ? describedBy : "", hasHint ? hintId : "" }.Where(s => s != ""))
                : hasHint ? hintId : "";
            inner.Append($"<div class=\"govuk-{kind}__item\"><input class=\"govuk-{kind}__input\" id=\"{E(itemId)}\" name=\"{E(isCheckbox ? item.Name ?? o.Name : o.Name)}\" type=\"{(isCheckbox ? "checkbox" : "radio")}\" value=\"{E(item.Value)}\"");
            if (isChecked) inner.Append(" checked");
            if (item.Disabled) inner.Append(" disabled");
            var conditionalId = "conditional-" + itemId;
            var hasConditional = !string.IsNullOrEmpty(item.Conditional?.Html);
            inner.Append(Opt("aria-describedby", itemDescribedBy)).Append(Attrs(item.Attributes));
            if (hasConditional) inner.Append(Opt("data-aria-controls", conditionalId));
            inner.Append('>');
            inner.Append(LabelHtml(new LabelOptions { Html = item.Html, Text = item.Text, For = itemId, Classes = Classes($"govuk-{kind}__label", item.Label?.Classes), Attributes = item.Label?.Attributes }));
            if (hasHint) inner.Append(HintHtml(item.Hint! with { Id = hintId, Classes = Classes($"govuk-{kind}__hint", item.Hint!.Classes) }));
            inner.Append("</div>");
            if (hasConditional)
                inner.Append($"<div class=\"govuk-{kind}__conditional{(isChecked ? "" : $" govuk-{kind}__conditional--hidden")}\" id=\"{E(conditionalId)}\">{item.Conditional!.Html}</div>");
        }
        inner.Append("</div>");
        var sb = new StringBuilder(FormGroupOpen(o));
        sb.Append(o.Fieldset is null ? inner.ToString() : FieldsetHtml(o.Fieldset with { DescribedBy = describedBy == "" ? null : describedBy }, inner.ToString()));
        return new HtmlString(sb.Append("</div>").ToString());
    }

    public static IHtmlContent DateInput(DateInputOptions o)
    {
        var inner = new StringBuilder();
        var describedBy = HintAndError(o, o.Id!, inner, o.Fieldset?.DescribedBy);
        inner.Append($"<div class=\"{Classes("govuk-date-input", o.Classes)}\"{Attrs(o.Attributes)}{Opt("id", o.Id)}>");
        var items = o.Items is { Count: > 0 } ? o.Items : [new() { Name = "day" }, new() { Name = "month" }, new() { Name = "year" }];
        static bool HasError(DateItem i) => i.Error == true || i.Classes?.Contains("govuk-input--error") == true;
        var anyItemHasError = items.Any(HasError);
        var prefix = string.IsNullOrEmpty(o.NamePrefix) ? "" : o.NamePrefix + "-";
        foreach (var item in items)
        {
            var width = item.Name == "year" ? 4 : 2;
            var cls = new List<string>();
            if (item.Classes?.Contains("govuk-input--error") != true && (HasError(item) || (item.Error != false && o.ErrorMessage is not null && !anyItemHasError)))
                cls.Add("govuk-input--error");
            if (item.Classes?.Contains("govuk-input--width-") != true) cls.Add("govuk-input--width-" + width);
            if (!string.IsNullOrEmpty(item.Classes)) cls.Add(item.Classes);
            var name = item.Name ?? "";
            inner.Append("<div class=\"govuk-date-input__item\">").Append(InputHtml(new InputOptions
            {
                Label = new LabelOptions { Text = item.Label ?? (name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : ""), Classes = "govuk-date-input__label" },
                Id = item.Id ?? o.Id + "-" + name,
                Classes = "govuk-date-input__input " + string.Join(' ', cls),
                Name = prefix + name,
                Value = item.Value,
                Inputmode = item.Inputmode ?? "numeric",
                Autocomplete = item.Autocomplete,
                Pattern = item.Pattern,
                Attributes = item.Attributes,
            })).Append("</div>");
        }
        inner.Append("</div>");
        var sb = new StringBuilder(FormGroupOpen(o));
        sb.Append(o.Fieldset is null ? inner.ToString() : FieldsetHtml(o.Fieldset with { Role = "group", DescribedBy = describedBy == "" ? null : describedBy }, inner.ToString()));
        return new HtmlString(sb.Append("</div>").ToString());
    }

    public static IHtmlContent ErrorSummary(ErrorSummaryOptions o)
    {
        var sb = new StringBuilder($"<div class=\"{Classes("govuk-error-summary", o.Classes)}\"");
        if (o.DisableAutoFocus is bool disable) sb.Append($" data-disable-auto-focus=\"{(disable ? "true" : "false")}\"");
        sb.Append(Attrs(o.Attributes)).Append(" data-module=\"govuk-error-summary\"><div role=\"alert\">");
        sb.Append($"<h2 class=\"govuk-error-summary__title\">{Body(o.TitleHtml, o.TitleText)}</h2><div class=\"govuk-error-summary__body\">");
        if (o.DescriptionHtml is not null || o.DescriptionText is not null) sb.Append($"<p>{Body(o.DescriptionHtml, o.DescriptionText)}</p>");
        if (o.ErrorList.Count > 0)
        {
            sb.Append("<ul class=\"govuk-list govuk-error-summary__list\">");
            foreach (var item in o.ErrorList)
            {
                var text = Body(item.Html, item.Text);
                sb.Append("<li>").Append(item.Href is null ? text : $"<a href=\"{E(item.Href)}\"{Attrs(item.Attributes)}>{text}</a>").Append("</li>");
            }
            sb.Append("</ul>");
        }
        return new HtmlString(sb.Append("</div></div></div>").ToString());
    }

    const string StartIcon = "<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>";

    public static IHtmlContent Button(ButtonOptions o)
    {
        var common = $" class=\"{Classes("govuk-button", o.Classes, o.IsStartButton ? "govuk-button--start" : null)}\" data-module=\"govuk-button\"{Attrs(o.Attributes)}{Opt("id", o.Id)}";
        var text = o.Html is not null && o.IsStartButton ? $"<span>{o.Html}</span>" : Body(o.Html, o.Text);
        var icon = o.IsStartButton ? StartIcon : "";
        if (o.Href is not null)
            return new HtmlString($"<a href=\"{E(o.Href)}\" role=\"button\" draggable=\"false\"{common}>{text}{icon}</a>");
        var sb = new StringBuilder($"<button type=\"{E(o.Type ?? "submit")}\"");
        sb.Append(Opt("value", o.Value)).Append(Opt("name", o.Name));
        if (o.Disabled) sb.Append(" disabled aria-disabled=\"true\"");
        if (o.PreventDoubleClick is bool prevent) sb.Append($" data-prevent-double-click=\"{(prevent ? "true" : "false")}\"");
        return new HtmlString(sb.Append(common).Append('>').Append(text).Append(icon).Append("</button>").ToString());
    }

    static string ActionLink(SummaryAction a)
    {
        var hidden = a.VisuallyHiddenText is null ? "" : $"<span class=\"govuk-visually-hidden\"> {E(a.VisuallyHiddenText)}</span>";
        return $"<a class=\"{Classes("govuk-link", a.Classes)}\" href=\"{E(a.Href)}\"{Attrs(a.Attributes)}>{Body(a.Html, a.Text)}{hidden}</a>";
    }

    public static IHtmlContent SummaryList(SummaryListOptions o)
    {
        var anyRowHasActions = o.Rows.Any(r => r?.Actions?.Items.Count > 0);
        var sb = new StringBuilder($"<dl class=\"{Classes("govuk-summary-list", o.Classes)}\"{Attrs(o.Attributes)}>");
        foreach (var row in o.Rows)
        {
            if (row is null) continue;
            var actions = row.Actions?.Items ?? [];
            sb.Append($"<div class=\"{Classes("govuk-summary-list__row", anyRowHasActions && actions.Count == 0 ? "govuk-summary-list__row--no-actions" : null, row.Classes)}\">");
            sb.Append($"<dt class=\"{Classes("govuk-summary-list__key", row.Key.Classes)}\">{Body(row.Key.Html, row.Key.Text)}</dt>");
            sb.Append($"<dd class=\"{Classes("govuk-summary-list__value", row.Value.Classes)}\">{Body(row.Value.Html, row.Value.Text)}</dd>");
            if (actions.Count > 0)
            {
                sb.Append($"<dd class=\"{Classes("govuk-summary-list__actions", row.Actions!.Classes)}\">");
                if (actions.Count == 1) sb.Append(ActionLink(actions[0]));
                else sb.Append("<ul class=\"govuk-summary-list__actions-list\">")
                       .Append(string.Concat(actions.Select(a => $"<li class=\"govuk-summary-list__actions-list-item\">{ActionLink(a)}</li>")))
                       .Append("</ul>");
                sb.Append("</dd>");
            }
            sb.Append("</div>");
        }
        return new HtmlString(sb.Append("</dl>").ToString());
    }

    public static IHtmlContent Panel(PanelOptions o)
    {
        var level = o.HeadingLevel ?? 1;
        var body = o.Html is null && o.Text is null ? "" : $"<div class=\"govuk-panel__body\">{Body(o.Html, o.Text)}</div>";
        return new HtmlString($"<div class=\"{Classes("govuk-panel", "govuk-panel--confirmation", o.Classes)}\"{Attrs(o.Attributes)}><h{level} class=\"govuk-panel__title\">{Body(o.TitleHtml, o.TitleText)}</h{level}>{body}</div>");
    }

    public static IHtmlContent BackLink(LinkOptions o) =>
        new HtmlString($"<a href=\"{E(string.IsNullOrEmpty(o.Href) ? "#" : o.Href)}\" class=\"{Classes("govuk-back-link", o.Classes)}\"{Attrs(o.Attributes)}>{(o.IsEmpty ? "Back" : Body(o.Html, o.Text))}</a>");

    public static IHtmlContent SkipLink(LinkOptions o) =>
        new HtmlString($"<a href=\"{E(string.IsNullOrEmpty(o.Href) ? "#content" : o.Href)}\" class=\"{Classes("govuk-skip-link", o.Classes)}\"{Attrs(o.Attributes)} data-module=\"govuk-skip-link\">{Body(o.Html, o.Text)}</a>");

    public static IHtmlContent Tag(Content o) =>
        new HtmlString($"<strong class=\"{Classes("govuk-tag", o.Classes)}\"{Attrs(o.Attributes)}>{Body(o.Html, o.Text)}</strong>");

    public static IHtmlContent GenericHeader(GenericHeaderOptions o) =>
        new HtmlString($"<div class=\"{Classes("govuk-generic-header", o.Classes)}\"{Attrs(o.Attributes)}><div class=\"govuk-generic-header__container {E(string.IsNullOrEmpty(o.ContainerClasses) ? "govuk-width-container" : o.ContainerClasses)}\"><div class=\"govuk-generic-header__logo\"><a href=\"{E(string.IsNullOrEmpty(o.Url) ? "/" : o.Url)}\" class=\"govuk-generic-header__homepage-link\">{o.LogoHtml ?? E(o.LogoText)}</a></div></div></div>");
}
