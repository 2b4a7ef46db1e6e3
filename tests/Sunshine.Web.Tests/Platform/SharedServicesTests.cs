using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sunshine.Domain;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Files;
using Sunshine.Web.Platform.Web;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Platform;

/// <summary>Tracking numbers, query codes and the file store that every citizen-facing module uses.</summary>
public abstract class SharedServicesTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    [Fact]
    public async Task Tracking_numbers_are_unique_and_sequential_under_concurrent_submissions()
    {
        var at = new DateTime(2026, 12, 31, 17, 0, 0, DateTimeKind.Utc); // 2027-01-01 01:00 in China: counts for 2027
        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            App.WithServicesAsync(sp => sp.GetRequiredService<TrackingNumbers>().NextAsync("TST", at))));
        Assert.Equal(20, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(@"^TST-2027-\d{6}$", n));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"TST-2027-{i:000000}"), numbers.Order());
    }

    [Fact]
    public void Query_codes_are_eight_digits_and_match_only_their_own_tracking_number()
    {
        var code = QueryCodes.New();
        Assert.Matches(@"^\d{8}$", code);
        var hash = QueryCodes.Hash("YSQ-2026-000001", code);
        Assert.True(QueryCodes.Matches(hash, "ysq-2026-000001", code));
        Assert.False(QueryCodes.Matches(hash, "YSQ-2026-000002", code));
        Assert.False(QueryCodes.Matches(hash, "YSQ-2026-000001", code == "00000000" ? "00000001" : "00000000"));
        Assert.DoesNotContain(code, hash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_upload_is_stored_with_its_hash_and_reads_back_identically()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        var (id, stored) = await App.WithServicesAsync(async sp =>
        {
            var store = sp.GetRequiredService<FileStore>();
            var db = sp.GetRequiredService<SunshineDb>();
            var file = await store.SaveAsync(new MemoryStream(bytes), @"C:\证件\身份证复印件.pdf", "test", "1");
            await db.SaveChangesAsync();
            await using var read = store.OpenRead(file);
            using var copy = new MemoryStream();
            await read.CopyToAsync(copy);
            return (file.Id, copy.ToArray());
        });
        Assert.Equal(bytes, stored);
        var row = await App.WithDbAsync(db => db.Set<StoredFile>().AsNoTracking().SingleAsync(f => f.Id == id));
        Assert.Equal(("身份证复印件.pdf", "application/pdf", (long)bytes.Length), (row.FileName, row.ContentType, row.Length));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), row.Sha256);
    }

    [Theory]
    [InlineData("恶意.exe", "MZ\u0090\u0000", "不支持")]
    [InlineData("伪装.pdf", "MZ\u0090\u0000this is not a pdf", "内容与扩展名不符")]
    [InlineData("空.pdf", "", "空文件")]
    public async Task A_bad_upload_is_refused_in_Chinese_and_leaves_no_file_behind(string name, string content, string message)
    {
        var before = await App.WithDbAsync(db => db.Set<StoredFile>().CountAsync());
        var error = await App.WithServicesAsync(async sp =>
        {
            var store = sp.GetRequiredService<FileStore>();
            var filesBefore = Directory.Exists(store.RootPath) ? Directory.GetFiles(store.RootPath, "*", SearchOption.AllDirectories).Length : 0;
            var e = await Assert.ThrowsAsync<DomainException>(() => store.SaveAsync(new MemoryStream(Encoding.Latin1.GetBytes(content)), name, "test", "2"));
            var filesAfter = Directory.Exists(store.RootPath) ? Directory.GetFiles(store.RootPath, "*", SearchOption.AllDirectories).Length : 0;
            Assert.Equal(filesBefore, filesAfter);
            return e.Message;
        });
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Set<StoredFile>().CountAsync()));
    }
}

public sealed class SharedServicesTests_Sqlite(SqliteApp fixture) : SharedServicesTests(fixture), IClassFixture<SqliteApp>;

public sealed class SharedServicesTests_Postgres(PostgresApp fixture) : SharedServicesTests(fixture), IClassFixture<PostgresApp>;
