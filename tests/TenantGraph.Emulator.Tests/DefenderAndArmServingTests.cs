using System.Globalization;
using System.Net;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class DefenderAndArmServingTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    private const string NsgList = $"arm/subscriptions/{TestTenants.SubscriptionId}/providers/Microsoft.Network/networkSecurityGroups";

    private EmulatorClient Client => emulator.Client;

    [Fact]
    public async Task Defender_top_and_skip_pages_yield_every_machine_once()
    {
        var ids = new List<string>();
        for (var skip = 0; ; skip += 10)
        {
            var page = await Client.GetJsonAsync($"defender/api/machines?$top=10&$skip={skip}", EmulatorClient.DefenderScope);
            var values = page.GetProperty("value").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
            ids.AddRange(values);
            if (values.Count < 10)
            {
                break;
            }
        }

        Assert.Equal(Enumerable.Range(0, 25).Select(i => i.ToString("x40", CultureInfo.InvariantCulture)), ids);
    }

    [Fact]
    public async Task Defender_next_links_yield_every_machine_once()
    {
        var (ids, pages) = await Client.GetAllIdsAsync("defender/api/machines?$top=7", EmulatorClient.DefenderScope);

        Assert.Equal(4, pages);
        Assert.Equal(25, ids.Distinct().Count());
    }

    [Fact]
    public async Task Defender_filter_selects_inactive_machines()
    {
        var page = await Client.GetJsonAsync("defender/api/machines?$filter=healthStatus eq 'Inactive'", EmulatorClient.DefenderScope);

        Assert.Equal(9, page.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task Arm_request_without_api_version_returns_MissingApiVersionParameter()
    {
        using var response = await Client.GetAsync(NsgList, EmulatorClient.ArmScope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error");
        Assert.Equal("MissingApiVersionParameter", error.GetProperty("code").GetString());
        Assert.Equal("The api-version query parameter (?api-version=) is required for all requests.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Arm_lists_resource_group_resources_from_the_subscription_list()
    {
        var page = await Client.GetJsonAsync(
            $"arm/subscriptions/{TestTenants.SubscriptionId}/resourceGroups/RG-ODD/providers/Microsoft.Network/networkSecurityGroups?api-version=2023-09-01", EmulatorClient.ArmScope);

        Assert.Equal(15, page.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task Arm_resource_is_found_by_its_id_in_any_case()
    {
        var nsg = await Client.GetJsonAsync(
            $"arm/subscriptions/{TestTenants.SubscriptionId}/resourcegroups/rg-even/providers/microsoft.network/networksecuritygroups/NSG-4?api-version=2023-09-01", EmulatorClient.ArmScope);

        Assert.Equal("nsg-4", nsg.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Arm_child_list_comes_from_the_parent_properties()
    {
        var rules = await Client.GetJsonAsync(
            $"arm/subscriptions/{TestTenants.SubscriptionId}/resourceGroups/rg-even/providers/Microsoft.Network/networkSecurityGroups/nsg-4/securityRules?api-version=2023-09-01", EmulatorClient.ArmScope);

        Assert.Equal("allow-https", rules.GetProperty("value")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Arm_unknown_subscription_returns_SubscriptionNotFound()
    {
        using var response = await Client.GetAsync($"arm/subscriptions/{Guid.Empty}?api-version=2020-01-01", EmulatorClient.ArmScope);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("SubscriptionNotFound", (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Arm_reports_remaining_subscription_reads()
    {
        using var response = await Client.GetAsync($"{NsgList}?api-version=2023-09-01", EmulatorClient.ArmScope);

        Assert.True(response.Headers.Contains("x-ms-ratelimit-remaining-subscription-reads"));
    }
}
