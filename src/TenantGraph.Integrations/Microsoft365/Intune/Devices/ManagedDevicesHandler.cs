using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Microsoft365.Intune.Devices;

/// <summary>The managed-devices step (spec A3.2): each device, its host agent, and its users.</summary>
internal static class ManagedDevicesHandler
{
    public static async Task FetchAsync(StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<IntuneClient>();
        var options = context.Services.Get<Microsoft365Options>();
        var state = context.JobState;
        long usersNotInRun = 0;
        await foreach (var device in client.ListManagedDevicesAsync(cancellationToken))
        {
            if (state.HasKey(device.Value.Id))
            {
                continue;
            }

            var entity = ManagedDeviceConverter.ToEntity(device, options.EnableRawData);
            state.AddEntity(entity);
            foreach (var userId in (device.Value.UsersLoggedOn ?? []).Select(u => u.UserId).Distinct(StringComparer.Ordinal))
            {
                if (string.IsNullOrEmpty(userId) || !state.HasKey(userId))
                {
                    usersNotInRun += string.IsNullOrEmpty(userId) ? 0 : 1;
                    continue;
                }

                var uses = IntuneTypes.UserUsesDevice[entity.Type].Create(userId, entity.Key);
                if (!state.HasKey(uses.Key))
                {
                    state.AddRelationship(uses);
                }
            }

            // An empty userId is a userless enrolment (Apple bulk enrolment): no enrolling user.
            if (device.Value.UserId is { Length: > 0 } enrollingUser)
            {
                if (state.HasKey(enrollingUser))
                {
                    state.AddRelationship(IntuneTypes.UserHasDevice[entity.Type].Create(enrollingUser, entity.Key));
                }
                else
                {
                    usersNotInRun++;
                }
            }

            var agent = HostAgentConverter.ToEntity(device);
            state.AddEntity(agent);
            state.AddRelationship(IntuneTypes.HostAgentManagesDevice[entity.Type].Create(agent.Key, entity.Key));
        }

        if (usersNotInRun > 0)
        {
            Microsoft365Log.UsersNotInRun(context.Logger, context.StepId, usersNotInRun);
        }
    }
}
