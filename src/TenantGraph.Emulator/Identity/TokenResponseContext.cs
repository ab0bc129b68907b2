using System.Text.Json.Serialization;

namespace TenantGraph.Emulator.Identity;

[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class TokenResponseContext : JsonSerializerContext;
