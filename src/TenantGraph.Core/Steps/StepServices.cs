namespace TenantGraph.Core.Steps;

/// <summary>
/// The services an integration hands its step handlers (API clients, the instance's settings), looked up by
/// type. Built once per run by the integration; read-only afterwards.
/// </summary>
public sealed class StepServices
{
    private readonly Dictionary<Type, object> _services = [];

    public StepServices Add<T>(T service)
        where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    public T Get<T>()
        where T : class =>
        _services.TryGetValue(typeof(T), out var service)
            ? (T)service
            : throw new InvalidOperationException($"No {typeof(T).Name} was provided to the steps of this run.");
}
