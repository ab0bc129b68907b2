using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class ReportExportTests
{
    private const string AppInventory = """{"reportName":"AppInvRawData","format":"csv","select":["ApplicationKey","ApplicationName","ApplicationVersion","DeviceId","DeviceName"]}""";

    [Fact]
    public async Task Export_job_is_created_then_in_progress_then_completed_with_a_url()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TenantWithDetectedApps() }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var created = await Requests.PostExportJobAsync(client, AppInventory);
        var job = await EmulatorClient.ReadJsonAsync(created);
        var id = job.GetProperty("id").GetString()!;
        var first = await client.GetJsonAsync($"graph/beta/deviceManagement/reports/exportJobs('{id}')", EmulatorClient.GraphScope);
        var second = await client.GetJsonAsync($"graph/beta/deviceManagement/reports/exportJobs('{id}')", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("AppInvRawData_", id, StringComparison.Ordinal);
        Assert.Equal("notStarted", job.GetProperty("status").GetString());
        Assert.Equal("inProgress", first.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("url").ValueKind);
        Assert.Equal("completed", second.GetProperty("status").GetString());
        Assert.StartsWith(host.HttpsBaseUrl.ToString(), second.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completed_export_downloads_without_a_token_as_a_zip_of_one_csv_with_a_row_per_detection()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TenantWithDetectedApps(), ExportJobPollsInProgress = 0 }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);
        using var created = await Requests.PostExportJobAsync(client, AppInventory);
        var id = (await EmulatorClient.ReadJsonAsync(created)).GetProperty("id").GetString()!;
        var url = (await client.GetJsonAsync($"graph/beta/deviceManagement/reports/exportJobs('{id}')", EmulatorClient.GraphScope)).GetProperty("url").GetString()!;

        using var download = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await client.Http.SendAsync(download, EmulatorClient.Timeout);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(EmulatorClient.Timeout));
        var entry = Assert.Single(zip.Entries);
        using var reader = new StreamReader(entry.Open());
        var lines = (await reader.ReadToEndAsync(EmulatorClient.Timeout)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".csv", entry.FullName, StringComparison.Ordinal);
        Assert.Equal("ApplicationKey,ApplicationName,ApplicationVersion,DeviceId,DeviceName", lines[0]);
        Assert.Equal(
            ["app-edge,Microsoft Edge,124.0,d0,LAPTOP-0", "app-acme,\"Acme, \"\"Pro\"\" Edition\",2.1,d0,LAPTOP-0", "app-edge,Microsoft Edge,124.0,d1,LAPTOP-1", "app-blank,,,d1,LAPTOP-1"],
            lines[1..]);
        Assert.Equal(1, host.Counters.Downloads);
    }

    [Fact]
    public async Task Export_without_the_intune_apps_permission_is_refused_with_403()
    {
        var permissions = TestTenants.AllPermissions.Where(p => p != "DeviceManagementApps.Read.All").ToArray();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TenantWithDetectedApps(permissions) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await Requests.PostExportJobAsync(client, AppInventory);
        var error = await EmulatorClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Authorization_RequestDenied", error.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(0, host.Counters.ExportJobs);
    }

    [Fact]
    public async Task Stalled_export_job_stays_in_progress_while_the_next_job_completes()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = TenantWithDetectedApps(), ExportJobPollsInProgress = 0, Faults = new FaultOptions { StalledExportJobs = 1 },
        }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var stalled = await Requests.PostExportJobAsync(client, AppInventory);
        var stalledId = (await EmulatorClient.ReadJsonAsync(stalled)).GetProperty("id").GetString()!;
        var statuses = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetJsonAsync($"graph/beta/deviceManagement/reports/exportJobs('{stalledId}')", EmulatorClient.GraphScope)).GetProperty("status").GetString()!);
        }

        using var fresh = await Requests.PostExportJobAsync(client, AppInventory);
        var freshId = (await EmulatorClient.ReadJsonAsync(fresh)).GetProperty("id").GetString()!;
        var completed = await client.GetJsonAsync($"graph/beta/deviceManagement/reports/exportJobs('{freshId}')", EmulatorClient.GraphScope);

        Assert.All(statuses, s => Assert.Equal("inProgress", s));
        Assert.Equal("completed", completed.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"reportName":"AppInvRawData","format":"csv","select":["ApplicationKey","NoSuchColumn"]}""", "NoSuchColumn")]
    [InlineData("""{"reportName":"Devices","format":"csv"}""", "Devices")]
    [InlineData("""{"format":"csv"}""", "reportName")]
    public async Task Export_request_the_report_does_not_allow_is_a_400_naming_the_problem(string body, string named)
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TenantWithDetectedApps() }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await Requests.PostExportJobAsync(client, body);
        var error = await EmulatorClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, error.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_requests_take_the_injected_throttling_faults()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TenantWithDetectedApps(), Faults = new FaultOptions { ThrottleRate = 1 } }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await Requests.PostExportJobAsync(client, AppInventory);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(0, host.Counters.ExportJobs);
    }

    [Fact]
    public async Task Unknown_download_is_a_404()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TenantWithDetectedApps() }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await client.Http.GetAsync("_reports/AppInvRawData_nothing.zip", EmulatorClient.Timeout);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The test tenant's devices d0–d2: d0 and d1 with detected apps (one with a comma and quotes in its name, one nameless), d2 with none.</summary>
    private static TenantData TenantWithDetectedApps(IReadOnlyList<string>? permissions = null)
    {
        var data = TestTenants.Create(users: 1, permissions: permissions);
        data.Add("graph/beta/deviceManagement/managedDevices/d0/detectedApps", new JsonObject { ["id"] = "app-edge", ["displayName"] = "Microsoft Edge", ["version"] = "124.0" });
        data.Add("graph/beta/deviceManagement/managedDevices/d0/detectedApps", new JsonObject { ["id"] = "app-acme", ["displayName"] = "Acme, \"Pro\" Edition", ["version"] = "2.1" });
        data.Add("graph/beta/deviceManagement/managedDevices/d1/detectedApps", new JsonObject { ["id"] = "app-edge", ["displayName"] = "Microsoft Edge", ["version"] = "124.0" });
        data.Add("graph/beta/deviceManagement/managedDevices/d1/detectedApps", new JsonObject { ["id"] = "app-blank", ["displayName"] = null, ["version"] = null });
        return data;
    }
}
