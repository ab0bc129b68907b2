using System.Net.Http.Headers;
using System.Text;

namespace TenantGraph.Emulator.Tests.Support;

internal static class Requests
{
    public static async Task<HttpResponseMessage> PostBatchAsync(EmulatorClient client, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graph/v1.0/$batch") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await client.GetTokenAsync(EmulatorClient.GraphScope));
        return await client.Http.SendAsync(request, EmulatorClient.Timeout);
    }

    public static async Task<HttpResponseMessage> PostExportJobAsync(EmulatorClient client, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graph/beta/deviceManagement/reports/exportJobs") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await client.GetTokenAsync(EmulatorClient.GraphScope));
        return await client.Http.SendAsync(request, EmulatorClient.Timeout);
    }
}
