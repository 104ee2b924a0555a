namespace FrontDoor.Shared.GovUk;

// Option names follow GOV.UK Frontend's Nunjucks macro parameters, so the fixtures that ship
// with govuk-frontend can be deserialised straight into them and our markup checked against theirs.

public record Content
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
    public bool IsEmpty => string.IsNullOrEmpty(Text) && string.IsNullOrEmpty(Html);
}

public record LabelOptions : Content
{
    public bool IsPageHeading { get; init; }
    public string? For { get; init; }
}

public record HintOptions : Content
{
    public string? Id { get; init; }
}

public record ErrorMessageOptions : Content
{
    public string? Id { get; init; }
    public string? VisuallyHiddenText { get; init; }
}

public record LegendOptions : Content
{
    public bool IsPageHeading { get; init; }
}

public record FieldsetOptions
{
    public string? DescribedBy { get; init; }
    public LegendOptions? Legend { get; init; }
    public string? Classes { get; init; }
    public string? Role { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
    public string? Html { get; init; }
}

public record FormGroupOptions
{
    public string? Classes { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}

public record FieldOptions
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Classes { get; init; }
    public string? DescribedBy { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}

public record InputOptions : FieldOptions
{
    public LabelOptions? Label { get; init; }
    public string? Type { get; init; }
    public string? Value { get; init; }
    public string? Autocomplete { get; init; }
    public string? Inputmode { get; init; }
    public string? Pattern { get; init; }
    public bool? Spellcheck { get; init; }
    public string? Autocapitalize { get; init; }
    public bool Disabled { get; init; }
}

public record TextareaOptions : FieldOptions
{
    public LabelOptions? Label { get; init; }
    public string? Value { get; init; }
    public int? Rows { get; init; }
    public string? Autocomplete { get; init; }
    public bool? Spellcheck { get; init; }
    public bool Disabled { get; init; }
}

public record SelectItem
{
    public string? Value { get; init; }
    public string? Text { get; init; }
    public bool? Selected { get; init; }
    public bool Disabled { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}

public record SelectOptions : FieldOptions
{
    public LabelOptions? Label { get; init; }
    public List<SelectItem?> Items { get; init; } = [];
    public string? Value { get; init; }
    public bool Disabled { get; init; }
}

public record FileUploadOptions : FieldOptions
{
    public LabelOptions? Label { get; init; }
    public bool Multiple { get; init; }
    public bool Disabled { get; init; }
}

public record ChoiceItem
{
    /// <summary>Overrides the group's name (checkboxes only).</summary>
    public string? Name { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Value { get; init; }
    public string? Id { get; init; }
    public bool? Checked { get; init; }
    public bool Disabled { get; init; }
    public string? Divider { get; init; }
    public HintOptions? Hint { get; init; }
    public Content? Label { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
    /// <summary>Shown under the item when it is chosen (with JavaScript; always shown without).</summary>
    public Content? Conditional { get; init; }
}

public record ChoicesOptions : FieldOptions
{
    public string? IdPrefix { get; init; }
    public FieldsetOptions? Fieldset { get; init; }
    public List<ChoiceItem?> Items { get; init; } = [];
    /// <summary>The selected value (radios).</summary>
    public string? Value { get; init; }
    /// <summary>The selected values (checkboxes).</summary>
    public List<string>? Values { get; init; }
}

public record DateItem
{
    public bool? Error { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Label { get; init; }
    public string? Value { get; init; }
    public string? Classes { get; init; }
    public string? Autocomplete { get; init; }
    public string? Pattern { get; init; }
    public string? Inputmode { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}

public record DateInputOptions : FieldOptions
{
    public string? NamePrefix { get; init; }
    public FieldsetOptions? Fieldset { get; init; }
    public List<DateItem>? Items { get; init; }
}

public record ErrorSummaryItem
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Href { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}

public record ErrorSummaryOptions
{
    public string? TitleText { get; init; }
    public string? TitleHtml { get; init; }
    public string? DescriptionText { get; init; }
    public string? DescriptionHtml { get; init; }
    public List<ErrorSummaryItem> ErrorList { get; init; } = [];
    public string? Classes { get; init; }
    public bool? DisableAutoFocus { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}

public record ButtonOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Href { get; init; }
    public string? Type { get; init; }
    public string? Name { get; init; }
    public string? Value { get; init; }
    public string? Id { get; init; }
    public bool Disabled { get; init; }
    public bool? PreventDoubleClick { get; init; }
    public bool IsStartButton { get; init; }
    public string? Classes { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}

public record SummaryAction
{
    public string? Href { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? VisuallyHiddenText { get; init; }
    public string? Classes { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}

public record SummaryActions
{
    public List<SummaryAction> Items { get; init; } = [];
    public string? Classes { get; init; }
}

public record SummaryRow
{
    public Content Key { get; init; } = new();
    public Content Value { get; init; } = new();
    public SummaryActions? Actions { get; init; }
    public string? Classes { get; init; }
}

public record SummaryListOptions
{
    public List<SummaryRow?> Rows { get; init; } = [];
    public string? Classes { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}

public record PanelOptions
{
    public string? TitleText { get; init; }
    public string? TitleHtml { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public int? HeadingLevel { get; init; }
    public string? Classes { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}

public record LinkOptions : Content
{
    public string? Href { get; init; }
}

public record GenericHeaderOptions
{
    public string? LogoText { get; init; }
    public string? LogoHtml { get; init; }
    public string? Url { get; init; }
    public string? Classes { get; init; }
    public string? ContainerClasses { get; init; }
    public Dictionary<string, string>? Attributes { get; init; }
}
