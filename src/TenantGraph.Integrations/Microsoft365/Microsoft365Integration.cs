using System.Net;
using TenantGraph.Core.Errors;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Microsoft365.ActiveDirectory;
using TenantGraph.Integrations.Microsoft365.Intune;
using TenantGraph.Integrations.Microsoft365.Intune.Reports;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Microsoft365;

/// <summary>
/// Microsoft 365: Entra ID users, groups and memberships, and Intune devices, policies, findings and apps (seeds 000, 001;
/// m365 spec part A). Intune steps are disabled before the run, with the reason, when the tenant has no Intune.
/// </summary>
internal sealed class Microsoft365Integration(ReportExportOptions reportExport) : IIntegration
{
    public const string IntegrationName = "microsoft-365";

    public Microsoft365Integration()
        : this(ReportExportOptions.Default)
    {
    }

    public string Name => IntegrationName;

    public string Title => "Microsoft 365";

    public IntegrationDefinition Definition { get; } =
        new(IntegrationName, [.. ActiveDirectorySteps.Create(ActiveDirectoryTypes.Model), .. IntuneSteps.All]);

    public IReadOnlyList<IntegrationSetting> Settings => Microsoft365Options.Declared;

    public async Task<PreparedRun> PrepareAsync(InstanceContext instance, CancellationToken cancellationToken)
    {
        var options = Microsoft365Options.From(instance.Settings);
        var directory = new ActiveDirectoryClient(instance.Client);
        var facts = new TenantFacts(instance.Name, instance.Name);
        var startStates = new Dictionary<string, StepStartState>(StringComparer.Ordinal);

        var (accountId, accountFailure) = await TenantProbe.ReadAsync(() => directory.GetIntuneAccountIdAsync(cancellationToken));
        if (IntuneAbsence(accountId, accountFailure) is { } reason)
        {
            Microsoft365Log.IntuneNotAvailable(instance.Logger, instance.Name, reason);
            foreach (var id in IntuneSteps.Ids)
            {
                startStates[id] = StepStartState.Skip(reason);
            }
        }
        else
        {
            if (accountFailure is not null)
            {
                Microsoft365Log.IntuneFactUnavailable(instance.Logger, "intuneAccountId", TenantProbe.Describe(accountFailure));
            }

            // Read one by one: upstream blanked all three when any failed (spec A10.4).
            var (state, stateFailure) = await TenantProbe.ReadAsync(() => directory.GetSubscriptionStateAsync(cancellationToken));
            if (stateFailure is not null)
            {
                Microsoft365Log.IntuneFactUnavailable(instance.Logger, "intuneSubscriptionState", TenantProbe.Describe(stateFailure));
            }

            var (authority, authorityFailure) = await TenantProbe.ReadAsync(
                () => directory.GetMobileDeviceManagementAuthorityAsync(instance.TenantId, cancellationToken));
            if (authorityFailure is not null)
            {
                Microsoft365Log.IntuneFactUnavailable(instance.Logger, "mobileDeviceManagementAuthority", TenantProbe.Describe(authorityFailure));
            }

            facts = facts with { IntuneAccountId = accountId, IntuneSubscriptionState = state, MobileDeviceManagementAuthority = authority };
        }

        facts = facts with { SignInActivityAvailable = await TenantProbe.SignInActivityAsync(directory, instance.Logger, cancellationToken) };
        var services = new StepServices()
            .Add(directory)
            .Add(new IntuneClient(instance.Client))
            .Add(new IntuneReportExporter(instance.Client, reportExport, instance.Time, instance.Logger))
            .Add(options)
            .Add(facts);
        return new PreparedRun(services, startStates);
    }

    /// <summary>
    /// Why Intune steps cannot run, or null. Graph answers 400 "Request not applicable to target tenant." for tenants
    /// without MDM (spec A3.1). Unlike upstream, a 403 does not disable Intune: each step then reports the permission it
    /// lacks, so a missing DeviceManagementServiceConfig.Read.All disables nothing else.
    /// </summary>
    private static string? IntuneAbsence(string? accountId, ProviderApiException? failure) => failure switch
    {
        null when string.IsNullOrEmpty(accountId) => "the tenant has no Intune account (deviceManagement has no intuneAccountId)",
        null => null,
        ProviderAuthorizationException => null,
        { Status: HttpStatusCode.BadRequest } => $"the tenant has no Intune (MDM) subscription: {failure.Message}",
        ProviderNotFoundException or { Status: HttpStatusCode.NotFound } => "the tenant has no Intune (deviceManagement was not found)",
        _ => null,
    };
}
