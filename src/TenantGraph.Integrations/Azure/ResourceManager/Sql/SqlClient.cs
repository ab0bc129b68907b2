using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Sql;

/// <summary>Azure SQL servers, their databases, and the auditing, alerting and encryption settings read per object.</summary>
internal sealed class SqlClient(StepContext context)
{
    private const string ApiVersion = "2021-11-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<SqlServer>> ListServersAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Sql/servers", ApiVersion, "Microsoft.Sql/servers/read"),
            AzureSqlJsonContext.Default.SqlServer, cancellationToken);

    public IAsyncEnumerable<ApiObject<SqlDatabase>> ListDatabasesAsync(string serverId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{serverId}/databases", ApiVersion, "Microsoft.Sql/servers/databases/read"),
            AzureSqlJsonContext.Default.SqlDatabase, cancellationToken);

    public Task<ApiObject<AuditingSettings>?> GetAuditingSettingsAsync(string resourceId, CancellationToken cancellationToken) =>
        _instance.Client.GetAsync(
            ArmListing.Request($"{resourceId}/auditingSettings/default", ApiVersion, "Microsoft.Sql/servers/auditingSettings/read"),
            AzureSqlJsonContext.Default.AuditingSettings, cancellationToken);

    public Task<ApiObject<SecurityAlertPolicy>?> GetSecurityAlertPolicyAsync(string serverId, CancellationToken cancellationToken) =>
        _instance.Client.GetAsync(
            ArmListing.Request($"{serverId}/securityAlertPolicies/Default", ApiVersion, "Microsoft.Sql/servers/securityAlertPolicies/read"),
            AzureSqlJsonContext.Default.SecurityAlertPolicy, cancellationToken);

    public Task<ApiObject<TransparentDataEncryption>?> GetTransparentDataEncryptionAsync(string databaseId, CancellationToken cancellationToken) =>
        _instance.Client.GetAsync(
            ArmListing.Request($"{databaseId}/transparentDataEncryption/current", ApiVersion,
                "Microsoft.Sql/servers/databases/transparentDataEncryption/read"),
            AzureSqlJsonContext.Default.TransparentDataEncryption, cancellationToken);
}
