using System.Text;

namespace TenantGraph.Cli.Tests;

public sealed class SecretTests
{
    [Fact]
    public async Task A_secret_from_the_configuration_appears_in_no_log_output_file_or_store()
    {
        const string planted = "planted-secret-9c2e71b4a0";
        using var dir = new TempDirectory();
        await using var cloud = await EmulatedTenant.StartAsync(dir, planted);
        var config = cloud.WriteConfig(dir, "microsoft-365", planted, Path.Combine(dir.Path, "graph.db"));
        var output = Path.Combine(dir.Path, "out");

        var collect = await CliRun.RunAsync("collect", "--config", config, "--output", output, "--verbose");
        var validate = await CliRun.RunAsync("validate-config", "--config", config);

        Assert.Equal(0, collect.ExitCode);
        Assert.Equal(0, validate.ExitCode);
        Assert.DoesNotContain(planted, collect.Output + collect.Error + validate.Output + validate.Error, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(planted);
        var written = Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories)
            .Where(f => f != config && new FileInfo(f).LinkTarget is null)
            .ToArray();
        Assert.Contains(written, f => f.EndsWith("graph.db", StringComparison.Ordinal));
        Assert.Contains(written, f => f.EndsWith("summary.json", StringComparison.Ordinal));
        Assert.All(written, f => Assert.True(File.ReadAllBytes(f).AsSpan().IndexOf(bytes) < 0, $"{f} contains the secret"));
    }
}
