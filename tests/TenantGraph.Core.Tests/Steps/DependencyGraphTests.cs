using TenantGraph.Core.Steps;

namespace TenantGraph.Core.Tests.Steps;

public sealed class DependencyGraphTests
{
    internal static StepDefinition Step(string id, params string[] dependsOn) =>
        new(id, id, [], [], dependsOn, (_, _) => Task.CompletedTask);

    [Fact]
    public void Order_starts_from_entry_steps_in_declaration_order_and_visits_dependencies_first()
    {
        var graph = new DependencyGraph([Step("c", "a"), Step("a"), Step("b", "a"), Step("d")]);
        Assert.Equal(["a", "c", "b", "d"], graph.Order.Select(s => s.Id));
    }

    [Fact]
    public void Order_visits_dependencies_in_their_declared_order()
    {
        var graph = new DependencyGraph([Step("x"), Step("y"), Step("top", "y", "x")]);
        Assert.Equal(["y", "x", "top"], graph.Order.Select(s => s.Id));
    }

    [Fact]
    public void Order_places_a_shared_dependency_once_where_it_is_first_reached()
    {
        var graph = new DependencyGraph([Step("leaf-1", "mid", "root"), Step("mid", "root"), Step("root"), Step("leaf-2", "root")]);
        Assert.Equal(["root", "mid", "leaf-1", "leaf-2"], graph.Order.Select(s => s.Id));
    }

    [Fact]
    public void Ancestors_include_transitive_dependencies() =>
        Assert.Equal(["a", "b"], new DependencyGraph([Step("a"), Step("b", "a"), Step("c", "b")]).AncestorsOf("c").Order(StringComparer.Ordinal));

    [Fact]
    public void An_unknown_dependency_is_refused()
    {
        var error = Assert.Throws<StepGraphException>(() => new DependencyGraph([Step("a", "missing")]));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_is_refused_naming_its_path()
    {
        var error = Assert.Throws<StepGraphException>(() => new DependencyGraph([Step("a", "b"), Step("b", "a")]));
        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_depending_on_itself_is_a_cycle() =>
        Assert.Contains("a -> a", Assert.Throws<StepGraphException>(() => new DependencyGraph([Step("a", "a")])).Message, StringComparison.Ordinal);

    [Fact]
    public void A_step_id_declared_twice_is_refused() =>
        Assert.Throws<StepGraphException>(() => new DependencyGraph([Step("a"), Step("a")]));
}
