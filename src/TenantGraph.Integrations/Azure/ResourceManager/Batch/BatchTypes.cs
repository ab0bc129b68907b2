using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Batch;

internal static class BatchTypes
{
    public static readonly EntityMetadata Account = new("[RM] Batch Account", "azure_batch_account", ["Service"]);
    public static readonly EntityMetadata Pool = new("[RM] Batch Pool", "azure_batch_pool", ["Cluster"]);
    public static readonly EntityMetadata Application = new("[RM] Batch Application", "azure_batch_application", ["Process"]);
    public static readonly EntityMetadata Certificate = new("[RM] Batch Certificate", "azure_batch_certificate", ["Certificate"]);

    public static readonly RelationshipMetadata AccountHasPool = RelationshipMetadata.Direct(Account, RelationshipClass.Has, Pool);
    public static readonly RelationshipMetadata AccountHasApplication = RelationshipMetadata.Direct(Account, RelationshipClass.Has, Application);
    public static readonly RelationshipMetadata AccountHasCertificate = RelationshipMetadata.Direct(Account, RelationshipClass.Has, Certificate);
}
