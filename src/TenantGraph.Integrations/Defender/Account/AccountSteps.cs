using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Defender.Account;

internal static class AccountSteps
{
    public const string FetchAccount = "fetch-account";

    /// <summary>The account entity's key, left for the steps that attach to it.</summary>
    public static readonly DataKey<string> AccountKey = new("defender:account-key");

    public static readonly StepDefinition Account = new(
        Id: FetchAccount, Name: "Fetch Account",
        Entities: [AccountTypes.Account],
        Relationships: [],
        DependsOn: [],
        Permissions: [DefenderPermissions.OrganizationReadAll],
        Handler: FetchAccountAsync);

    private static async Task FetchAccountAsync(StepContext context, CancellationToken cancellationToken)
    {
        var organization = await context.Services.Get<AccountClient>().GetOrganizationAsync(cancellationToken);
        if (organization is null)
        {
            DefenderLog.NoOrganization(context.Logger, FetchAccount);
            return;
        }

        var account = AccountConverter.ToEntity(organization, context.Instance);
        context.JobState.AddEntity(account);
        context.JobState.SetData(AccountKey, account.Key);
    }
}
