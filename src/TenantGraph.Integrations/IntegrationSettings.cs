using System.Text.Json;

namespace TenantGraph.Integrations;

/// <summary>
/// An instance's <c>settings</c> object, already checked against the integration's declared fields, read by name.
/// </summary>
public sealed class IntegrationSettings
{
    private readonly IReadOnlyDictionary<string, JsonElement> _values;

    public IntegrationSettings(IReadOnlyDictionary<string, JsonElement> values)
    {
        _values = values;
    }

    public static IntegrationSettings Empty { get; } = new(new Dictionary<string, JsonElement>());

    public string? GetString(string name) =>
        _values.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool GetBoolean(string name, bool defaultValue) =>
        _values.TryGetValue(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : defaultValue;

    /// <summary>A list given as a JSON array of strings or as one comma-separated string (the seeds' form).</summary>
    public IReadOnlyList<string> GetStringList(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.GetString() ?? string.Empty)
                .Where(v => v.Length > 0).ToArray(),
            JsonValueKind.String => (value.GetString() ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            _ => [],
        };
    }

    /// <summary>Problems with the given values against the declared fields: unknown names, wrong kinds, missing ones.</summary>
    public static IReadOnlyList<(string Name, string Problem)> Check(IReadOnlyDictionary<string, JsonElement> values,
        IReadOnlyList<IntegrationSetting> declared)
    {
        var problems = new List<(string, string)>();
        foreach (var (name, value) in values)
        {
            var setting = declared.FirstOrDefault(d => d.Name == name);
            if (setting is null)
            {
                var known = declared.Count == 0 ? "this integration has no settings" : $"known: {string.Join(", ", declared.Select(d => d.Name))}";
                problems.Add((name, $"is not a setting of this integration ({known})"));
            }
            else if (!Fits(setting.Kind, value))
            {
                problems.Add((name, $"must be {Describe(setting.Kind)}"));
            }
        }

        foreach (var missing in declared.Where(d => !d.Optional && !values.ContainsKey(d.Name)))
        {
            problems.Add((missing.Name, $"is required: {missing.Description}"));
        }

        return problems;
    }

    private static bool Fits(SettingKind kind, JsonElement value) => kind switch
    {
        SettingKind.String => value.ValueKind == JsonValueKind.String,
        SettingKind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        SettingKind.StringList => value.ValueKind == JsonValueKind.String
            || (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)),
        _ => false,
    };

    private static string Describe(SettingKind kind) => kind switch
    {
        SettingKind.String => "a string",
        SettingKind.Boolean => "true or false",
        _ => "a list of strings (an array or one comma-separated string)",
    };
}
