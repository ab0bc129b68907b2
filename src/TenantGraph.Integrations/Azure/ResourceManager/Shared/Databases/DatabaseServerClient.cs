using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

/// <summary><c>Microsoft.DBforMySQL</c>, <c>…PostgreSQL</c> and <c>…MariaDB</c> servers and their databases.</summary>
internal sealed class DatabaseServerClient(StepContext context, DatabaseProvider provider)
{
    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<DatabaseServer>> ListServersAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/{provider.Namespace}/servers", provider.ApiVersion,
                $"{provider.Namespace}/servers/read"),
            AzureDatabasesJsonContext.Default.DatabaseServer, cancellationToken);

    public IAsyncEnumerable<ApiObject<ServerDatabase>> ListDatabasesAsync(string serverId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{serverId}/databases", provider.ApiVersion, $"{provider.Namespace}/servers/databases/read"),
            AzureDatabasesJsonContext.Default.ServerDatabase, cancellationToken);
}
