using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

namespace TenantGraph.Integrations.Azure.ResourceManager.Sql;

/// <summary>azure-spec §5.7 <c>azure_sql_server</c>; the administrator login is redacted in properties and raw data.</summary>
internal static class SqlServerConverter
{
    private static readonly EntityMap<SqlServer> Map = new(SqlTypes.Server)
    {
        Key = s => s.Id,
        Properties =
        {
            ["id"] = s => s.Id,
            ["name"] = s => s.Name,
            ["displayName"] = s => s.Name,
            ["type"] = s => s.Type,
            ["kind"] = s => s.Kind,
            ["region"] = s => s.Location,
            ["location"] = s => s.Location,
            ["resourceGroup"] = s => ResourceId.Parse(s.Id).ResourceGroupName,
            ["version"] = s => s.Properties?.Version,
            ["state"] = s => s.Properties?.State,
            ["minimalTlsVersion"] = s => s.Properties?.MinimalTlsVersion,
            ["publicNetworkAccess"] = s => s.Properties?.PublicNetworkAccess,
            ["publiclyAccessible"] = s => DatabaseServerConverter.Enabled(s.Properties?.PublicNetworkAccess),
            ["restrictOutboundNetworkAccess"] = s => s.Properties?.RestrictOutboundNetworkAccess,
            ["azureADOnlyAuthentication"] = s => s.Properties?.Administrators?.AzureADOnlyAuthentication,
            ["administratorLogin"] = _ => RawRedaction.Redacted,
            ["administratorLoginPassword"] = _ => RawRedaction.Redacted,
            ["classification"] = _ => null,
            ["encrypted"] = _ => null,
        },
    };

    public static Entity ToEntity(ApiObject<SqlServer> server, AuditingSettings? auditing, SecurityAlertPolicy? alerting, PortalLinks links)
    {
        var entity = Map.Build(RawRedaction.Apply(server, DatabaseServerConverter.Secrets));
        HostProperties.Apply(entity, server.Value.Properties?.FullyQualifiedDomainName, server.Value.Name);
        SqlAuditing.Apply(entity, auditing);
        SqlAuditing.Apply(entity, alerting);
        return ArmEntity.Complete(entity, links, server.Value.Tags);
    }
}
