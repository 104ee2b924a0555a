namespace FrontDoor.Tests.Infrastructure;

/// <summary>A FrontDoor of its own sending every channel through a fake GOV.UK Notify, with delivery receipts switched on.</summary>
public static class NotifySettings
{
    public const string CallbackToken = "receipts-token-for-tests";

    public static FakeNotify Apply(TestApp app)
    {
        var notify = new FakeNotify();
        app.Settings.AddRange([
            ("Notify:ApiKey", notify.ApiKey), ("Notify:BaseUrl", notify.Url), ("Notify:CallbackToken", CallbackToken),
            ("Notify:EmailTemplateId", FakeNotify.EmailTemplate), ("Notify:SmsTemplateId", FakeNotify.SmsTemplate), ("Notify:LetterTemplateId", FakeNotify.LetterTemplate),
        ]);
        return notify;
    }
}

public sealed class NotifySqliteApp : SqliteApp
{
    public FakeNotify Notify { get; }
    public NotifySqliteApp() => Notify = NotifySettings.Apply(this);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Notify.DisposeAsync();
    }
}

public sealed class NotifyPostgresApp : PostgresApp
{
    public FakeNotify Notify { get; }
    public NotifyPostgresApp() => Notify = NotifySettings.Apply(this);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Notify.DisposeAsync();
    }
}
