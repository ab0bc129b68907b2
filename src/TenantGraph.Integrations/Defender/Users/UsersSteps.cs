using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Defender.Account;

namespace TenantGraph.Integrations.Defender.Users;

internal static class UsersSteps
{
    public const string FetchUsers = "fetch-users";

    public static readonly StepDefinition Users = new(
        Id: FetchUsers, Name: "Fetch Users",
        Entities: [UsersTypes.User],
        Relationships: [UsersTypes.AccountHasUser],
        DependsOn: [AccountSteps.FetchAccount],
        Permissions: [DefenderPermissions.DirectoryReadAll],
        Handler: FetchUsersAsync);

    private static async Task FetchUsersAsync(StepContext context, CancellationToken cancellationToken)
    {
        // Spec §B9.1.6: the reference assumed the account exists. Without it users are still collected.
        var hasAccount = context.JobState.TryGetData(AccountSteps.AccountKey, out var accountKey);
        if (!hasAccount)
        {
            DefenderLog.NoAccount(context.Logger, FetchUsers, UsersTypes.User.Type);
        }

        await foreach (var user in context.Services.Get<UsersClient>().ListUsersAsync(cancellationToken))
        {
            var entity = UserConverter.ToEntity(user);
            context.JobState.AddEntity(entity);
            if (hasAccount)
            {
                context.JobState.AddRelationship(UsersTypes.AccountHasUser.Create(accountKey, entity.Key));
            }
        }
    }
}
