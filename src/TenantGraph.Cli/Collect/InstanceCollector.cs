using Microsoft.Extensions.Logging;
using TenantGraph.Cli.Configuration;
using TenantGraph.Cli.Terminal;
using TenantGraph.Core.Errors;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Output;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Delta;
using TenantGraph.Microsoft.Http;
using TenantGraph.Store;

namespace TenantGraph.Cli.Collect;

/// <summary>
/// Collects one configured instance: signs in, prepares the integration, runs its steps into the collect layout
/// (with progress), writes summary.json, then stores the run as one unit. An authentication or connection failure
/// collects nothing and leaves the previous snapshot as it was.
/// </summary>
internal sealed class InstanceCollector(CliContext context, ILoggerFactory loggers, TenantGraphConfig config, bool showProgress)
{
    public async Task<CollectOutcome> CollectAsync(InstanceConfig instance, string outputDirectory, IGraphStore? store,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("TenantGraph.Collect");
        using var client = MicrosoftApiClient.Create(new MicrosoftApiClientOptions
        {
            Credential = instance.Credential,
            Endpoints = instance.Cloud,
            Tls = new TlsOptions(config.TlsCaFile),
        }, loggers, context.Time);
        var deltaLinks = new JsonFileDeltaLinkStore(DeltaLinkFile(config.Store));
        var metrics = new RequestMetrics();
        // The store run begins first, so a second collector of the same instance is refused before any work,
        // and a run that never completes is marked failed with the previous snapshot untouched.
        await using var storeRun = store is null ? null : await store.BeginRunAsync(instance.Name, instance.Integration.Name, cancellationToken);
        try
        {
            PreparedRun prepared;
            using (metrics.Activate())
            {
                prepared = await instance.Integration.PrepareAsync(new InstanceContext(instance.Name, instance.Credential.TenantId,
                    client, instance.Settings, deltaLinks, logger, context.Time), cancellationToken);
            }

            ClearPreviousOutput(outputDirectory);
            using var state = new JobState(outputDirectory, instance.Integration.Definition.CaseInsensitiveKeys);
            var progress = new RunProgress();
            var request = new RunRequest(instance.Name, instance.Integration.Definition, state, prepared.Services)
            {
                StartStates = prepared.StartStates,
                Metrics = metrics,
                Progress = progress,
            };
            context.Error.WriteLine($"Collecting {instance.Name} ({instance.Integration.Name}, tenant {instance.Credential.TenantId})");
            var run = await RunWithProgressAsync(request, progress, logger, cancellationToken);
            SummaryWriter.Write(outputDirectory, run);
            var storedRun = storeRun is null ? (long?)null : await StoreAsync(storeRun, outputDirectory, run, cancellationToken);
            RunSummaryTable.Write(context.Output, run, metrics);
            return new CollectOutcome(instance.Name, run.HasFailures ? ExitCodes.Partial : ExitCodes.Success, run, storedRun, null);
        }
        catch (ProviderAuthenticationException e)
        {
            context.Error.WriteLine($"error: {instance.Name}: could not sign in to tenant {e.TenantId} at {e.AuthorityHost} " +
                $"with the {e.CredentialSource}: {e.Message}");
            return new CollectOutcome(instance.Name, ExitCodes.NothingCollected, null, null, e.Message);
        }
        catch (HttpRequestException e)
        {
            context.Error.WriteLine($"error: {instance.Name}: could not reach the service: {e.Message}");
            return new CollectOutcome(instance.Name, ExitCodes.NothingCollected, null, null, e.Message);
        }
    }

    private async Task<RunResult> RunWithProgressAsync(RunRequest request, RunProgress progress, ILogger logger,
        CancellationToken cancellationToken)
    {
        using var stopDisplay = new CancellationTokenSource();
        var display = showProgress
            ? new ProgressDisplay(context.Error, progress, context.IsInteractive, context.Time).ShowAsync(stopDisplay.Token)
            : Task.CompletedTask;
        try
        {
            return await new StepRunner(logger, context.Time).RunAsync(request, cancellationToken);
        }
        finally
        {
            await stopDisplay.CancelAsync();
            await display;
        }
    }

    private static async Task<long> StoreAsync(IRunWriter writer, string outputDirectory, RunResult run,
        CancellationToken cancellationToken)
    {
        var reader = new GraphFolderReader(outputDirectory);
        await writer.WriteEntitiesAsync(reader.ReadEntities().ToAsyncEnumerable(), cancellationToken);
        await writer.WriteRelationshipsAsync(reader.ReadRelationships().ToAsyncEnumerable(), cancellationToken);
        var stored = await writer.CompleteAsync(run, cancellationToken);
        return stored.Id;
    }

    /// <summary>The SDK deletes its storage folder before each run; only our own files are removed here.</summary>
    private static void ClearPreviousOutput(string outputDirectory)
    {
        foreach (var folder in new[] { "graph", "index" })
        {
            var path = Path.Combine(outputDirectory, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        var summary = Path.Combine(outputDirectory, SummaryWriter.FileName);
        if (File.Exists(summary))
        {
            File.Delete(summary);
        }
    }

    /// <summary>Delta links are kept beside a SQLite store, or in the working directory for PostgreSQL.</summary>
    private static string DeltaLinkFile(string store) =>
        GraphStoreFactory.IsPostgres(store) ? "tenantgraph.delta-links.json" : Path.ChangeExtension(store, ".delta-links.json");
}
