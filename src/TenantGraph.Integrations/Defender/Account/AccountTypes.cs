using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Defender.Account;

/// <summary>The Defender integration's account: the Entra organization the instance collects (spec §B5.1).</summary>
internal static class AccountTypes
{
    public static readonly EntityMetadata Account = new("Account", "microsoft_defender_account", ["Account"]);
}
