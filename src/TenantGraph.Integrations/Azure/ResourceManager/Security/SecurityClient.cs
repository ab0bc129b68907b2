using System.Text.Json.Serialization.Metadata;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Security;

internal sealed class SecurityClient(StepContext context)
{
    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<SecurityAssessment>> ListAssessmentsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "assessments", "2020-01-01", AzureSecurityJsonContext.Default.SecurityAssessment, cancellationToken);

    public IAsyncEnumerable<ApiObject<SecurityContact>> ListSecurityContactsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "securityContacts", "2017-08-01-preview", AzureSecurityJsonContext.Default.SecurityContact, cancellationToken);

    private IAsyncEnumerable<ApiObject<T>> List<T>(string subscriptionId, string type, string apiVersion, JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Security/{type}", apiVersion, $"Microsoft.Security/{type}/read"),
            typeInfo, cancellationToken);
}
