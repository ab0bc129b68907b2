using System.Net;
using TenantGraph.Core.Errors;

namespace TenantGraph.Microsoft;

/// <summary>
/// The base URLs and token scopes of one Microsoft cloud. The only place hosts are named: everything else takes
/// its URLs from here, which is also how tests and the emulator point the client at a local server.
/// </summary>
public sealed record CloudEndpoints(
    string Name,
    Uri Login,
    Uri Graph,
    Uri ResourceManager,
    Uri? Defender,
    string GraphScope,
    string ResourceManagerScope,
    string? DefenderScope)
{
    public static readonly CloudEndpoints Public = new(
        "public",
        new Uri("https://login.microsoftonline.com/"),
        new Uri("https://graph.microsoft.com/"),
        new Uri("https://management.azure.com/"),
        new Uri("https://api.securitycenter.microsoft.com/"),
        "https://graph.microsoft.com/.default",
        "https://management.azure.com/.default",
        "https://securitycenter.onmicrosoft.com/windowsatpservice/.default");

    // GCC High / DoD: Graph L4 and the Defender for Endpoint government API with its own audience.
    public static readonly CloudEndpoints UsGov = new(
        "usgov",
        new Uri("https://login.microsoftonline.us/"),
        new Uri("https://graph.microsoft.us/"),
        new Uri("https://management.usgovcloudapi.net/"),
        new Uri("https://api-gov.securitycenter.microsoft.us/"),
        "https://graph.microsoft.us/.default",
        "https://management.usgovcloudapi.net/.default",
        "https://api-gov.securitycenter.microsoft.us/.default");

    // 21Vianet does not offer the Defender for Endpoint API, so the preset has no Defender endpoint.
    public static readonly CloudEndpoints China = new(
        "china",
        new Uri("https://login.chinacloudapi.cn/"),
        new Uri("https://microsoftgraph.chinacloudapi.cn/"),
        new Uri("https://management.chinacloudapi.cn/"),
        null,
        "https://microsoftgraph.chinacloudapi.cn/.default",
        "https://management.chinacloudapi.cn/.default",
        null);

    public static IReadOnlyList<CloudEndpoints> Presets { get; } = [Public, UsGov, China];

    /// <summary>Whether the authority is one Azure.Identity cannot discover (anything but a preset's login host).</summary>
    public bool IsCustomAuthority => !Presets.Any(p => p.Login == Login);

    /// <summary>Looks up <c>public</c>, <c>usgov</c> or <c>china</c>.</summary>
    public static CloudEndpoints FromPreset(string name, string key, string source) =>
        Presets.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ConfigurationException(key, source,
            $"unknown cloud '{name}'; use public, usgov, china or an object with login, graph, resourceManager and defender URLs");

    /// <summary>
    /// A <c>custom</c> set: URLs are validated (absolute; https unless the host is loopback) and any URL left out is
    /// taken from <paramref name="fallback"/>. Scopes follow the public cloud's audiences unless given, because
    /// local servers and proxies front the same audiences.
    /// </summary>
    public static CloudEndpoints Custom(
        string key,
        string source,
        string? login = null,
        string? graph = null,
        string? resourceManager = null,
        string? defender = null,
        CloudEndpoints? fallback = null,
        string? graphScope = null,
        string? resourceManagerScope = null,
        string? defenderScope = null)
    {
        var basis = fallback ?? Public;
        var problems = new List<ConfigurationProblem>();
        var result = new CloudEndpoints(
            "custom",
            Parse(login, $"{key}.login", source, problems) ?? basis.Login,
            Parse(graph, $"{key}.graph", source, problems) ?? basis.Graph,
            Parse(resourceManager, $"{key}.resourceManager", source, problems) ?? basis.ResourceManager,
            Parse(defender, $"{key}.defender", source, problems) ?? basis.Defender,
            graphScope ?? basis.GraphScope,
            resourceManagerScope ?? basis.ResourceManagerScope,
            defenderScope ?? basis.DefenderScope ?? Public.DefenderScope);
        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }

        return result;
    }

    /// <summary>The base URL of an API, or a ConfigurationException when this cloud does not offer it.</summary>
    public Uri BaseFor(MicrosoftApi api) => api switch
    {
        MicrosoftApi.Graph => new Uri(Graph, "v1.0/"),
        MicrosoftApi.GraphBeta => new Uri(Graph, "beta/"),
        MicrosoftApi.ResourceManager => ResourceManager,
        MicrosoftApi.Defender => Defender is null
            ? throw new ConfigurationException("cloud.defender", "endpoints", $"the {Name} cloud has no Defender for Endpoint API")
            : new Uri(Defender, "api/"),
        _ => throw new ArgumentOutOfRangeException(nameof(api), api, null),
    };

    public string ScopeFor(MicrosoftApi api) => api switch
    {
        MicrosoftApi.Graph or MicrosoftApi.GraphBeta => GraphScope,
        MicrosoftApi.ResourceManager => ResourceManagerScope,
        MicrosoftApi.Defender => DefenderScope
            ?? throw new ConfigurationException("cloud.defender", "endpoints", $"the {Name} cloud has no Defender for Endpoint API"),
        _ => throw new ArgumentOutOfRangeException(nameof(api), api, null),
    };

    /// <summary>Loopback hosts are the only ones allowed over plain http.</summary>
    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var ip) && IPAddress.IsLoopback(ip));

    private static Uri? Parse(string? value, string key, string source, List<ConfigurationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add(new ConfigurationProblem(key, source, $"'{value}' is not an absolute http(s) URL"));
            return null;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            problems.Add(new ConfigurationProblem(key, source,
                $"'{value}' uses plain http; only loopback hosts (127.0.0.0/8, ::1, localhost) may, anything else must be https"));
            return null;
        }

        // Relative paths resolve against the base, so it must end in a slash.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }
}
