using TenantGraph.Core.Errors;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ActiveDirectory;

/// <summary>
/// The directory steps. <c>ad-account</c> always runs; the others run only with <c>ingestActiveDirectory</c>.
/// No Resource Manager step depends on any of them (azure-spec §1.4: role assignments reach principals by
/// mapped relationships), so turning the directory off never skips a resource step.
/// </summary>
internal static class ActiveDirectorySteps
{
    public const string AdAccount = "ad-account";
    public const string AdUsers = "ad-users";
    public const string AdGroups = "ad-groups";
    public const string AdGroupMembers = "ad-group-members";
    public const string AdServicePrincipals = "ad-service-principals";

    public static readonly StepDefinition Account = new(
        Id: AdAccount, Name: "Active Directory Info",
        Entities: [ActiveDirectoryTypes.Account],
        Relationships: [],
        DependsOn: [],
        Permissions: ["Organization.Read.All"],
        Handler: FetchAccountAsync);

    public static readonly StepDefinition Users = new(
        Id: AdUsers, Name: "Active Directory Users",
        Entities: [ActiveDirectoryTypes.User],
        Relationships: [ActiveDirectoryTypes.AccountHasUser],
        DependsOn: [AdAccount],
        Permissions: ["Directory.Read.All"],
        Handler: FetchUsersAsync);

    public static readonly StepDefinition Groups = new(
        Id: AdGroups, Name: "Active Directory Groups",
        Entities: [ActiveDirectoryTypes.UserGroup],
        Relationships: [ActiveDirectoryTypes.AccountHasGroup],
        DependsOn: [AdAccount],
        Permissions: ["Directory.Read.All"],
        Handler: FetchGroupsAsync);

    public static readonly StepDefinition GroupMembers = new(
        Id: AdGroupMembers, Name: "Active Directory Group Members",
        Entities: [ActiveDirectoryTypes.GroupMember],
        Relationships: [ActiveDirectoryTypes.GroupHasUser, ActiveDirectoryTypes.GroupHasGroup, ActiveDirectoryTypes.GroupHasMember],
        DependsOn: [AdGroups, AdUsers, AdServicePrincipals],
        Permissions: ["Directory.Read.All"],
        Handler: FetchGroupMembersAsync);

    public static readonly StepDefinition ServicePrincipals = new(
        Id: AdServicePrincipals, Name: "Active Directory Service Principals",
        Entities: [ActiveDirectoryTypes.ServicePrincipal],
        Relationships: [],
        DependsOn: [AdAccount],
        Permissions: ["Directory.Read.All"],
        Handler: FetchServicePrincipalsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Account, Users, Groups, GroupMembers, ServicePrincipals];

    /// <summary>Steps that run only when the instance ingests the directory.</summary>
    public static IReadOnlyList<string> DirectoryOnly { get; } = [AdUsers, AdGroups, AdGroupMembers, AdServicePrincipals];

    private static async Task FetchAccountAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new ActiveDirectoryClient(instance.Client);
        Core.Graph.Entity? account = null;
        try
        {
            await foreach (var organization in client.ListOrganizationsAsync(cancellationToken))
            {
                account = AccountConverter.ToEntity(organization, instance.TenantId, instance.Name);
                break;
            }
        }
        catch (ProviderApiException e)
        {
            // The reference builds the account from the instance when /organization fails for any reason
            // (azure-spec §3.1), so an app without directory read still yields its account.
            AzureLog.AccountFallback(context.Logger, context.StepId, e.Message);
        }

        AzureEntities.Add(context, account ?? AccountConverter.FromInstance(instance.TenantId, instance.Name));
    }

    private static async Task FetchUsersAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var accountKey = ActiveDirectoryTypes.AccountKey(instance.TenantId);
        await foreach (var user in new ActiveDirectoryClient(instance.Client).ListUsersAsync(cancellationToken))
        {
            var entity = UserConverter.ToEntity(user);
            AzureEntities.Add(context, entity);
            context.JobState.AddRelationship(ActiveDirectoryTypes.AccountHasUser.Create(accountKey, entity.Key));
        }
    }

    private static async Task FetchGroupsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var accountKey = ActiveDirectoryTypes.AccountKey(instance.TenantId);
        await foreach (var group in new ActiveDirectoryClient(instance.Client).ListGroupsAsync(cancellationToken))
        {
            var entity = GroupConverter.ToEntity(group);
            AzureEntities.Add(context, entity);
            context.JobState.AddRelationship(ActiveDirectoryTypes.AccountHasGroup.Create(accountKey, entity.Key));
        }
    }

    private static async Task FetchGroupMembersAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var groupIds = context.JobState.IterateEntities(ActiveDirectoryTypes.UserGroup.Type).Select(g => g.Key).ToArray();
        await foreach (var page in new ActiveDirectoryClient(instance.Client).ListGroupMembersAsync(groupIds, cancellationToken))
        {
            foreach (var member in page.Items)
            {
                var known = member.ODataType is GroupMemberConverter.UserODataType or GroupMemberConverter.GroupODataType;
                if (known && !context.JobState.HasKey(member.Id))
                {
                    AzureLog.ReferenceNotCollected(context.Logger, context.StepId, $"group {page.Key} member", member.Id);
                    continue;
                }

                if (!known && !context.JobState.HasKey(member.Id))
                {
                    AzureEntities.Add(context, GroupMemberConverter.ToMemberEntity(member));
                }

                var edge = GroupMemberConverter.ToRelationship(page.Key, member);
                if (!context.JobState.HasKey(edge.Key))
                {
                    context.JobState.AddRelationship(edge);
                }
            }
        }
    }

    private static async Task FetchServicePrincipalsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        await foreach (var servicePrincipal in new ActiveDirectoryClient(instance.Client).ListServicePrincipalsAsync(cancellationToken))
        {
            AzureEntities.Add(context, ServicePrincipalConverter.ToEntity(servicePrincipal));
        }
    }
}
