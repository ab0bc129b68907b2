using System.Text;

namespace TenantGraph.Store.Export;

/// <summary>RFC 4180 rows: a field with a comma, quote or line break is quoted, quotes doubled; null is empty.</summary>
internal static class Csv
{
    public static string Row(params string?[] fields)
    {
        var row = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                row.Append(',');
            }

            var field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                row.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                row.Append(field);
            }
        }

        return row.ToString();
    }
}
