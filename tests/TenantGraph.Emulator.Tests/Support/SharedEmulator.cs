namespace TenantGraph.Emulator.Tests.Support;

/// <summary>One emulator over <see cref="TestTenants.Create"/> for tests that only read; throttling off.</summary>
public sealed class SharedEmulator : IAsyncLifetime
{
    private EmulatorHost? _host;
    private EmulatorClient? _client;

    public EmulatorHost Host => _host ?? throw new InvalidOperationException("Not started.");

    internal EmulatorClient Client => _client ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(), Throttling = ThrottlingOptions.Disabled }, EmulatorClient.Timeout);
        _client = new EmulatorClient(_host);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
