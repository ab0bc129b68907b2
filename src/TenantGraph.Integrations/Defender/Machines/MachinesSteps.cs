using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Defender.Account;

namespace TenantGraph.Integrations.Defender.Machines;

internal static class MachinesSteps
{
    public const string FetchMachines = "fetch-machines";
    public const string FetchEndpoints = "fetch-endpoints";

    public static readonly StepDefinition Machines = new(
        Id: FetchMachines, Name: "Fetch Machines",
        Entities: [MachinesTypes.Machine],
        Relationships: [MachinesTypes.AccountHasMachine],
        DependsOn: [AccountSteps.FetchAccount],
        Permissions: [DefenderPermissions.MachineReadAll],
        Handler: FetchMachinesAsync);

    /// <summary>Makes no call: since reference 1.8.0 endpoints are built from the machines' raw data.</summary>
    public static readonly StepDefinition Endpoints = new(
        Id: FetchEndpoints, Name: "Fetch Endpoints",
        Entities: [MachinesTypes.Endpoint],
        Relationships: [MachinesTypes.MachineManagesEndpoint],
        DependsOn: [FetchMachines],
        Permissions: [DefenderPermissions.MachineReadAll],
        Handler: FetchEndpointsAsync);

    /// <summary>The machine ids in the job state, for the steps that read per machine.</summary>
    public static IEnumerable<string> MachineIds(StepContext context) =>
        context.JobState.IterateEntities(MachinesTypes.Machine.Type).Select(m => m.Properties.GetString("id")).OfType<string>();

    private static async Task FetchMachinesAsync(StepContext context, CancellationToken cancellationToken)
    {
        // Spec §B9.1.6: the reference assumed the account exists. Without it machines are still collected.
        var hasAccount = context.JobState.TryGetData(AccountSteps.AccountKey, out var accountKey);
        if (!hasAccount)
        {
            DefenderLog.NoAccount(context.Logger, FetchMachines, MachinesTypes.Machine.Type);
        }

        await foreach (var machine in context.Services.Get<MachinesClient>().ListMachinesAsync(cancellationToken))
        {
            var entity = MachineConverter.ToEntity(machine);
            // Reference 1.7.1: Defender can list a machine twice; the first one is kept.
            if (context.JobState.HasKey(entity.Key))
            {
                continue;
            }

            context.JobState.AddEntity(entity);
            if (hasAccount)
            {
                context.JobState.AddRelationship(MachinesTypes.AccountHasMachine.Create(accountKey, entity.Key));
            }
        }
    }

    private static Task FetchEndpointsAsync(StepContext context, CancellationToken cancellationToken)
    {
        foreach (var machineEntity in context.JobState.IterateEntities(MachinesTypes.Machine.Type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (machineEntity.RawData is not { } raw)
            {
                DefenderLog.MachineWithoutRawData(context.Logger, FetchEndpoints, machineEntity.Key);
                continue;
            }

            using var document = JsonDocument.Parse(raw);
            var machine = document.RootElement.Deserialize(MachinesJsonContext.Default.Machine)
                ?? throw new InvalidOperationException($"Machine {machineEntity.Key} has raw data that is not a machine.");
            var endpoint = EndpointConverter.ToEntity(new ApiObject<Machine>(machine, document.RootElement));
            if (context.JobState.HasKey(endpoint.Key))
            {
                continue;
            }

            context.JobState.AddEntity(endpoint);
            context.JobState.AddRelationship(MachinesTypes.MachineManagesEndpoint.Create(machineEntity.Key, endpoint.Key));
        }

        return Task.CompletedTask;
    }
}
