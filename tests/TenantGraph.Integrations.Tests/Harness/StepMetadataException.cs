namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>A step produced something its metadata does not declare.</summary>
internal sealed class StepMetadataException(string message) : Exception(message);
