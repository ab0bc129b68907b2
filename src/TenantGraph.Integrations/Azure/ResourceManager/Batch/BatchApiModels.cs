using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Batch;

/// <summary><c>Microsoft.Batch/batchAccounts</c> (api 2024-02-01).</summary>
internal sealed record BatchAccount(string Id, string Name, string? Type, string? Location, BatchAccountProperties? Properties,
    IReadOnlyDictionary<string, string?>? Tags);

internal sealed record BatchAccountProperties(string? AccountEndpoint, string? ProvisioningState, string? PoolAllocationMode,
    string? PublicNetworkAccess, int? DedicatedCoreQuota, int? LowPriorityCoreQuota, int? PoolQuota, int? ActiveJobAndJobScheduleQuota,
    BatchEncryption? Encryption, AutoStorage? AutoStorage);

internal sealed record BatchEncryption(string? KeySource);

internal sealed record AutoStorage(string? StorageAccountId);

/// <summary><c>…/batchAccounts/{name}/pools</c>.</summary>
internal sealed record Pool(string Id, string Name, string? Type, PoolProperties? Properties);

internal sealed record PoolProperties(string? VmSize, string? ProvisioningState, string? AllocationState, string? CreationTime,
    string? LastModified, int? CurrentDedicatedNodes, int? CurrentLowPriorityNodes, string? InterNodeCommunication, int? TaskSlotsPerNode);

/// <summary><c>…/batchAccounts/{name}/applications</c>.</summary>
internal sealed record Application(string Id, string Name, string? Type, ApplicationProperties? Properties);

internal sealed record ApplicationProperties(string? DisplayName, bool? AllowUpdates, string? DefaultVersion);

/// <summary><c>…/batchAccounts/{name}/certificates</c>; the certificate's private data and password are never read.</summary>
internal sealed record Certificate(string Id, string Name, string? Type, CertificateProperties? Properties);

internal sealed record CertificateProperties(string? Thumbprint, string? ThumbprintAlgorithm, string? Format, string? ProvisioningState,
    string? ProvisioningStateTransitionTime);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BatchAccount))]
[JsonSerializable(typeof(Pool))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(Certificate))]
internal sealed partial class AzureBatchJsonContext : JsonSerializerContext;
