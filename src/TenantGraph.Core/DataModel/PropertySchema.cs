namespace TenantGraph.Core.DataModel;

/// <summary>A property a class declares and the forms its value may take (any one of <see cref="Types"/>).</summary>
internal sealed record PropertySchema(string Name, IReadOnlyList<PropertyType> Types)
{
    public bool Accepts(object? value)
    {
        foreach (var type in Types)
        {
            if (type.Accepts(value))
            {
                return true;
            }
        }

        return false;
    }

    public string Describe() => string.Join(" or ", Types.Select(t => t.ToString()));
}
