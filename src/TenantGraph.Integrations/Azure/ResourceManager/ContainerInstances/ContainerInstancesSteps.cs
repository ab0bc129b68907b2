using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerInstances;

/// <summary>
/// Container groups with their containers and volumes (azure-spec §3.2), and, after every fetch step, the
/// volumes' links to the Azure Files shares they mount (§6.8).
/// </summary>
internal static class ContainerInstancesSteps
{
    public const string RmContainerGroups = "rm-container-groups";
    public const string RmContainerVolumeStorageRelationships = "rm-container-volume-storage-relationships";

    public static readonly StepDefinition ContainerGroups = new(
        Id: RmContainerGroups, Name: "Container Groups",
        Entities: [ContainerInstancesTypes.Group, ContainerInstancesTypes.Container, ContainerInstancesTypes.Volume],
        Relationships:
        [
            ResourceGroupEdges.Has(ContainerInstancesTypes.Group), ContainerInstancesTypes.GroupHasContainer,
            ContainerInstancesTypes.GroupHasVolume, ContainerInstancesTypes.ContainerUsesVolume,
        ],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.ContainerInstance/containerGroups/read"],
        Handler: FetchContainerGroupsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [ContainerGroups];

    /// <summary>
    /// The volume → file share step. The reference made these edges in <c>rm-container-groups</c>, after the
    /// storage step; here they wait for every fetch step, so that whichever step collects file shares, they are known.
    /// </summary>
    /// <param name="dependsOn">Every fetch step.</param>
    public static StepDefinition VolumeStorageRelationships(IReadOnlyList<string> dependsOn) => new(
        Id: RmContainerVolumeStorageRelationships, Name: "Container Volume File Share Relationships",
        Entities: [],
        Relationships: [ContainerInstancesTypes.VolumeUsesFileShare],
        DependsOn: dependsOn,
        Handler: BuildVolumeStorageRelationshipsAsync);

    private static async Task FetchContainerGroupsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new ContainerInstancesClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var group in client.ListContainerGroupsAsync(subscriptionId, ct))
            {
                var entity = ContainerGroupConverter.ToEntity(group, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
                foreach (var volume in ContainerGroupConverter.ToVolumeEntities(group))
                {
                    context.JobState.AddEntity(volume);
                    context.JobState.AddRelationship(ContainerInstancesTypes.GroupHasVolume.Create(entity.Key, volume.Key));
                }

                foreach (var (container, raw) in (group.Value.Properties?.Containers ?? []).Zip(ContainerGroupConverter.ToContainerEntities(group)))
                {
                    context.JobState.AddEntity(raw);
                    context.JobState.AddRelationship(ContainerInstancesTypes.GroupHasContainer.Create(entity.Key, raw.Key));
                    foreach (var mount in container.Properties?.VolumeMounts ?? [])
                    {
                        var volumeKey = ContainerGroupConverter.VolumeKey(group.Value, mount.Name);
                        if (!context.JobState.HasKey(volumeKey))
                        {
                            AzureLog.ReferenceNotCollected(context.Logger, context.StepId, $"volume mount of {raw.Key}", volumeKey);
                            continue;
                        }

                        // The reference puts the mount on the edge (azure-spec §6.8).
                        var edge = ContainerInstancesTypes.ContainerUsesVolume.Create(raw.Key, volumeKey, EdgeProperties.Of(
                            ("name", mount.Name), ("mountPath", mount.MountPath), ("readOnly", mount.ReadOnly)));
                        if (!context.JobState.HasKey(edge.Key))
                        {
                            context.JobState.AddRelationship(edge);
                        }
                    }
                }
            }
        }, cancellationToken);
    }

    /// <summary>
    /// A volume mounting share <c>s</c> of account <c>a</c> uses the collected file share whose id is
    /// <c>…/storageAccounts/a/fileServices/default/shares/s</c>. Storage account names are unique across Azure,
    /// so the account and share names identify the share.
    /// </summary>
    private static Task BuildVolumeStorageRelationshipsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var shares = new Dictionary<(string Account, string Share), string>(ShareNameComparer.Instance);
        foreach (var share in context.JobState.IterateEntities(ContainerInstancesTypes.StorageFileShareType))
        {
            if (ResourceId.TryParse(share.Key, out var id) && id.Types.Count == 3
                && id.Types[0].Type.Equals("storageAccounts", StringComparison.OrdinalIgnoreCase)
                && id.Types[2].Type.Equals("shares", StringComparison.OrdinalIgnoreCase))
            {
                shares.TryAdd((id.Types[0].Name, id.Types[2].Name), share.Key);
            }
        }

        foreach (var volume in context.JobState.IterateEntities(ContainerInstancesTypes.Volume.Type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (volume.Properties.GetString("storageAccountName") is not { Length: > 0 } account
                || volume.Properties.GetString("shareName") is not { Length: > 0 } shareName)
            {
                continue;
            }

            if (!shares.TryGetValue((account, shareName), out var shareKey))
            {
                AzureLog.ReferenceNotCollected(context.Logger, context.StepId, $"volume {volume.Key}", $"{account}/{shareName}");
                continue;
            }

            var edge = ContainerInstancesTypes.VolumeUsesFileShare.Create(volume.Key, shareKey);
            if (!context.JobState.HasKey(edge.Key))
            {
                context.JobState.AddRelationship(edge);
            }
        }

        return Task.CompletedTask;
    }

    private sealed class ShareNameComparer : IEqualityComparer<(string Account, string Share)>
    {
        public static readonly ShareNameComparer Instance = new();

        public bool Equals((string Account, string Share) x, (string Account, string Share) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Account, y.Account) && StringComparer.OrdinalIgnoreCase.Equals(x.Share, y.Share);

        public int GetHashCode((string Account, string Share) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Account), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Share));
    }
}
