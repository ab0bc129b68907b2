using Microsoft.Extensions.Logging;
using TenantGraph.Emulator;
using TenantGraph.Microsoft.Batching;
using TenantGraph.Microsoft.Logging;
using TenantGraph.Microsoft.Tests.Support;

namespace TenantGraph.Microsoft.Tests;

public sealed class RequestLoggingTests(EmulatorFixture cloud) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Trace_logs_of_a_listing_and_a_batch_hold_no_secret_token_or_query()
    {
        cloud.Reset();
        // Throttled answers make the retry paths log too, not just the happy path.
        cloud.Host.Admin.Faults = new FaultOptions { ThrottleRate = 0.2, Seed = 23 };
        var capture = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        using var client = cloud.Client(loggerFactory: loggerFactory);
        var users = new ListRequest(MicrosoftApi.Graph, "/users", "User.Read.All") { PageSize = 100 };
        var members = Enumerable.Range(0, 25).Select(g => new KeyedListRequest(TestTenant.GroupId(g),
            new ListRequest(MicrosoftApi.Graph, $"/groups/{TestTenant.GroupId(g)}/members", "GroupMember.Read.All") { PageSize = 50 }));

        await client.ListRawAsync(users, Timeouts.Token()).ToListAsync();
        await client.ListEachRawAsync(members, Timeouts.Token()).ToListAsync();

        var entries = capture.Entries.ToList();
        Assert.Contains(entries, e => e.Id.Id == EventIds.RequestCompleted && e.Values.Contains("Path=/users"));
        Assert.Contains(entries, e => e.Id.Id == EventIds.RequestCompleted && e.Values.Contains("Path=/$batch"));
        Assert.Contains(entries, e => e.Id.Id == EventIds.RequestRetrying);
        Assert.Contains(entries, e => e.Id.Id == EventIds.BatchItemRetrying);
        // The secret, the bearer token (any JWT starts "eyJ") and the nextLinks' skip tokens appear nowhere.
        Assert.DoesNotContain(entries, e => e.Contains(TestTenant.ClientSecret));
        Assert.DoesNotContain(entries, e => e.Contains("Bearer") || e.Contains("eyJ") || e.Contains("Authorization"));
        Assert.DoesNotContain(entries, e => e.Contains("skiptoken") || e.Contains("client_secret"));
    }
}
