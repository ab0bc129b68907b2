using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Defender.Machines;

namespace TenantGraph.Integrations.Defender.LogonUsers;

internal static class LogonUsersSteps
{
    public const string FetchLogonUsers = "fetch-logon-users";

    public static readonly StepDefinition LogonUsers = new(
        Id: FetchLogonUsers, Name: "Fetch Logon Users",
        Entities: [LogonUsersTypes.LogonUser],
        Relationships: [LogonUsersTypes.MachineHasLogonUser],
        DependsOn: [MachinesSteps.FetchMachines],
        Permissions: [DefenderPermissions.UserReadAll],
        Handler: FetchLogonUsersAsync);

    private static async Task FetchLogonUsersAsync(StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<LogonUsersClient>();
        foreach (var machineId in MachinesSteps.MachineIds(context).ToArray())
        {
            var machineKey = MachineConverter.KeyFor(machineId);
            await foreach (var user in client.ListLogonUsersAsync(machineId, cancellationToken))
            {
                var entity = LogonUserConverter.ToEntity(user);
                if (!context.JobState.HasKey(entity.Key))
                {
                    context.JobState.AddEntity(entity);
                }

                // Spec §B9.1.2: the reference skipped the relationship along with a known user, so an account that
                // logged on to ten machines was linked to the first only. Every machine gets its edge.
                var relationship = LogonUsersTypes.MachineHasLogonUser.Create(machineKey, entity.Key);
                if (!context.JobState.HasKey(relationship.Key))
                {
                    context.JobState.AddRelationship(relationship);
                }
            }
        }
    }
}
