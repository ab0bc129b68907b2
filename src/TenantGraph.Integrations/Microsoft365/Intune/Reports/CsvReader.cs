using System.Text;

namespace TenantGraph.Integrations.Microsoft365.Intune.Reports;

/// <summary>
/// Reads RFC 4180 CSV one row at a time from a stream: quoted fields may hold commas, doubled quotes and line breaks.
/// Only the current row is held, so a report of millions of rows is read in constant memory.
/// </summary>
internal sealed class CsvReader(TextReader reader)
{
    private readonly StringBuilder _field = new();

    /// <summary>1-based number of the row last returned.</summary>
    public long Row { get; private set; }

    /// <summary>The next row's fields, or null at the end.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or text follows its closing quote.</exception>
    public IReadOnlyList<string>? ReadRow()
    {
        var first = reader.Peek();
        if (first < 0)
        {
            return null;
        }

        Row++;
        var fields = new List<string>();
        _field.Clear();
        var quoted = false;
        var afterQuote = false;
        while (true)
        {
            var c = reader.Read();
            if (quoted)
            {
                if (c < 0)
                {
                    throw new FormatException($"CSV row {Row} ends inside a quoted field");
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    _field.Append((char)c);
                }

                continue;
            }

            if (c is < 0 or '\n' or '\r' or ',')
            {
                fields.Add(_field.ToString());
                _field.Clear();
                afterQuote = false;
                if (c == ',')
                {
                    continue;
                }

                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                return fields;
            }

            if (afterQuote)
            {
                throw new FormatException($"CSV row {Row} has text after a closing quote");
            }

            if (c == '"' && _field.Length == 0)
            {
                quoted = true;
            }
            else
            {
                _field.Append((char)c);
            }
        }
    }
}
