using System.Globalization;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Sunshine.Web.Features.Requests;

/// <summary>
/// The annual report's tables 二, 三 and 四 as an .xlsx workbook, one sheet per table named after its section
/// ("二、主动公开政府信息情况" …), laid out like the template. MiniExcel writes the values and borders; it has no API for
/// merged cells outside templates, so the merge ranges, column widths and A4 page setup are added to each sheet's XML
/// afterwards (a plain, schema-ordered insertion).
/// </summary>
public static class ReportExcel
{
    private const int TitleRows = 2;

    public static byte[] Build(AnnualReportView view)
    {
        var report = view.Report ?? throw new InvalidOperationException("The report has no tables.");
        var title = $"{view.Unit.Name}{view.Year}年政府信息公开工作年度报告";
        var grids = new[]
        {
            (Sheet: Domain.Requests.AnnualReport.SectionTitles[1], Grid: ReportLayout.Table2Grid(report.Table2), Landscape: false),
            (Sheet: Domain.Requests.AnnualReport.SectionTitles[2], Grid: ReportLayout.Table3Grid(report.Table3), Landscape: false),
            (Sheet: Domain.Requests.AnnualReport.SectionTitles[3], Grid: ReportLayout.Table4Grid(report.Table4), Landscape: true),
        };

        var sheets = new Dictionary<string, object>();
        foreach (var (sheet, grid, _) in grids)
        {
            sheets[sheet] = Rows(title, sheet, grid);
        }

        var config = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.Default,
            AutoFilter = false,
            FreezeRowCount = 0,
            FreezeColumnCount = 0,
            EnableWriteNullValueCell = true,
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, printHeader: false, excelType: ExcelType.XLSX, configuration: config);

        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < grids.Length; i++)
            {
                PatchSheet(zip, $"xl/worksheets/sheet{i + 1}.xml", grids[i].Grid, grids[i].Landscape);
            }

            PatchStyles(zip);
        }

        return stream.ToArray();
    }

    /// <summary>Column letter(s) of a 0-based column.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static List<Dictionary<string, object?>> Rows(string title, string section, ReportGrid grid)
    {
        var rows = new List<Dictionary<string, object?>>();
        for (var r = 0; r < grid.Rows + TitleRows; r++)
        {
            var row = new Dictionary<string, object?>();
            for (var c = 0; c < grid.Cols; c++)
            {
                // Every cell of the table gets a value ("" under a merge), so MiniExcel gives it the bordered style.
                row[Column(c)] = "";
            }

            rows.Add(row);
        }

        rows[0][Column(0)] = title;
        rows[1][Column(0)] = section;
        foreach (var cell in grid.Cells)
        {
            rows[cell.Row + TitleRows][Column(cell.Col)] = cell.Value;
        }

        return rows;
    }

    private static void PatchSheet(ZipArchive zip, string name, ReportGrid grid, bool landscape)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"MiniExcel did not write {name}.");
        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            xml = reader.ReadToEnd();
        }

        var prefix = xml.Contains("<x:sheetData", StringComparison.Ordinal) ? "x:" : "";
        var merges = new List<string>
        {
            $"A1:{Column(grid.Cols - 1)}1",
            $"A2:{Column(grid.Cols - 1)}2",
        };
        merges.AddRange(grid.Cells.Where(c => c.RowSpan > 1 || c.ColSpan > 1).Select(c =>
            $"{Column(c.Col)}{c.Row + TitleRows + 1}:{Column(c.Col + c.ColSpan - 1)}{c.Row + c.RowSpan + TitleRows}"));
        var mergeXml = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<{prefix}mergeCells count=\"{merges.Count}\">");
        foreach (var m in merges)
        {
            mergeXml.Append(CultureInfo.InvariantCulture, $"<{prefix}mergeCell ref=\"{m}\"/>");
        }

        mergeXml.Append(CultureInfo.InvariantCulture, $"</{prefix}mergeCells>")
            .Append(CultureInfo.InvariantCulture, $"<{prefix}pageMargins left=\"0.6\" right=\"0.6\" top=\"0.8\" bottom=\"0.8\" header=\"0.3\" footer=\"0.3\"/>")
            .Append(CultureInfo.InvariantCulture, $"<{prefix}pageSetup paperSize=\"9\" orientation=\"{(landscape ? "landscape" : "portrait")}\"/>");

        var cols = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<{prefix}cols>");
        for (var c = 0; c < grid.ColumnWidths.Count; c++)
        {
            cols.Append(CultureInfo.InvariantCulture, $"<{prefix}col min=\"{c + 1}\" max=\"{c + 1}\" width=\"{grid.ColumnWidths[c]}\" customWidth=\"1\"/>");
        }

        cols.Append(CultureInfo.InvariantCulture, $"</{prefix}cols>");

        // Schema order: … cols, sheetData, … mergeCells, … pageMargins, pageSetup, … drawing.
        xml = xml.Replace($"<{prefix}sheetData>", cols + $"<{prefix}sheetData>", StringComparison.Ordinal)
                 .Replace($"</{prefix}sheetData>", $"</{prefix}sheetData>" + mergeXml, StringComparison.Ordinal);

        entry.Delete();
        var replaced = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var writer = new StreamWriter(replaced.Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    /// <summary>The bordered cell style wraps text and centres vertically, so long row labels stay readable.</summary>
    private static void PatchStyles(ZipArchive zip)
    {
        var entry = zip.GetEntry("xl/styles.xml");
        if (entry is null)
        {
            return;
        }

        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            xml = reader.ReadToEnd();
        }

        xml = xml.Replace("vertical=\"bottom\" textRotation=\"0\" wrapText=\"0\"", "vertical=\"center\" textRotation=\"0\" wrapText=\"1\"", StringComparison.Ordinal);
        entry.Delete();
        var replaced = zip.CreateEntry("xl/styles.xml", CompressionLevel.Optimal);
        using var writer = new StreamWriter(replaced.Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
