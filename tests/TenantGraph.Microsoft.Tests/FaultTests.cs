using TenantGraph.Core.Errors;
using TenantGraph.Emulator;
using TenantGraph.Microsoft.Tests.Support;

namespace TenantGraph.Microsoft.Tests;

public sealed class FaultTests(EmulatorFixture cloud) : IClassFixture<EmulatorFixture>
{
    // Small pages make many requests, so the fault rates hit many of them.
    private static readonly ListRequest Users = new(MicrosoftApi.Graph, "/users", "User.Read.All") { Select = ["id", "displayName"], PageSize = 50 };

    [Fact]
    public async Task Users_after_429s_with_Retry_After_are_all_collected_once()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { ThrottleRate = 0.3, Seed = 3 };
        using var client = cloud.Client();

        var ids = await client.ListRawAsync(Users, Timeouts.Token()).Select(u => u.GetProperty("id").GetString()!).ToListAsync();

        Assert.Equal(Expected.UserIds, ids.Order(StringComparer.Ordinal));
        Assert.True(client.TotalsFor(MicrosoftApi.Graph).ThrottledResponses > 0);
        Assert.True(client.TotalsFor(MicrosoftApi.Graph).Metrics.ThrottleWaits > 0);
    }

    [Fact]
    public async Task Users_after_503_and_504_bursts_are_all_collected_once()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { ServerErrorRate = 0.4, Seed = 5 };
        using var client = cloud.Client();

        var ids = await client.ListRawAsync(Users, Timeouts.Token()).Select(u => u.GetProperty("id").GetString()!).ToListAsync();

        Assert.Equal(Expected.UserIds, ids.Order(StringComparer.Ordinal));
        Assert.True(client.TotalsFor(MicrosoftApi.Graph).Metrics.Retries > 0);
    }

    [Fact]
    public async Task Users_after_connection_resets_are_all_collected_once()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { ConnectionResetRate = 0.2, Seed = 7 };
        using var client = cloud.Client();

        var ids = await client.ListRawAsync(Users, Timeouts.Token()).Select(u => u.GetProperty("id").GetString()!).ToListAsync();

        Assert.Equal(Expected.UserIds, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Users_after_malformed_bodies_are_all_collected_once()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { MalformedBodyRate = 0.15, Seed = 11 };
        using var client = cloud.Client();

        var ids = await client.ListRawAsync(Users, Timeouts.Token()).Select(u => u.GetProperty("id").GetString()!).ToListAsync();

        Assert.Equal(Expected.UserIds, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Bodies_that_stay_malformed_fail_naming_the_request()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { MalformedBodyRate = 1 };
        using var client = cloud.Client();

        var error = await Assert.ThrowsAsync<ProviderApiException>(() => client.ListRawAsync(Users, Timeouts.Token()).ToListAsync().AsTask());

        Assert.Equal("GET", error.Method);
        Assert.Equal("/users", error.Path);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, client.TotalsFor(MicrosoftApi.Graph).Metrics.Requests);
    }

    [Fact]
    public async Task Throttling_that_never_ends_fails_after_the_retry_limit_naming_the_request()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { ThrottleRate = 1 };
        using var client = cloud.Client(o => o with { MaxRetries = 3 });

        var error = await Assert.ThrowsAsync<ProviderApiException>(() => client.ListRawAsync(Users, Timeouts.Token()).ToListAsync().AsTask());

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.Status);
        Assert.True(error.IsTransient);
        Assert.StartsWith("GET /users returned 429", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, client.TotalsFor(MicrosoftApi.Graph).Metrics.Requests);
    }

    [Fact]
    public async Task Expired_page_token_restarts_the_listing_without_duplicates()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var ids = new List<string>();
        var pages = 0;

        await foreach (var user in client.ListRawAsync(Users, Timeouts.Token()))
        {
            ids.Add(user.GetProperty("id").GetString()!);
            if (ids.Count % 50 == 0 && ++pages == 3)
            {
                cloud.Host.Admin.ExpireAllPageTokens();
            }
        }

        Assert.Equal(Expected.UserIds, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Missing_permission_gives_an_authorization_error_naming_what_to_grant()
    {
        cloud.Reset();
        cloud.Host.Admin.Deny("DeviceManagementManagedDevices.Read.All");
        using var client = cloud.Client();
        var request = new ListRequest(MicrosoftApi.Graph, "/deviceManagement/managedDevices", "DeviceManagementManagedDevices.Read.All");

        var error = await Assert.ThrowsAsync<ProviderAuthorizationException>(() => client.ListRawAsync(request, Timeouts.Token()).ToListAsync().AsTask());

        Assert.StartsWith("GET /deviceManagement/managedDevices returned 403", error.Message, StringComparison.Ordinal);
        Assert.Contains("grant DeviceManagementManagedDevices.Read.All and admin-consent it", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, client.TotalsFor(MicrosoftApi.Graph).Metrics.Requests);
    }

    [Fact]
    public async Task A_request_slower_than_the_timeout_is_retried_then_fails_as_a_timeout()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { SlowBodyRate = 1, SlowBodyChunkDelay = TimeSpan.FromSeconds(2) };
        using var client = cloud.Client(o => o with { RequestTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 });
        var request = new ListRequest(MicrosoftApi.Graph, "/users", "User.Read.All");

        var error = await Assert.ThrowsAsync<ProviderApiException>(() => client.ListRawAsync(request, Timeouts.Token()).ToListAsync().AsTask());

        Assert.Null(error.Status);
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, client.TotalsFor(MicrosoftApi.Graph).Metrics.Retries);
    }
}
