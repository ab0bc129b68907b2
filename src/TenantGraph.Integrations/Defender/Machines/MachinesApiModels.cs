using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Defender.Machines;

/// <summary>A Defender <c>Machine</c> (spec §B4); times stay text and are parsed by the converters.</summary>
internal sealed record Machine(
    string Id,
    string? ComputerDnsName,
    string? FirstSeen,
    string? LastSeen,
    string? OsPlatform,
    string? OsVersion,
    string? OsProcessor,
    string? Version,
    string? LastIpAddress,
    string? LastExternalIpAddress,
    string? AgentVersion,
    long? OsBuild,
    string? HealthStatus,
    string? DeviceValue,
    long? RbacGroupId,
    string? RbacGroupName,
    string? RiskScore,
    string? ExposureLevel,
    bool? IsAadJoined,
    string? AadDeviceId,
    IReadOnlyList<string>? MachineTags,
    string? DefenderAvStatus,
    string? OnboardingStatus,
    string? OsArchitecture,
    string? ManagedBy,
    string? ManagedByStatus,
    IReadOnlyList<MachineIpAddress>? IpAddresses,
    VmMetadata? VmMetadata);

internal sealed record MachineIpAddress(string? IpAddress, string? MacAddress, string? Type, string? OperationalStatus);

internal sealed record VmMetadata(string? VmId, string? CloudProvider, string? ResourceId, string? SubscriptionId);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Machine))]
internal sealed partial class MachinesJsonContext : JsonSerializerContext;
