using System.Text.Json;
using TenantGraph.Core.Configuration;
using TenantGraph.Core.Errors;
using TenantGraph.Integrations;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Credentials;

namespace TenantGraph.Cli.Configuration;

/// <summary>
/// Builds the configuration from the file (<c>tenantgraph.json</c>), then the environment, then flags, in rising
/// precedence, and checks all of it at once: every problem is reported with its key and where the value came
/// from. Without a file, one instance is made from Azure.Identity's environment variables.
/// </summary>
internal sealed class ConfigLoader(IReadOnlyDictionary<string, string?> environment)
{
    public const string DefaultFile = "tenantgraph.json";

    private static readonly string[] RootKeys = ["store", "tls", "instances"];
    private static readonly string[] InstanceKeys =
    [
        "name", "integration", "tenantId", "clientId", "clientSecret", "certificatePath", "certificatePassword",
        "credential", "cloud", "settings", "pollingInterval",
    ];

    private static readonly string[] PollingIntervals =
        ["DISABLED", "THIRTY_MINUTES", "ONE_HOUR", "FOUR_HOURS", "TWELVE_HOURS", "ONE_DAY", "ONE_WEEK"];

    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <exception cref="ConfigurationException">Lists every problem found.</exception>
    public TenantGraphConfig Load(ConfigFlags flags)
    {
        var problems = new List<ConfigurationProblem>();
        var path = flags.ConfigFile ?? (File.Exists(DefaultFile) ? DefaultFile : null);
        TenantGraphConfig config;
        if (path is null)
        {
            config = FromEnvironment(problems);
        }
        else if (!File.Exists(path))
        {
            throw new ConfigurationException("--config", "flag", $"the file {path} does not exist");
        }
        else
        {
            config = FromFile(path, problems);
        }

        config = ApplyOverrides(config, flags, problems);
        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }

