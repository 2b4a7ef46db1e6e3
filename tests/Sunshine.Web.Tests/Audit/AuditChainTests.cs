using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Audit;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Audit;

/// <summary>
/// The audit log is hash-chained with a head row. Tampering with raw SQL (what someone with database access
/// could do) must be reported by the verifier at the entry concerned. Each tampering runs inside a transaction
/// that is rolled back, so the tests do not depend on each other.
/// </summary>
public abstract class AuditChainTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    private Task<long> HeadSeqAsync() => App.WithDbAsync(db => db.AuditHeads.Where(h => h.Id == 1).Select(h => h.LastSeq).SingleAsync());

    [Fact]
    public async Task Signing_in_appends_a_login_entry_for_that_user_and_the_chain_still_verifies()
    {
        var before = await HeadSeqAsync();
        var userId = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "reviewer").Select(u => u.Id).SingleAsync());

        await App.LoginAsAsync("reviewer");

        var (entries, verification, head) = await App.WithDbAsync(async db => (
            await db.AuditEntries.AsNoTracking().Where(a => a.Seq > before).OrderBy(a => a.Seq).ToListAsync(),
            await AuditVerifier.VerifyAsync(db),
            await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == 1)));
        Assert.Contains(entries, e => e.Action == "login" && e.EntityType == "StaffUser" && e.EntityId == userId);
        Assert.Contains(entries, e => e.Action == "update" && e.EntityType == "StaffUser" && e.EntityId == userId
            && e.After != null && e.After.Contains("LastLoginUtc", StringComparison.Ordinal));
        Assert.True(verification.Ok, verification.Message);
        Assert.Equal(head.LastSeq, verification.Checked);
        Assert.Equal(head.LastHash, entries[^1].Hash);
    }

    [Fact]
    public async Task Changing_the_content_of_an_entry_is_reported_at_that_entry()
    {
        var result = await TamperAndVerifyAsync(async (db, last) =>
        {
            var seq = last / 2;
            var rows = await db.Database.ExecuteSqlAsync($"UPDATE audit_log SET \"After\" = {"{\"DisplayName\":\"篡改\"}"} WHERE \"Seq\" = {seq}");
            Assert.Equal(1, rows);
            return seq;
        });

        Assert.False(result.Verification.Ok, result.Verification.Message);
        Assert.Equal(result.Seq, result.Verification.BrokenAtSeq);
        Assert.Equal(result.Seq - 1, result.Verification.Checked);
        Assert.Contains($"第 {result.Seq} 条", result.Verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_entry_in_the_middle_is_reported_at_the_gap()
    {
        var result = await TamperAndVerifyAsync(async (db, last) =>
        {
            var seq = last / 2;
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"DELETE FROM audit_log WHERE \"Seq\" = {seq}"));
            return seq;
        });

        Assert.False(result.Verification.Ok, result.Verification.Message);
        Assert.Equal(result.Seq, result.Verification.BrokenAtSeq);
        Assert.Contains($"第 {result.Seq} 条", result.Verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_newest_entry_is_reported_through_the_chain_head()
    {
        var result = await TamperAndVerifyAsync(async (db, last) =>
        {
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"DELETE FROM audit_log WHERE \"Seq\" = {last}"));
            return last;
        });

        Assert.False(result.Verification.Ok, result.Verification.Message);
        Assert.Equal(result.Seq, result.Verification.BrokenAtSeq);
        Assert.Equal(result.Seq - 1, result.Verification.Checked);
        Assert.Contains("链头", result.Verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewriting_an_entry_and_recomputing_its_own_hash_is_still_caught_by_the_next_link()
    {
        var result = await TamperAndVerifyAsync(async (db, last) =>
        {
            var seq = last / 2;
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Seq == seq);
            entry.After = "{\"DisplayName\":\"篡改\"}";
            var hash = AuditWriter.ComputeHash(entry);
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"UPDATE audit_log SET \"After\" = {entry.After}, \"Hash\" = {hash} WHERE \"Seq\" = {seq}"));
            return seq + 1;
        });

        Assert.False(result.Verification.Ok, result.Verification.Message);
        Assert.Equal(result.Seq, result.Verification.BrokenAtSeq);
    }

    [Fact]
    public async Task Audit_page_verify_button_reports_an_intact_chain_then_the_tampered_entry()
    {
        var admin = await App.LoginAsAsync("admin");
        var token = await App.GetAntiforgeryTokenAsync(admin, "/admin/audit");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };

        var intact = await admin.PostAsync("/admin/audit?handler=Verify", new FormUrlEncodedContent(form));
        await Http.ExpectOkAsync(intact, App, "哈希链校验通过");

        var seq = await HeadSeqAsync() / 2;
        await WithCommittedTamperingAsync(seq, async () =>
        {
            var broken = await admin.PostAsync("/admin/audit?handler=Verify", new FormUrlEncodedContent(form));
            var html = await Http.ExpectOkAsync(broken, App, $"第 {seq} 条");
            Assert.DoesNotContain("哈希链校验通过", html, StringComparison.Ordinal);
        });

        var repaired = await App.WithDbAsync(db => AuditVerifier.VerifyAsync(db));
        Assert.True(repaired.Ok, repaired.Message);
    }

    [Fact]
    public async Task Verify_audit_command_exits_0_on_an_intact_chain_and_2_on_a_tampered_one()
    {
        var (code, output) = await RunVerifyAuditCommandAsync();
        Assert.True(code == 0, $"exit code {code}\n{output}");
        Assert.Contains("哈希链校验通过", output, StringComparison.Ordinal);

        var seq = await HeadSeqAsync() / 2;
        await WithCommittedTamperingAsync(seq, async () =>
        {
            var (brokenCode, brokenOutput) = await RunVerifyAuditCommandAsync();
            Assert.True(brokenCode == 2, $"exit code {brokenCode}\n{brokenOutput}");
            Assert.Contains($"第 {seq} 条", brokenOutput, StringComparison.Ordinal);
        });
    }

    private sealed record Tampered(long Seq, AuditVerification Verification);

    /// <summary>Checks the chain is intact, tampers inside a transaction, verifies on that transaction, rolls back.</summary>
    private Task<Tampered> TamperAndVerifyAsync(Func<SunshineDb, long, Task<long>> tamper) => App.WithDbAsync(async db =>
    {
        var intact = await AuditVerifier.VerifyAsync(db);
        Assert.True(intact.Ok, "chain must be intact before tampering: " + intact.Message);
        Assert.True(intact.Checked >= 10, $"the demo seed should have written a chain of some length, found {intact.Checked}");

        await using var tx = await db.Database.BeginTransactionAsync();
        var seq = await tamper(db, intact.Checked);
        var verification = await AuditVerifier.VerifyAsync(db);
        await tx.RollbackAsync();
        return new Tampered(seq, verification);
    });

    /// <summary>For checks from outside the transaction (a page, the CLI): commit a change of one entry, then put it back.</summary>
    private async Task WithCommittedTamperingAsync(long seq, Func<Task> check)
    {
        var original = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Seq == seq).Select(a => a.After).SingleAsync());
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE audit_log SET \"After\" = {"{\"tampered\":true}"} WHERE \"Seq\" = {seq}"));
        try
        {
            await check();
        }
        finally
        {
            await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE audit_log SET \"After\" = {original} WHERE \"Seq\" = {seq}"));
        }
    }

    /// <summary>Runs the built application's `verify-audit` command as a separate process against this class's database.</summary>
    private async Task<(int ExitCode, string Output)> RunVerifyAuditCommandAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Sunshine.Web.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("verify-audit");
        psi.Environment["Database__Provider"] = App.Database.ProviderSetting;
        psi.Environment["Database__ConnectionString"] = App.Database.ConnectionString;
        psi.Environment["Demo__Enabled"] = "false";
        psi.Environment["Jobs__Enabled"] = "false";
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["DOTNET_ENVIRONMENT"] = "Production";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await p.WaitForExitAsync(cts.Token);
        return (p.ExitCode, await stdout + await stderr);
    }
}

public sealed class AuditChainTests_Sqlite(SqliteApp fixture) : AuditChainTests(fixture), IClassFixture<SqliteApp>;

public sealed class AuditChainTests_Postgres(PostgresApp fixture) : AuditChainTests(fixture), IClassFixture<PostgresApp>;
