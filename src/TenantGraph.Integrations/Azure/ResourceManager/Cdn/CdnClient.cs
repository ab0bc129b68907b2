using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Cdn;

/// <summary>CDN profiles and their endpoints.</summary>
internal sealed class CdnClient(StepContext context)
{
    private const string ApiVersion = "2021-06-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<Profile>> ListProfilesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Cdn/profiles", ApiVersion, "Microsoft.Cdn/profiles/read"),
            AzureCdnJsonContext.Default.Profile, cancellationToken);

    public IAsyncEnumerable<ApiObject<Endpoint>> ListEndpointsAsync(string profileId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{profileId}/endpoints", ApiVersion, "Microsoft.Cdn/profiles/endpoints/read"),
            AzureCdnJsonContext.Default.Endpoint, cancellationToken);
}
