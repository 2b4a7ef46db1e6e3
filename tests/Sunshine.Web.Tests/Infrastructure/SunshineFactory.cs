using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sunshine.Web.Platform;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Tests.Infrastructure;

/// <summary>
/// The real application (Program) in memory on a database of its own, demo data on, background jobs off
/// (tests drive jobs directly). Offers intent methods so tests read as what a person does.
/// </summary>
public class SunshineFactory(TestDatabase database, Action<IServiceCollection>? configureServices = null) : WebApplicationFactory<Program>
{
    public static readonly string DemoPassword = new DemoOptions().Password;

    private readonly ConcurrentQueue<string> _log = new();

    public TestDatabase Database { get; } = database;

    /// <summary>Uploads of this app instance go to a temp folder of its own.</summary>
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), "sunshine-files-" + Guid.NewGuid().ToString("N")[..8]);

    public DbProvider Provider => Database.Provider;

    /// <summary>Warnings and errors the app logged, newest last; printed with a failed assertion.</summary>
    public IReadOnlyCollection<string> ServerLog => _log;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Database.ProviderSetting);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Smtp:Host", "");
        builder.UseSetting("Files:Root", FilesRoot);
        builder.ConfigureLogging(l =>
        {
            l.ClearProviders();
            l.SetMinimumLevel(LogLevel.Warning);
            l.AddProvider(new QueueLoggerProvider(_log));
        });
        builder.ConfigureTestServices(s => configureServices?.Invoke(s));
    }

    /// <summary>A cookie-keeping client that does not follow redirects, so tests see every 302.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("http://localhost"),
    });

    /// <summary>Signs in through the real login form (GET the form, take its antiforgery token, POST) and expects the redirect to /admin.</summary>
    public async Task<HttpClient> LoginAsAsync(string userName, string? password = null)
    {
        var client = CreateBrowser();
        var response = await SubmitLoginAsync(client, userName, password ?? DemoPassword);
        await Http.ExpectRedirectAsync(response, "/admin", this);
        return client;
    }

    /// <summary>Fills in and posts the login form; returns the raw response.</summary>
    public async Task<HttpResponseMessage> SubmitLoginAsync(HttpClient client, string userName, string password)
    {
        var token = await GetAntiforgeryTokenAsync(client, "/admin/login");
        return await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>GETs a page and returns the antiforgery token of its form (the client keeps the matching cookie).</summary>
    public async Task<string> GetAntiforgeryTokenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await Http.ExpectAsync(response, System.Net.HttpStatusCode.OK, this);
        return Html.AntiforgeryToken(html)
            ?? throw new Xunit.Sdk.XunitException($"GET {url}: no __RequestVerificationToken field in the page.\n{Http.Truncate(html)}");
    }

    /// <summary>Runs code against the app's services in a fresh scope (acts as the system, unscoped).</summary>
    public async Task WithServicesAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<SunshineDb, Task<T>> action)
        => WithServicesAsync(sp => action(sp.GetRequiredService<SunshineDb>()));

    public Task WithDbAsync(Func<SunshineDb, Task> action)
        => WithServicesAsync(sp => action(sp.GetRequiredService<SunshineDb>()));

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> queue) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(queue, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(ConcurrentQueue<string> queue, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var message = formatter(state, exception);
            // The first migration probes a history table that does not exist yet; EF logs that as an error.
            if (category == "Microsoft.EntityFrameworkCore.Database.Command" && message.Contains("__ef_migrations", StringComparison.Ordinal))
            {
                return;
            }
            queue.Enqueue($"{logLevel} {category}: {message}{(exception is null ? "" : "\n" + exception)}");
            while (queue.Count > 50 && queue.TryDequeue(out _))
            {
            }
        }
    }
}

/// <summary>
/// Class fixture: the app on a database of its own, started before the first test of the class.
/// Subclasses pick the provider; a test class gets one database that no other class touches.
/// Given a start instant, the app runs on a <see cref="FakeTimeProvider"/> the tests can move.
/// </summary>
public abstract class AppFixture(DbProvider provider, DateTimeOffset? now = null) : IAsyncLifetime
{
    private SunshineFactory? _app;

    public SunshineFactory App => _app ?? throw new InvalidOperationException("Fixture not initialised.");

    /// <summary>The app's clock when the fixture was given a start instant.</summary>
    public FakeTimeProvider? FakeTime { get; } = now is { } start ? new FakeTimeProvider(start) : null;

    public async Task InitializeAsync()
    {
        var db = await TestDatabase.CreateAsync(provider);
        var time = FakeTime;
        _app = new SunshineFactory(db, s =>
        {
            if (time is not null)
            {
                s.AddSingleton<TimeProvider>(time);
            }
            ConfigureServices(s);
        });
        _ = _app.Server; // start now: migrate and seed once for the class
    }

    /// <summary>Extra test services of a fixture (added after the app's own).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            await _app.Database.DisposeAsync();
            if (Directory.Exists(_app.FilesRoot))
            {
                Directory.Delete(_app.FilesRoot, recursive: true);
            }
        }
    }
}

public sealed class SqliteApp() : AppFixture(DbProvider.Sqlite);

public sealed class PostgresApp() : AppFixture(DbProvider.Postgres);
