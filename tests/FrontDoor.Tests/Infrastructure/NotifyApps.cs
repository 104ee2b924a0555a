using Microsoft.AspNetCore.Hosting;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>A FrontDoor of its own sending every channel through a fake GOV.UK Notify, with delivery receipts switched on.</summary>
public static class NotifySettings
{
    public const string CallbackToken = "receipts-token-for-tests";

    public static void Apply(IWebHostBuilder builder, FakeNotify notify)
    {
        builder.UseSetting("Notify:ApiKey", notify.ApiKey);
        builder.UseSetting("Notify:BaseUrl", notify.Url);
        builder.UseSetting("Notify:EmailTemplateId", FakeNotify.EmailTemplate);
        builder.UseSetting("Notify:SmsTemplateId", FakeNotify.SmsTemplate);
        builder.UseSetting("Notify:LetterTemplateId", FakeNotify.LetterTemplate);
        builder.UseSetting("Notify:CallbackToken", CallbackToken);
    }
}

public sealed class NotifySqliteApp : SqliteApp
{
    public FakeNotify Notify { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        NotifySettings.Apply(builder, Notify);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Notify.DisposeAsync();
    }
}

public sealed class NotifyPostgresApp : PostgresApp
{
    public FakeNotify Notify { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        NotifySettings.Apply(builder, Notify);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Notify.DisposeAsync();
    }
}
