using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sunshine.Web.Platform.Db.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CalendarNameLength : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
