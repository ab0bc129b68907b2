namespace TenantGraph.Emulator.Serving;

/// <summary>Recursive descent over the token list of a <c>$filter</c>: or → and → not → primary.</summary>
internal sealed class ODataFilterParser
{
    private readonly List<string> _tokens;
    private int _next;

    public ODataFilterParser(string text) => _tokens = Tokenize(text);

    public ODataFilter ParseAll()
    {
        var filter = ParseOr();
        if (_next != _tokens.Count)
        {
            throw new FormatException($"Unexpected '{_tokens[_next]}'.");
        }

        return filter;
    }

    private ODataFilter ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
        {
            left = new ODataFilter.Logical(false, left, ParseAnd());
        }

        return left;
    }

    private ODataFilter ParseAnd()
    {
        var left = ParseUnary();
        while (Accept("and"))
        {
            left = new ODataFilter.Logical(true, left, ParseUnary());
        }

        return left;
    }

    private ODataFilter ParseUnary()
    {
        if (Accept("not"))
        {
            return new ODataFilter.Not(ParseUnary());
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        var first = Take();
        if ((first.Equals("startswith", StringComparison.OrdinalIgnoreCase) || first.Equals("endswith", StringComparison.OrdinalIgnoreCase)) && Accept("("))
        {
            var field = Take();
            Expect(",");
            var literal = ODataFilter.ParseLiteral(Take()) as string ?? throw new FormatException($"{first} needs a string.");
            Expect(")");
            return new ODataFilter.StringFunction(first.ToLowerInvariant(), field, literal);
        }

        var op = Take();
        if (!op.Equals("eq", StringComparison.OrdinalIgnoreCase) && !op.Equals("ne", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Operator '{op}' is not supported.");
        }

        return new ODataFilter.Comparison(first, op.Equals("ne", StringComparison.OrdinalIgnoreCase), ODataFilter.ParseLiteral(Take()));
    }

    private bool Accept(string token)
    {
        if (_next < _tokens.Count && _tokens[_next].Equals(token, StringComparison.OrdinalIgnoreCase))
        {
            _next++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new FormatException($"Expected '{token}'.");
        }
    }

    private string Take() => _next < _tokens.Count ? _tokens[_next++] : throw new FormatException("The clause ends too early.");

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '\'')
            {
                var end = i + 1;
                while (end < text.Length && (text[end] != '\'' || (end + 1 < text.Length && text[end + 1] == '\'')))
                {
                    end += text[end] == '\'' ? 2 : 1;
                }

                if (end >= text.Length)
                {
                    throw new FormatException("Unterminated string.");
                }

                tokens.Add(text[i..(end + 1)]);
                i = end + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('(' or ')' or ',' or '\''))
                {
                    end++;
                }

                tokens.Add(text[i..end]);
                i = end;
            }
        }

        return tokens;
    }
}
