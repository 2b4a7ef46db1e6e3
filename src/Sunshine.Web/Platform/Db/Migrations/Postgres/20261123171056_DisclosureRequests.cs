using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sunshine.Web.Platform.Db.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DisclosureRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "disclosure_annual_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AgencyUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Overview = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Problems = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Other = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Table2Json = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_annual_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_reply_templates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_reply_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_request_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<int>(type: "integer", nullable: false),
                    VisibleToApplicant = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_request_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_request_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: true),
                    FromStatus = table.Column<int>(type: "integer", nullable: true),
                    ToStatus = table.Column<int>(type: "integer", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PublicText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    InternalNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_request_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_request_reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    Proceeding = table.Column<int>(type: "integer", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OrgPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_request_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrackingNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    QueryCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegisteredById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApplicantKind = table.Column<int>(type: "integer", nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdType = table.Column<int>(type: "integer", nullable: true),
                    IdNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OrganisationCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    LegalRepresentative = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ContactPerson = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PostCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PreferredForm = table.Column<int>(type: "integer", nullable: false),
                    AgencyUnitId = table.Column<int>(type: "integer", nullable: false),
                    OrgPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ClockId = table.Column<long>(type: "bigint", nullable: true),
                    ExtensionCount = table.Column<int>(type: "integer", nullable: false),
                    CorrectionNoticeCount = table.Column<int>(type: "integer", nullable: false),
                    CorrectionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionRequest = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FeeBasis = table.Column<int>(type: "integer", nullable: true),
                    FeeCount = table.Column<int>(type: "integer", nullable: true),
                    FeeAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    FeeDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FeeExplanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<int>(type: "integer", nullable: true),
                    ReplyNote = table.Column<int>(type: "integer", nullable: false),
                    ReplyText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    SeparatedContent = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DisclosedLocation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ResponsibleAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DraftedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DraftedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RepliedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TransferredFromId = table.Column<long>(type: "bigint", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatingComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_disclosure_requests_org_units_AgencyUnitId",
                        column: x => x.AgencyUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_annual_reports_Year_AgencyUnitId",
                table: "disclosure_annual_reports",
                columns: new[] { "Year", "AgencyUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_reply_templates_Outcome_Reason",
                table: "disclosure_reply_templates",
                columns: new[] { "Outcome", "Reason" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_request_attachments_RequestId",
                table: "disclosure_request_attachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_request_events_RequestId_AtUtc",
                table: "disclosure_request_events",
                columns: new[] { "RequestId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_request_reviews_FiledOn",
                table: "disclosure_request_reviews",
                column: "FiledOn");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_request_reviews_RequestId",
                table: "disclosure_request_reviews",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_AgencyUnitId",
                table: "disclosure_requests",
                column: "AgencyUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_ClosedOn",
                table: "disclosure_requests",
                column: "ClosedOn");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_OrgPath",
                table: "disclosure_requests",
                column: "OrgPath");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_Status_ReceivedOn",
                table: "disclosure_requests",
                columns: new[] { "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_TrackingNumber",
                table: "disclosure_requests",
                column: "TrackingNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disclosure_annual_reports");

            migrationBuilder.DropTable(
                name: "disclosure_reply_templates");

            migrationBuilder.DropTable(
                name: "disclosure_request_attachments");

            migrationBuilder.DropTable(
                name: "disclosure_request_events");

            migrationBuilder.DropTable(
                name: "disclosure_request_reviews");

            migrationBuilder.DropTable(
                name: "disclosure_requests");
        }
    }
}
