using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sunshine.Web.Platform.Db.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Overview = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Problems = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Other = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Table2Json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_annual_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_reply_templates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_reply_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_request_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    VisibleToApplicant = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_request_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_request_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: true),
                    FromStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    ToStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    PublicText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    InternalNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_request_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_request_reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Proceeding = table.Column<int>(type: "INTEGER", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_request_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    QueryCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApplicantKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdType = table.Column<int>(type: "INTEGER", nullable: true),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OrganisationCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PostCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PreferredForm = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ClockId = table.Column<long>(type: "INTEGER", nullable: true),
                    ExtensionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectionNoticeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CorrectionRequest = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FeeBasis = table.Column<int>(type: "INTEGER", nullable: true),
                    FeeCount = table.Column<int>(type: "INTEGER", nullable: true),
                    FeeAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    FeeDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeeExplanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<int>(type: "INTEGER", nullable: true),
                    ReplyNote = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplyText = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    SeparatedContent = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DisclosedLocation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResponsibleAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DraftedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DraftedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RepliedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TransferredFromId = table.Column<long>(type: "INTEGER", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
