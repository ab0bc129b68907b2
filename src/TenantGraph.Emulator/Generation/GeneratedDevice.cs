namespace TenantGraph.Emulator.Generation;

/// <summary>An Entra device and the platform facts Intune and Defender repeat about it.</summary>
internal sealed record GeneratedDevice(string ObjectId, string DeviceId, string Name, DevicePlatform Platform, GeneratedUser Owner);
