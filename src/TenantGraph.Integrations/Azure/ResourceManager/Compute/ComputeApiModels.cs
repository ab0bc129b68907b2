using System.Text.Json.Serialization;
using TenantGraph.Integrations.Azure.ResourceManager.Network;

namespace TenantGraph.Integrations.Azure.ResourceManager.Compute;

/// <summary><c>Microsoft.Compute/virtualMachines</c>.</summary>
internal sealed record VirtualMachine(string Id, string? Name, string? Type, string? Location,
    VirtualMachineProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record VirtualMachineProperties(string? VmId, string? ProvisioningState, HardwareProfile? HardwareProfile,
    StorageProfile? StorageProfile, OsProfile? OsProfile, NetworkProfile? NetworkProfile);

internal sealed record HardwareProfile(string? VmSize);

internal sealed record StorageProfile(ImageReference? ImageReference, OsDisk? OsDisk, IReadOnlyList<DataDisk>? DataDisks);

internal sealed record ImageReference(string? Publisher, string? Offer, string? Sku, string? Version, string? ExactVersion);

internal sealed record OsDisk(string? OsType, string? Name, SubResource? ManagedDisk);

internal sealed record DataDisk(string? Name, int? Lun, SubResource? ManagedDisk);

internal sealed record OsProfile(string? ComputerName, string? AdminUsername, LinuxConfiguration? LinuxConfiguration,
    WindowsConfiguration? WindowsConfiguration);

internal sealed record LinuxConfiguration(bool? DisablePasswordAuthentication);

internal sealed record WindowsConfiguration(bool? EnableAutomaticUpdates, string? TimeZone);

internal sealed record NetworkProfile(IReadOnlyList<SubResource>? NetworkInterfaces);

/// <summary><c>Microsoft.Compute/disks</c>.</summary>
internal sealed record Disk(string Id, string? Name, string? Type, string? Location, string? ManagedBy, Sku? Sku,
    DiskProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record DiskProperties(DateTimeOffset? TimeCreated, int? DiskSizeGB, string? DiskState, string? OsType,
    DiskEncryption? Encryption, string? ProvisioningState);

internal sealed record DiskEncryption(string? Type);

/// <summary><c>Microsoft.Compute/images</c>.</summary>
internal sealed record Image(string Id, string? Name, string? Type, string? Location, ImageProperties? Properties,
    IReadOnlyDictionary<string, string?>? Tags);

internal sealed record ImageProperties(string? ProvisioningState, SubResource? SourceVirtualMachine, string? HyperVGeneration);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(VirtualMachine))]
[JsonSerializable(typeof(Disk))]
[JsonSerializable(typeof(Image))]
internal sealed partial class AzureComputeJsonContext : JsonSerializerContext;