        return config;
    }

    private TenantGraphConfig FromFile(string path, List<ConfigurationProblem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new ConfigurationException("(file)", path,
                $"is not valid JSON: {e.Message.Split(" Path:", 2)[0]} (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException("(root)", path, "must be a JSON object with store, tls and instances");
            }

            foreach (var unknown in root.EnumerateObject().Where(p => !RootKeys.Contains(p.Name)))
            {
                problems.Add(new(unknown.Name, path, $"is not a configuration key (known: {string.Join(", ", RootKeys)})"));
            }

            var store = ReadString(root, "store", "store", path, problems) ?? TenantGraphConfig.DefaultStore;
            string? caFile = null;
            if (root.TryGetProperty("tls", out var tls))
            {
                caFile = tls.ValueKind == JsonValueKind.Object ? ReadString(tls, "caFile", "tls.caFile", path, problems) : null;
                if (tls.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new("tls", path, "must be an object such as {\"caFile\": \"corp-ca.pem\"}"));
                }
                else if (caFile is not null && !File.Exists(caFile))
                {
                    problems.Add(new("tls.caFile", path, $"the file {caFile} does not exist"));
                }
            }

            var instances = new List<InstanceConfig>();
            if (!root.TryGetProperty("instances", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                problems.Add(new("instances", path, "must be a non-empty array of instances"));
            }
            else
            {
                var index = 0;
                var names = new List<string>();
                foreach (var item in list.EnumerateArray())
                {
                    if (ReadInstance(item, $"instances[{index}]", path, problems) is { } instance)
                    {
                        instances.Add(instance);
                    }

                    if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                    {
                        names.Add(name.GetString() ?? string.Empty);
                    }

                    index++;
                }

                foreach (var duplicate in names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
                {
                    problems.Add(new("instances", path, $"the name '{duplicate.Key}' is used by {duplicate.Count()} instances; names must be unique"));
                }
            }

            return new TenantGraphConfig(store, caFile, instances);
        }
    }

    private InstanceConfig? ReadInstance(JsonElement item, string at, string source, List<ConfigurationProblem> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(at, source, "must be an object"));
            return null;
        }

        foreach (var unknown in item.EnumerateObject().Where(p => !InstanceKeys.Contains(p.Name)))
        {
            problems.Add(new($"{at}.{unknown.Name}", source, $"is not an instance key (known: {string.Join(", ", InstanceKeys)})"));
        }

        var before = problems.Count;
        var name = ReadString(item, "name", $"{at}.name", source, problems);
        if (name is null)
        {
            problems.Add(new($"{at}.name", source, "is required"));
        }

        var integration = ReadIntegration(ReadString(item, "integration", $"{at}.integration", source, problems), $"{at}.integration", source, problems);
        var tenantId = ReadString(item, "tenantId", $"{at}.tenantId", source, problems);
        var clientId = ReadString(item, "clientId", $"{at}.clientId", source, problems);
        var secret = ReadSecret(item, "clientSecret", $"{at}.clientSecret", source, problems);
        var certificatePath = ReadString(item, "certificatePath", $"{at}.certificatePath", source, problems);
        var certificatePassword = ReadSecret(item, "certificatePassword", $"{at}.certificatePassword", source, problems);
        var kind = ReadCredentialKind(ReadString(item, "credential", $"{at}.credential", source, problems), $"{at}.credential", source, problems);
        var credential = CheckCredential(new MicrosoftCredentialOptions(tenantId ?? string.Empty, clientId, secret, certificatePath,
            certificatePassword, kind), at, source, problems);
        var cloud = ReadCloud(item, $"{at}.cloud", source, problems);
        var settings = ReadSettings(item, integration, $"{at}.settings", source, problems);
        var polling = ReadString(item, "pollingInterval", $"{at}.pollingInterval", source, problems);
        if (polling is not null && !PollingIntervals.Contains(polling))
        {
            problems.Add(new($"{at}.pollingInterval", source, $"'{polling}' is not one of {string.Join(", ", PollingIntervals)}"));
        }

        return problems.Count > before || name is null || integration is null || cloud is null
            ? null
            : new InstanceConfig(name, integration, credential, cloud, settings, polling);
    }

    private TenantGraphConfig FromEnvironment(List<ConfigurationProblem> problems)
    {
        var integration = ReadIntegration(Env("TENANTGRAPH_INTEGRATION") ?? "microsoft-365", "TENANTGRAPH_INTEGRATION", "environment", problems);
        var credential = CheckCredential(EnvironmentCredential(new MicrosoftCredentialOptions(string.Empty)), "(environment)", "environment", problems);
        var instances = integration is null ? [] : new[]
        {
            new InstanceConfig("default", integration, credential, CloudEndpoints.Public, IntegrationSettings.Empty, null),
        };
        return new TenantGraphConfig(TenantGraphConfig.DefaultStore, null, instances);
    }

    private TenantGraphConfig ApplyOverrides(TenantGraphConfig config, ConfigFlags flags, List<ConfigurationProblem> problems)
    {
        var store = flags.Store ?? Env("TENANTGRAPH_STORE") ?? config.Store;
        var instances = config.Instances;
        if (flags.Instance is { } only)
        {
            instances = instances.Where(i => i.Name == only).ToArray();
            if (instances.Count == 0)
            {
                problems.Add(new("--instance", "flag",
                    $"no instance is named '{only}' (configured: {string.Join(", ", config.Instances.Select(i => i.Name))})"));
            }
        }

        // Azure.Identity's variables name one identity, so they apply only when one instance is selected.
        if (instances.Count == 1)
        {
            instances = [instances[0] with { Credential = EnvironmentCredential(instances[0].Credential) }];
        }

        return config with { Store = store, Instances = instances };
    }

    private MicrosoftCredentialOptions EnvironmentCredential(MicrosoftCredentialOptions options) => options with
    {
        TenantId = Env("AZURE_TENANT_ID") ?? options.TenantId,
        ClientId = Env("AZURE_CLIENT_ID") ?? options.ClientId,
        ClientSecret = Env("AZURE_CLIENT_SECRET") is { } secret ? new Secret(secret) : options.ClientSecret,
        CertificatePath = Env("AZURE_CLIENT_CERTIFICATE_PATH") ?? options.CertificatePath,
        CertificatePassword = Env("AZURE_CLIENT_CERTIFICATE_PASSWORD") is { } password ? new Secret(password) : options.CertificatePassword,
    };

    private static MicrosoftCredentialOptions CheckCredential(MicrosoftCredentialOptions credential, string at, string source,
        List<ConfigurationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(credential.TenantId))
        {
            problems.Add(new($"{at}.tenantId", source, "is required (the directory id or a verified domain); or set AZURE_TENANT_ID"));
        }

        switch (credential.EffectiveKind)
        {
            case CredentialKind.ClientSecret or CredentialKind.ClientCertificate when string.IsNullOrWhiteSpace(credential.ClientId):
                problems.Add(new($"{at}.clientId", source, "is required with a client secret or certificate; or set AZURE_CLIENT_ID"));
                break;
            case CredentialKind.ClientSecret when credential.ClientSecret is null:
                problems.Add(new($"{at}.clientSecret", source, "is required for credential client-secret (inline, or env:NAME)"));
                break;
            case CredentialKind.ClientCertificate when credential.CertificatePath is null:
                problems.Add(new($"{at}.certificatePath", source, "is required for credential client-certificate (a PEM or PFX file)"));
                break;
            case CredentialKind.ClientCertificate when !File.Exists(credential.CertificatePath):
                problems.Add(new($"{at}.certificatePath", source, $"the file {credential.CertificatePath} does not exist"));
                break;
        }

        return credential;
    }

    private static IIntegration? ReadIntegration(string? name, string key, string source, List<ConfigurationProblem> problems)
    {
        if (name is null)
        {
            problems.Add(new(key, source, $"is required: one of {string.Join(", ", IntegrationCatalog.All.Select(i => i.Name))}"));
            return null;
        }

        var integration = IntegrationCatalog.Find(name);
        if (integration is null)
        {
            problems.Add(new(key, source, $"'{name}' is not an integration (known: {string.Join(", ", IntegrationCatalog.All.Select(i => i.Name))})"));
        }

        return integration;
    }

    private static CredentialKind ReadCredentialKind(string? text, string key, string source, List<ConfigurationProblem> problems) => text switch
    {
        null => CredentialKind.Auto,
        "client-secret" => CredentialKind.ClientSecret,
        "client-certificate" => CredentialKind.ClientCertificate,
        "managed-identity" => CredentialKind.ManagedIdentity,
        "azure-cli" => CredentialKind.AzureCli,
        "environment" => CredentialKind.Environment,
        _ => Problem(problems, new(key, source,
            $"'{text}' is not a credential (use client-secret, client-certificate, managed-identity, azure-cli or environment)"), CredentialKind.Auto),
    };

    private static CloudEndpoints? ReadCloud(JsonElement item, string key, string source, List<ConfigurationProblem> problems)
    {
        if (!item.TryGetProperty("cloud", out var cloud))
        {
            return CloudEndpoints.Public;
        }

        try
        {
            return cloud.ValueKind switch
            {
                JsonValueKind.String => CloudEndpoints.FromPreset(cloud.GetString() ?? string.Empty, key, source),
                JsonValueKind.Object => CloudEndpoints.Custom(key, source,
                    Text(cloud, "login"), Text(cloud, "graph"), Text(cloud, "resourceManager"), Text(cloud, "defender")),
                _ => Problem<CloudEndpoints?>(problems, new(key, source, "must be public, usgov, china or an object of URLs"), null),
            };
        }
        catch (ConfigurationException e)
        {
            problems.AddRange(e.Problems);
            return null;
        }

        static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }

    private static IntegrationSettings ReadSettings(JsonElement item, IIntegration? integration, string key, string source,
        List<ConfigurationProblem> problems)
    {
        if (!item.TryGetProperty("settings", out var settings))
        {
            if (integration is not null)
            {
                foreach (var (name, problem) in IntegrationSettings.Check(new Dictionary<string, JsonElement>(), integration.Settings))
                {
                    problems.Add(new($"{key}.{name}", source, problem));
                }
            }

            return IntegrationSettings.Empty;
        }

        if (settings.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(key, source, "must be an object of the integration's settings"));
            return IntegrationSettings.Empty;
        }

        var values = settings.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        if (integration is not null)
        {
            foreach (var (name, problem) in IntegrationSettings.Check(values, integration.Settings))
            {
                problems.Add(new($"{key}.{name}", source, problem));
            }
        }

        return new IntegrationSettings(values);
    }

    private Secret? ReadSecret(JsonElement item, string name, string key, string source, List<ConfigurationProblem> problems)
    {
        var text = ReadString(item, name, key, source, problems);
        if (text is null)
        {
            return null;
        }

        if (!text.StartsWith("env:", StringComparison.Ordinal))
        {
            return text.Length == 0 ? Problem<Secret?>(problems, new(key, source, "is empty"), null) : new Secret(text);
        }

        var variable = text[4..];
        return Env(variable) is { Length: > 0 } value
            ? new Secret(value)
            : Problem<Secret?>(problems, new(key, source, $"names the environment variable {variable}, which is not set"), null);
    }

    private static string? ReadString(JsonElement item, string name, string key, string source, List<ConfigurationProblem> problems)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : Problem<string?>(problems, new(key, source, $"must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}"), null);
    }

    private static T Problem<T>(List<ConfigurationProblem> problems, ConfigurationProblem problem, T fallback)
    {
        problems.Add(problem);
        return fallback;
    }

    private string? Env(string name) => environment.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
