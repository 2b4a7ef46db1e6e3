using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Audit;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Jobs;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Platform.Db;

/// <summary>
/// The one DbContext of the platform. Provider-specific subclasses (<see cref="SqliteSunshineDb"/>,
/// <see cref="PostgresSunshineDb"/>) exist only to keep their migrations apart.
/// Every SaveChanges writes the audit chain in the same transaction (<see cref="AuditWriter"/>).
/// </summary>
public abstract class SunshineDb : IdentityDbContext<StaffUser, IdentityRole, string>, IDataProtectionKeyContext
{
    private readonly IRequestContext _context;
    private readonly TimeProvider _time;
    private readonly List<AuditEvent> _events = [];

    protected SunshineDb(DbContextOptions options, IRequestContext? context, TimeProvider? time) : base(options)
    {
        _context = context ?? new SystemRequestContext();
        _time = time ?? TimeProvider.System;
    }

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<CalendarDayRow> CalendarDays => Set<CalendarDayRow>();
    public DbSet<ClockRecord> Clocks => Set<ClockRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    /// <summary>Cookie/antiforgery keys shared by all instances of one deployment.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The scope prefix used by the query filters; null means unrestricted.</summary>
    public string? ScopePath => _context.ScopePath;

    public IRequestContext RequestContext => _context;

