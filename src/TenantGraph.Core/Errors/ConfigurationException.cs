namespace TenantGraph.Core.Errors;

/// <summary>A precondition of the configuration does not hold (exit code 2). Lists every problem found.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(IReadOnlyList<ConfigurationProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
    {
        Problems = problems;
    }

    public ConfigurationException(string key, string source, string problem)
        : this([new ConfigurationProblem(key, source, problem)])
    {
    }

    public IReadOnlyList<ConfigurationProblem> Problems { get; }
}

/// <summary>One configuration problem: the key, where its value came from, and what is wrong or accepted.</summary>
public sealed record ConfigurationProblem(string Key, string Source, string Problem)
{
    public override string ToString() => $"{Source}: {Key}: {Problem}";
}
