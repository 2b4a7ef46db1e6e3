using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Sunshine.Browser.Tests.Infrastructure;

/// <summary>
/// The real application on a real loopback port (Kestrel, not TestServer, because Chromium needs a socket),
/// on a SQLite file of its own, demo data on, background jobs off.
/// </summary>
public sealed class KestrelSunshineFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo@2026!";

    private readonly string _connectionString;
    private readonly ConcurrentQueue<string> _log = new();

    public KestrelSunshineFactory(string databaseFile)
    {
        _connectionString = $"Data Source={databaseFile}";
        // Port 0 on 127.0.0.1: the OS picks a free port, so parallel runs never collide.
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", _connectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        // One browser signs in as many people in a minute; the per-address limit is for the internet, not this test.
        builder.UseSetting("RateLimits:SignInsPerMinute", "1000");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Smtp:Host", "");
        builder.ConfigureLogging(l => l.ClearProviders().SetMinimumLevel(LogLevel.Warning).AddProvider(new QueueLoggerProvider(_log)));
    }

    /// <summary>Warnings and errors the app logged (a 500 in the browser shows up here with its exception).</summary>
    public IEnumerable<string> ServerLog => _log;

    /// <summary>Starts Kestrel (migrates and seeds the demo data) and returns the address it listens on.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        return new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)));
    }
}

/// <summary>
/// One server and one Chromium for the whole run; every test opens its own browser context
/// (fresh cookies, so no test sees another's sign-in or display preferences).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Debian's Chromium; Playwright's own browser download is never used.
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sunshine-browser-tests", Guid.NewGuid().ToString("N")[..12]);
    private KestrelSunshineFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Fixture not initialised.");

    /// <summary>bin/…/screenshots: every test leaves a full-page picture of where it ended.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Optional extra folder (env SUNSHINE_SCREENSHOTS) that receives the named review screenshots.</summary>
    public static string? ReviewFolder { get; } = Environment.GetEnvironmentVariable("SUNSHINE_SCREENSHOTS") is { Length: > 0 } f ? f : null;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} not found: install Debian's chromium (apt-get install -y chromium fonts-noto-cjk).");
        }
        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(ScreenshotFolder);
        if (ReviewFolder is not null)
        {
            Directory.CreateDirectory(ReviewFolder);
        }

        // Start the server and the browser side by side; both take a moment.
        _app = new KestrelSunshineFactory(Path.Combine(_folder, "sunshine.db"));
        var server = Task.Run(_app.Start);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        BaseAddress = await server;
    }

    /// <summary>A fresh context and page in Chinese at desktop size (or the given viewport); dispose to screenshot and close.</summary>
    public async Task<BrowserSession> OpenAsync(string testName, int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // Fail in seconds, not Playwright's default 30: every page here is served from loopback.
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(testName, context, page);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await File.WriteAllLinesAsync(Path.Combine(ScreenshotFolder, "server.log"), _app.ServerLog);
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans temp folders otherwise.
        }
    }
}

/// <summary>One test's browser: its page, plus a full-page screenshot named after the test when it ends (pass or fail).</summary>
public sealed class BrowserSession(string testName, IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>A named full-page screenshot, also copied to the review folder when one is set.</summary>
    public async Task ShotAsync(string name)
    {
        var bytes = await Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png") });
        if (BrowserFixture.ReviewFolder is { } review)
        {
            await File.WriteAllBytesAsync(Path.Combine(review, name + ".png"), bytes);
        }
    }

    /// <summary>Signs in through the login form as a person would and waits for the dashboard.</summary>
    public async Task SignInAsync(string userName, string password = KestrelSunshineFactory.DemoPassword)
    {
        await Page.GotoAsync("/admin/login");
        await Page.GetByLabel("用户名", new() { Exact = true }).FillAsync(userName);
        await Page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Path.Combine(BrowserFixture.ScreenshotFolder, testName + ".png") });
        }
        catch (PlaywrightException)
        {
            // A crashed or closed page has nothing to show; the test's own failure is the message that matters.
        }
        await context.DisposeAsync();
    }
}

internal sealed class QueueLoggerProvider(ConcurrentQueue<string> queue) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new QueueLogger(queue, categoryName);

    public void Dispose()
    {
    }

    private sealed class QueueLogger(ConcurrentQueue<string> queue, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                queue.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
