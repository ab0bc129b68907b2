using System.Net;
using TenantGraph.Core.Errors;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Microsoft365.ActiveDirectory;

/// <summary>
/// The directory steps (spec A3), built for one <see cref="DirectoryModel"/>: the microsoft-365 profile and the legacy
/// one share ids, handlers and calls, and differ only in the types they emit.
/// </summary>
internal static class ActiveDirectorySteps
{
    public const string Account = "account";
    public const string Users = "users";
    public const string Groups = "groups";
    public const string GroupMembers = "group-members";

    /// <summary>The account entity's key, for the steps that relate to it.</summary>
    public static readonly DataKey<string> AccountKey = new("microsoft_365_account");

    /// <summary>The steps in upstream's registration order (spec A3): users, account, groups, group-members.</summary>
    public static IReadOnlyList<StepDefinition> Create(DirectoryModel model) =>
    [
        new(Users, "Active Directory Users", [model.User], [model.AccountHasUser], [Account],
            (context, ct) => FetchUsersAsync(model, context, ct), [ActiveDirectoryClient.DirectoryPermission]),
        new(Account, "Active Directory Info", [model.Account], [], [],
            (context, ct) => FetchAccountAsync(model, context, ct), [ActiveDirectoryClient.OrganizationPermission]),
        new(Groups, "Active Directory Groups", [model.Group], [model.AccountHasGroup], [Account],
            (context, ct) => FetchGroupsAsync(model, context, ct), [ActiveDirectoryClient.DirectoryPermission]),
        // Depends on users too (upstream: groups only) so member edges point at user entities of the same run.
        new(GroupMembers, "Active Directory Group Members", [model.GroupMember],
            [model.GroupHasGroup, model.GroupHasMember, model.GroupHasUser], [Groups, Users],
            (context, ct) => FetchGroupMembersAsync(model, context, ct), [ActiveDirectoryClient.DirectoryPermission]),
    ];

    private static async Task FetchAccountAsync(DirectoryModel model, StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<ActiveDirectoryClient>();
        var organization = await client.GetOrganizationAsync(cancellationToken)
            ?? throw new ProviderApiException("GET /organization returned no organization; the directory cannot be identified",
                HttpStatusCode.OK, "GET", "/organization");
        var account = AccountConverter.ToEntity(model, organization, context.Services.Get<TenantFacts>());
        context.JobState.AddEntity(account);
        context.JobState.SetData(AccountKey, account.Key);
    }

    private static async Task FetchUsersAsync(DirectoryModel model, StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<ActiveDirectoryClient>();
        var facts = context.Services.Get<TenantFacts>();
        var hasAccount = context.JobState.TryGetData(AccountKey, out var accountKey);
        await foreach (var user in client.ListUsersAsync(facts.SignInActivityAvailable, cancellationToken))
        {
            var entity = UserConverter.ToEntity(model, user);
            context.JobState.AddEntity(entity);
            if (hasAccount)
            {
                context.JobState.AddRelationship(UserConverter.ToAccountRelationship(model, accountKey, entity.Key));
            }
        }
    }

    private static async Task FetchGroupsAsync(DirectoryModel model, StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<ActiveDirectoryClient>();
        var hasAccount = context.JobState.TryGetData(AccountKey, out var accountKey);
        await foreach (var group in client.ListGroupsAsync(cancellationToken))
        {
            var entity = GroupConverter.ToEntity(model, group);
            context.JobState.AddEntity(entity);
            if (hasAccount)
            {
                context.JobState.AddRelationship(GroupConverter.ToAccountRelationship(model, accountKey, entity.Key));
            }
        }
    }

    private static async Task FetchGroupMembersAsync(DirectoryModel model, StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<ActiveDirectoryClient>();
        var state = context.JobState;
        var groupIds = state.IterateEntities(model.Group.Type).Select(g => g.Key).ToList();
        long absent = 0;
        long duplicates = 0;
        await foreach (var (groupId, member) in client.ListGroupMembersAsync(groupIds, cancellationToken))
        {
            var kind = GroupMemberConverter.KindOf(member);
            if (kind == MemberKind.Other && !state.HasKey(member.Id))
            {
                state.AddEntity(GroupMemberConverter.ToEntity(model, member));
            }
            else if (kind != MemberKind.Other && !state.HasKey(member.Id))
            {
                // A user or group the directory steps did not collect (failed or partial): no edge to nothing.
                absent++;
                continue;
            }

            var relationship = GroupMemberConverter.ToRelationship(model, groupId, member);
            if (state.HasKey(relationship.Key))
            {
                duplicates++;
                continue;
            }

            state.AddRelationship(relationship);
        }

        if (absent > 0)
        {
            Microsoft365Log.UsersNotInRun(context.Logger, context.StepId, absent);
        }

        if (duplicates > 0)
        {
            Microsoft365Log.DuplicatesSkipped(context.Logger, context.StepId, duplicates, "memberships");
        }
    }
}