    public TimeProvider Time => _time;

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>Queue an audit event that is not a row change (login, view of sealed data...). Written on the next SaveChanges.</summary>
    public void AddAuditEvent(string action, string entityType, string entityId, string? detail = null)
        => _events.Add(new AuditEvent(action, entityType, entityId, detail));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<StaffUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(64);
            b.Property(u => u.OrgPath).HasMaxLength(400);
            b.Property(u => u.BadgeNumber).HasMaxLength(32);
            b.HasOne(u => u.OrgUnit).WithMany().HasForeignKey(u => u.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(u => u.OrgPath);
        });
        ApplyScope<StaffUser>(builder);

        builder.Entity<OrgUnit>(b =>
        {
            b.ToTable("org_units");
            b.Property(u => u.Code).HasMaxLength(32);
            b.Property(u => u.Name).HasMaxLength(100);
            b.Property(u => u.Path).HasMaxLength(400);
            b.Property(u => u.ScopePath).HasMaxLength(400);
            b.Property(u => u.Phone).HasMaxLength(40);
            b.Property(u => u.Address).HasMaxLength(200);
            b.HasIndex(u => u.Code).IsUnique();
            b.HasIndex(u => u.Path);
            b.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        ApplyScope<OrgUnit>(builder);

        builder.Entity<CalendarYear>(b =>
        {
            b.ToTable("calendar_years");
            b.HasKey(y => y.Year);
            b.Property(y => y.Year).ValueGeneratedNever();
            b.Property(y => y.Source).HasMaxLength(200);
        });
        builder.Entity<CalendarDayRow>(b =>
        {
            b.ToTable("calendar_days");
            b.HasKey(d => d.Date);
            b.Property(d => d.Name).HasMaxLength(50);
            b.HasIndex(d => d.Year);
        });

        builder.Entity<ClockRecord>(b =>
        {
            b.ToTable("clocks");
            b.Property(c => c.OwnerType).HasMaxLength(40);
            b.Property(c => c.OwnerId).HasMaxLength(64);
            b.Property(c => c.Title).HasMaxLength(200);
            b.Property(c => c.OrgPath).HasMaxLength(400);
            b.Property(c => c.EvaluationError).HasMaxLength(200);
            b.HasIndex(c => new { c.OwnerType, c.OwnerId }).IsUnique();
            b.HasIndex(c => new { c.State, c.DueDate });
            b.HasIndex(c => c.OrgPath);
        });
        ApplyScope<ClockRecord>(builder);

        builder.Entity<AuditEntry>(b =>
        {
            b.ToTable("audit_log");
            b.HasKey(a => a.Seq);
            b.Property(a => a.Seq).ValueGeneratedNever();
            b.Property(a => a.ActorId).HasMaxLength(64);
            b.Property(a => a.ActorName).HasMaxLength(120);
            b.Property(a => a.Action).HasMaxLength(40);
            b.Property(a => a.EntityType).HasMaxLength(80);
            b.Property(a => a.EntityId).HasMaxLength(80);
            b.Property(a => a.RequestId).HasMaxLength(64);
            b.Property(a => a.PrevHash).HasMaxLength(64);
            b.Property(a => a.Hash).HasMaxLength(64);
            b.HasIndex(a => new { a.EntityType, a.EntityId });
            b.HasIndex(a => a.AtUtc);
        });
        builder.Entity<AuditHead>(b =>
        {
            b.ToTable("audit_head");
            b.Property(h => h.Id).ValueGeneratedNever();
            b.Property(h => h.LastHash).HasMaxLength(64);
        });

        builder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox");
            b.Property(m => m.To).HasMaxLength(200);
            b.Property(m => m.Subject).HasMaxLength(200);
            b.Property(m => m.Reference).HasMaxLength(100);
            b.Property(m => m.SentBy).HasMaxLength(40);
            b.Property(m => m.LastError).HasMaxLength(1000);
            b.HasIndex(m => new { m.Status, m.NextAttemptUtc });
        });

        builder.Entity<DataProtectionKey>(b => b.ToTable("data_protection_keys"));

        Features.Requests.RequestsModel.Configure(builder);
        ApplyScope<Features.Requests.DisclosureRequest>(builder);
        ApplyScope<Features.Requests.RequestReviewCase>(builder);
        ApplyScope<Features.Requests.AnnualReportText>(builder);

        builder.Entity<Web.Serial>(b =>
        {
            b.ToTable("serials");
            b.HasKey(x => x.Key);
            b.Property(x => x.Key).HasMaxLength(40);
        });

        builder.Entity<Files.StoredFile>(b =>
        {
            b.ToTable("files");
            b.Property(f => f.FileName).HasMaxLength(200);
            b.Property(f => f.ContentType).HasMaxLength(120);
            b.Property(f => f.Sha256).HasMaxLength(64);
            b.Property(f => f.StorageKey).HasMaxLength(200);
            b.Property(f => f.OwnerType).HasMaxLength(40);
            b.Property(f => f.OwnerId).HasMaxLength(64);
            b.HasIndex(f => new { f.OwnerType, f.OwnerId });
        });

        builder.Entity<JobLease>(b =>
        {
            b.ToTable("job_leases");
            b.HasKey(l => l.Name);
            b.Property(l => l.Name).HasMaxLength(64);
            b.Property(l => l.Holder).HasMaxLength(120);
            b.Property(l => l.LastError).HasMaxLength(1000);
        });
    }

    /// <summary>The central scoping rule: a scoped row is visible when its path lies under the actor's scope path.</summary>
    protected void ApplyScope<T>(ModelBuilder builder) where T : class, IOrgScoped
        => builder.Entity<T>().HasQueryFilter(ScopeFilter<T>());

    private System.Linq.Expressions.Expression<Func<T, bool>> ScopeFilter<T>() where T : class, IOrgScoped
    {
        // EF parameterises ScopePath per context instance; StartsWith becomes LIKE 'prefix%' on both providers.
        if (typeof(T) == typeof(OrgUnit))
        {
            return (System.Linq.Expressions.Expression<Func<T, bool>>)(object)(System.Linq.Expressions.Expression<Func<OrgUnit, bool>>)
                (u => ScopePath == null || u.Path.StartsWith(ScopePath));
        }
        return e => ScopePath == null || EF.Property<string>(e, nameof(IOrgScoped.OrgPath)).StartsWith(ScopePath);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
        => SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = AuditWriter.Capture(ChangeTracker);
        if (changes.Count == 0 && _events.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            // Data first: this takes the write lock (SQLite) before the chain tail is read.
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            var events = _events.ToList();
            _events.Clear();
            await AuditWriter.AppendAsync(this, changes, events, cancellationToken);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return count;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }
}

public sealed record AuditEvent(string Action, string EntityType, string EntityId, string? Detail);
