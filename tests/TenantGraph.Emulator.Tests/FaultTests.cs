using System.Net;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task Throttle_rate_of_one_answers_every_call_with_429()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 1), Faults = new FaultOptions { ThrottleRate = 1 } }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await client.GetAsync("graph/v1.0/users", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Server_error_rate_of_one_answers_503_or_504()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 1), Faults = new FaultOptions { ServerErrorRate = 1 } }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await client.GetAsync("defender/api/machines", EmulatorClient.DefenderScope);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout });
        Assert.Equal(1, host.Counters.ServerErrors(EmulatorApi.Defender));
    }

    [Fact]
    public async Task Missing_path_is_answered_404_while_its_neighbours_are_served()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = TestTenants.Create(users: 1),
            Faults = new FaultOptions { MissingPaths = ["defender/api/vulnerabilities/machinesVulnerabilities"] },
        }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var missing = await client.GetAsync("defender/api/vulnerabilities/machinesVulnerabilities?$top=10", EmulatorClient.DefenderScope);
        using var served = await client.GetAsync("defender/api/machines", EmulatorClient.DefenderScope);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task Connection_reset_fault_aborts_the_exchange()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 1) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);
        var token = await client.GetTokenAsync(EmulatorClient.GraphScope);
        host.Admin.Faults = new FaultOptions { ConnectionResetRate = 1 };
        using var request = new HttpRequestMessage(HttpMethod.Get, "graph/v1.0/users");
        request.Headers.Authorization = new("Bearer", token);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.Http.SendAsync(request, EmulatorClient.Timeout));
    }

    [Fact]
    public async Task Malformed_body_fault_sends_truncated_json()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 3) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);
        var token = await client.GetTokenAsync(EmulatorClient.GraphScope);
        host.Admin.Faults = new FaultOptions { MalformedBodyRate = 1 };
        using var request = new HttpRequestMessage(HttpMethod.Get, "graph/v1.0/users");
        request.Headers.Authorization = new("Bearer", token);

        using var response = await client.Http.SendAsync(request, EmulatorClient.Timeout);
        var text = await response.Content.ReadAsStringAsync(EmulatorClient.Timeout);

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(text));
    }

    [Fact]
    public async Task Same_seed_gives_the_same_fault_sequence()
    {
        async Task<List<HttpStatusCode>> RunAsync()
        {
            await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
            {
                Tenant = TestTenants.Create(users: 1),
                Throttling = ThrottlingOptions.Disabled,
                Faults = new FaultOptions { ThrottleRate = 0.3, ServerErrorRate = 0.2, Seed = 42 },
            }, EmulatorClient.Timeout);
            using var client = new EmulatorClient(host);
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 15; i++)
            {
                using var response = await client.GetAsync("graph/v1.0/organization", EmulatorClient.GraphScope);
                statuses.Add(response.StatusCode);
            }

            return statuses;
        }

        var first = await RunAsync();

        Assert.Equal(first, await RunAsync());
        Assert.Contains(first, s => s != HttpStatusCode.OK);
    }
}
