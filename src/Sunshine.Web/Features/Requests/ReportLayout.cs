using System.Globalization;
using Sunshine.Domain.Requests;

namespace Sunshine.Web.Features.Requests;

/// <summary>One cell of a report table as printed: position, merge (row/column span), text or number.</summary>
/// <param name="Row">0-based row.</param>
/// <param name="Col">0-based column.</param>
/// <param name="RowSpan">Rows it covers (merged downwards).</param>
/// <param name="ColSpan">Columns it covers (merged to the right).</param>
/// <param name="Value">A string label, or an int/decimal figure.</param>
/// <param name="IsHeader">A column header (printed as th with scope col).</param>
/// <param name="IsRowLabel">A row label (th with scope row).</param>
public sealed record GridCell(int Row, int Col, int RowSpan, int ColSpan, object Value, bool IsHeader = false, bool IsRowLabel = false)
{
    public bool IsNumber => Value is int or decimal;

    public string Text => Value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        _ => Value.ToString() ?? "",
    };
}

/// <summary>A report table in the template's structure; the HTML views and the .xlsx export both render it.</summary>
public sealed record ReportGrid(string Title, int Rows, int Cols, IReadOnlyList<GridCell> Cells, IReadOnlyList<double> ColumnWidths)
{
    /// <summary>The cells that start in a row, left to right.</summary>
    public IEnumerable<GridCell> CellsStartingIn(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Col);

    /// <summary>The rows at the top that hold only column headers (for thead); later headings stay in the body.</summary>
    public int HeaderRows
    {
        get
        {
            var r = 0;
            while (r < Rows && Cells.Any(c => c.Row == r) && Cells.Where(c => c.Row == r).All(c => c.IsHeader))
            {
                r++;
            }

            return r;
        }
    }
}

/// <summary>
/// Tables 二, 三 and 四 laid out like the 2021 template (国办公开办函〔2021〕30号): merged headers, row labels with
/// their numbering; the numbers come from the domain tables.
/// </summary>
public static class ReportLayout
{
    /// <summary>Table 二: four blocks (第二十条第（一）（五）（六）（八）项), each with its heading, column headers and rows.</summary>
    public static ReportGrid Table2Grid(Table2 table)
    {
        var cells = new List<GridCell>();
        var r = 0;
        var layout = table.Layout();
        foreach (var section in layout)
        {
            // The last block is 行政事业性收费 in 万元 (decimals); the others are whole counts.
            var isMoney = ReferenceEquals(section, layout[^1]);
            cells.Add(new GridCell(r, 0, 1, 4, section.Heading, IsHeader: true));
            r++;
            var labels = section.ColumnLabels;
            cells.Add(new GridCell(r, 0, 1, 1, labels[0], IsHeader: true));
            if (labels.Count == 4)
            {
                for (var i = 1; i < 4; i++)
                {
                    cells.Add(new GridCell(r, i, 1, 1, labels[i], IsHeader: true));
                }
            }
            else
            {
                cells.Add(new GridCell(r, 1, 1, 3, labels[1], IsHeader: true));
            }

            r++;
            foreach (var row in section.Rows)
            {
                cells.Add(new GridCell(r, 0, 1, 1, row.Label, IsRowLabel: true));
                if (row.Values.Count == 3)
                {
                    for (var i = 0; i < 3; i++)
                    {
                        cells.Add(new GridCell(r, 1 + i, 1, 1, AsInt(row.Values[i])));
                    }
                }
                else
                {
                    cells.Add(new GridCell(r, 1, 1, 3, isMoney ? row.Values[0] : AsInt(row.Values[0])));
                }

                r++;
            }
        }

        return new ReportGrid(Table2.Title, r, 4, cells, [24, 16, 16, 16]);
    }

    /// <summary>
    /// Table 三: the header 申请人情况 / 自然人 / 法人或其他组织 (five kinds) / 总计 over three rows, the row labels in
    /// three columns (三、 and （三）–（六） span their sub-rows), seven numbers per row.
    /// </summary>
    public static ReportGrid Table3Grid(Table3 table)
    {
        var cells = new List<GridCell>
        {
            new(0, 0, 3, 3, Table3.BalanceNote, IsHeader: true),
            new(0, 3, 1, 7, Table3.ApplicantHeader, IsHeader: true),
            new(1, 3, 2, 1, Table3.ColumnLabel(ApplicantKind.NaturalPerson), IsHeader: true),
            new(1, 4, 1, 5, Table3.OrganisationGroupLabel, IsHeader: true),
            new(1, 9, 2, 1, Table3.TotalColumnLabel, IsHeader: true),
        };
        for (var i = 1; i < Table3.Columns.Count; i++)
        {
            cells.Add(new GridCell(2, 3 + i, 1, 1, Table3.ColumnLabel(Table3.Columns[i]), IsHeader: true));
        }

        var rows = Table3.Rows;
        var r = 3;
        for (var i = 0; i < rows.Count; i++)
        {
            var def = rows[i];
            if (!def.HasValues)
            {
                // A heading spans the value rows below it, down to the next row of its level or above.
                var span = 0;
                for (var j = i + 1; j < rows.Count && rows[j].Level > def.Level; j++)
                {
                    span += rows[j].HasValues ? 1 : 0;
                }

                cells.Add(new GridCell(r, def.Level, span, 1, def.FullLabel, IsRowLabel: true));
                continue;
            }

            cells.Add(new GridCell(r, def.Level, 1, 3 - def.Level, def.FullLabel, IsRowLabel: true));
            for (var c = 0; c < Table3.Columns.Count; c++)
            {
                cells.Add(new GridCell(r, 3 + c, 1, 1, table[def.Key, Table3.Columns[c]]));
            }

            cells.Add(new GridCell(r, 9, 1, 1, table.Total(def.Key)));
            r++;
        }

        return new ReportGrid(Table3.Title, r, 10, cells, [10, 10, 30, 8, 8, 8, 8, 8, 8, 8]);
    }

    /// <summary>Table 四: 行政复议 (5 columns) and 行政诉讼 split into 未经复议直接起诉 and 复议后起诉 (5 each): 15 numbers.</summary>
    public static ReportGrid Table4Grid(Table4 table)
    {
        var cells = new List<GridCell>
        {
            new(0, 0, 1, 5, Table4.ReviewGroupLabel, IsHeader: true),
            new(0, 5, 1, 10, Table4.LitigationGroupLabel, IsHeader: true),
            new(1, 5, 1, 5, Table4.ProceedingLabel(ReviewProceeding.LitigationWithoutReview), IsHeader: true),
            new(1, 10, 1, 5, Table4.ProceedingLabel(ReviewProceeding.LitigationAfterReview), IsHeader: true),
        };
        for (var c = 0; c < Table4.Columns.Count; c++)
        {
            var label = Table4.ColumnLabel(Table4.Columns[c]);
            cells.Add(new GridCell(1, c, 2, 1, label, IsHeader: true));
            cells.Add(new GridCell(2, 5 + c, 1, 1, label, IsHeader: true));
            cells.Add(new GridCell(2, 10 + c, 1, 1, label, IsHeader: true));
        }

        for (var p = 0; p < Table4.Proceedings.Count; p++)
        {
            for (var c = 0; c < Table4.Columns.Count; c++)
            {
                cells.Add(new GridCell(3, p * 5 + c, 1, 1, table[Table4.Proceedings[p], Table4.Columns[c]]));
            }
        }

        return new ReportGrid(Table4.Title, 4, 15, cells, Enumerable.Repeat(9.0, 15).ToList());
    }

    private static int AsInt(decimal value) => (int)value;
}
