using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using TenantGraph.Core.Errors;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// How every ARM family lists: a <see cref="ListRequest"/> built by <see cref="Request"/> (404 is an empty
/// result, azure-spec §3.3) read through <see cref="ListAsync"/>, which follows every page (the reference read
/// only the first page of several listings, §4.3) and turns "this subscription cannot use that resource
/// provider" answers into an empty result. Everything else — 403s, throttling, retries — is the client's and
/// the runner's: a 403 ends the step with a missing-permission warning naming <c>RequiredPermission</c>.
/// </summary>
/// <remarks>
/// A family client method is one line: <c>ArmListing.ListAsync(context, ArmListing.Request(path, "2020-06-01",
/// "Microsoft.Network/networkSecurityGroups/read"), MyJsonContext.Default.NetworkSecurityGroup, ct)</c>.
/// The permission is the RBAC action; the message adds the built-in role that grants it.
/// </remarks>
internal static class ArmListing
{
    /// <summary>Error codes meaning the resource provider is not registered or not allowed for the subscription (§3.3, CHANGELOG 5.31.4/5).</summary>
    private static readonly HashSet<string> UnavailableCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "SubscriptionNotRegistered",
        "MissingSubscriptionRegistration",
        "NoRegisteredProviderFound",
        "DisallowedOperation",
        "DisallowedProvider",
        "AccountIsDisabled",
        "FeatureNotSupportedForAccount",
        "OperationNotAllowedOnKind",
    };

    public static ListRequest Request(string path, string apiVersion, string action) =>
        new(MicrosoftApi.ResourceManager, path, $"{action} (the Reader role on the subscription grants it)")
        {
            ApiVersion = apiVersion,
            NotFoundIsEmpty = true,
        };

    public static async IAsyncEnumerable<ApiObject<T>> ListAsync<T>(StepContext context, MicrosoftApiClient client,
        ListRequest request, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var items = client.ListObjectsAsync(request, typeInfo, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await items.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (ProviderApiException e) when (IsUnavailable(e))
            {
                AzureLog.ProviderNotRegistered(context.Logger, context.StepId, e.Path, e.ErrorCode ?? "unavailable");
                yield break;
            }

            yield return items.Current;
        }
    }

    /// <summary>Whether an error says the listing does not exist for this subscription or account (not a failure).</summary>
    public static bool IsUnavailable(ProviderApiException e) =>
        e is not ProviderAuthorizationException
        && (e is ProviderNotFoundException
            || (e.ErrorCode is { } code && UnavailableCodes.Contains(code))
            || e.Message.Contains("not permitted to perform operations on any provider namespace", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("The specified account is disabled", StringComparison.OrdinalIgnoreCase));
}
