using FrontDoor.Features.Requests;
using FrontDoor.Tests.Forms;
using FrontDoor.Tests.Infrastructure;

namespace FrontDoor.Tests.Shared;

/// <summary>
/// A page that takes files sets its own limit on what a request may send (BodyLimit), over real HTTP with Kestrel,
/// whose own limit is 30MB: the limit holds for files, and the page's other forms post without a warning in the log.
/// </summary>
public abstract class BodyLimitTests(TestApp app)
{
    async Task<(OtherNode Node, Browser Browser, string Upload)> AtTheUploadPageAsync()
    {
        var node = new OtherNode(app, kestrel: true);
        await node.InitializeAsync();
        var service = await TestData.ServiceAsync(app);
        var browser = new Browser(node.CreateClient());
        await Journey.StartAsync(browser, service);
        var upload = JourneySteps.For(service, service.Form.Questions.First(q => q.IsUpload));
        await browser.GetAsync(upload);
        return (node, browser, upload);
    }

    [Fact]
    public async Task Upload_RemovingThePhoto_RemovesItWithNoWarningInTheLog()
    {
        var (node, browser, upload) = await AtTheUploadPageAsync();
        await using var _ = node;
        using var log = LogCapture.Start(node);
        await browser.SubmitWithFileAsync(new Dictionary<string, string>(), "file", [.. UploadCheckTests.Jpeg, .. new byte[100]], "pothole.jpg");
        await browser.GetAsync(upload);
        Assert.Contains("pothole.jpg", browser.Page.QuerySelector("main")!.TextContent);

        // "Remove photo" is a form of its own, sent url-encoded, which the edge reads (and cleans) before the page.
        await browser.SubmitAsync(button: "Remove photo");

        Assert.Equal(upload, browser.Path);
        Assert.DoesNotContain("pothole.jpg", browser.Page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(log.Lines, line => line.Contains("request body size limit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Upload_FileOverTheServersOwnLimit_GetsThePagesErrorNotACutOff()
    {
        var (node, browser, upload) = await AtTheUploadPageAsync();
        await using var _ = node;
        var tooBig = new byte[40 * 1024 * 1024];
        UploadCheckTests.Jpeg.CopyTo(tooBig, 0);

        await browser.SubmitWithFileAsync(new Dictionary<string, string>(), "file", tooBig, "huge.jpg");

        Assert.Equal(System.Net.HttpStatusCode.OK, browser.Status);
        Assert.Equal(upload, browser.Path);
        Assert.Equal(["The selected file must be smaller than 10MB"], browser.ErrorSummary);
    }
}

public class BodyLimitTestsOnSqlite(SqliteApp app) : BodyLimitTests(app);
public class BodyLimitTestsOnPostgres(PostgresApp app) : BodyLimitTests(app);
