using TenantGraph.Core.Errors;

namespace TenantGraph.Integrations.Azure.ResourceManager.Sql;

/// <summary>
/// Reads of per-object settings (auditing, alert policies, encryption) that must not cost the inventory: the
/// reference warned and went on when one failed (azure-spec §3.3). A refusal (403) leaves the properties unset
/// and is rethrown by <see cref="ThrowIfRefused"/> once the subscription's servers and databases are all added,
/// so the runner still names the missing permission and marks the step's types partial. Safe to share between
/// the concurrent reads of one subscription.
/// </summary>
internal sealed class SettingsReads
{
    private ProviderAuthorizationException? _refused;

    public async Task<T?> ReadAsync<T>(Func<Task<T?>> read)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (ProviderAuthorizationException e)
        {
            Interlocked.CompareExchange(ref _refused, e, null);
            return null;
        }
        catch (ProviderApiException e) when (Shared.ArmListing.IsUnavailable(e))
        {
            return null;
        }
    }

    public void ThrowIfRefused()
    {
        if (_refused is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_refused);
        }
    }
}
