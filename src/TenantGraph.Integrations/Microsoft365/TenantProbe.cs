using Microsoft.Extensions.Logging;
using TenantGraph.Core.Errors;
using TenantGraph.Integrations.Microsoft365.ActiveDirectory;

namespace TenantGraph.Integrations.Microsoft365;

/// <summary>
/// Reads made before the steps to decide what the run can do. Unlike a handler, a probe expects refusals and turns
/// them into a decision and a warning instead of a failed step.
/// </summary>
internal static class TenantProbe
{
    public static async Task<(T? Value, ProviderApiException? Failure)> ReadAsync<T>(Func<Task<T?>> read)
    {
        try
        {
            return (await read(), null);
        }
        catch (ProviderApiException e)
        {
            return (default, e);
        }
    }

    public static string Describe(ProviderApiException failure) => failure.Message;

    /// <summary>
    /// Whether users can be read with <c>signInActivity</c>: it needs AuditLog.Read.All and an Entra ID premium (or B2C)
    /// tenant (upstream 7.2.0). Any refusal drops the field with a warning; it never fails the run.
    /// </summary>
    public static async Task<bool> SignInActivityAsync(ActiveDirectoryClient directory, ILogger logger, CancellationToken cancellationToken)
    {
        var (_, failure) = await ReadAsync(async () =>
        {
            await directory.ProbeSignInActivityAsync(cancellationToken);
            return true;
        });
        if (failure is null)
        {
            return true;
        }

        Microsoft365Log.SignInActivitySkipped(logger, failure is ProviderAuthorizationException
            ? $"{ActiveDirectoryClient.SignInActivityPermission} is not granted"
            : failure.Message);
        return false;
    }
}
