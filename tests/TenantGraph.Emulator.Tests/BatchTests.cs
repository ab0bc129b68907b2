using System.Net;
using System.Text.Json;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class BatchTests
{
    [Fact]
    public async Task Batch_of_21_requests_is_rejected()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 5) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);
        var items = string.Join(',', Enumerable.Range(1, 21).Select(i => $$"""{"id":"{{i}}","method":"GET","url":"/users"}"""));

        using var response = await Requests.PostBatchAsync(client, $$"""{"requests":[{{items}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Batch_items_carry_their_own_status_headers_and_body()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 5) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await Requests.PostBatchAsync(client, $$"""
            {"requests":[
              {"id":"1","method":"GET","url":"/users?$select=displayName"},
              {"id":"2","method":"GET","url":"/users/{{Guid.Empty}}"},
              {"id":"3","method":"GET","url":"/groups/{{TestTenants.GroupId(0)}}/members","dependsOn":["2"]}
            ]}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var responses = (await EmulatorClient.ReadJsonAsync(response)).GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(200, responses["1"].GetProperty("status").GetInt32());
        Assert.Equal(5, responses["1"].GetProperty("body").GetProperty("value").GetArrayLength());
        Assert.Equal("application/json", responses["1"].GetProperty("headers").GetProperty("Content-Type").GetString());
        Assert.Equal(404, responses["2"].GetProperty("status").GetInt32());
        Assert.Equal(424, responses["3"].GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Batch_items_are_throttled_one_by_one_with_Retry_After()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = TestTenants.Create(users: 5),
            TimeProvider = new ManualTimeProvider(),
            Throttling = new ThrottlingOptions { GraphResourceUnitsPer10Seconds = 4 },
        }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);
        var items = string.Join(',', Enumerable.Range(1, 4).Select(i => $$"""{"id":"{{i}}","method":"GET","url":"/users"}"""));

        using var response = await Requests.PostBatchAsync(client, $$"""{"requests":[{{items}}]}""");

        var responses = (await EmulatorClient.ReadJsonAsync(response)).GetProperty("responses").EnumerateArray().ToList();
        Assert.Equal([200, 200, 429, 429], responses.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal("5", responses[2].GetProperty("headers").GetProperty("Retry-After").GetString());
    }

    [Fact]
    public async Task Batch_without_a_token_is_unauthorized()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 1) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);
        using var content = new StringContent("""{"requests":[]}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.Http.PostAsync(new Uri("graph/v1.0/$batch", UriKind.Relative), content, EmulatorClient.Timeout);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        _ = JsonDocument.Parse(await response.Content.ReadAsStringAsync(EmulatorClient.Timeout));
    }
}
