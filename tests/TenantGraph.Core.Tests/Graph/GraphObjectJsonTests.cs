using System.Text.Json;
using TenantGraph.Core.Graph;

namespace TenantGraph.Core.Tests.Graph;

public sealed class GraphObjectJsonTests
{
    private static object? Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return GraphObjectJson.ReadValue(document.RootElement);
    }

    [Fact]
    public void An_integer_is_read_as_a_long() =>
        Assert.IsType<long>(Read("42"));

    [Fact]
    public void An_integer_beyond_double_precision_is_read_exactly() =>
        Assert.Equal(9007199254740993L, Read("9007199254740993"));

    [Fact]
    public void A_fraction_is_read_as_a_double() =>
        Assert.Equal(0.25, Read("0.25"));

    [Fact]
    public void An_array_of_integers_is_read_as_longs() =>
        Assert.Equal(new long[] { 1, 2 }, Read("[1,2]"));

    [Fact]
    public void An_array_mixing_integers_and_fractions_is_read_as_doubles() =>
        Assert.Equal(new[] { 1.0, 2.5 }, Read("[1,2.5]"));

    [Fact]
    public void Nulls_inside_an_array_are_dropped() =>
        Assert.Equal(new[] { "a", "b" }, Read("""["a",null,"b"]"""));

    [Fact]
    public void A_nested_object_is_refused() =>
        Assert.Throws<JsonException>(() => Read("""{"a":1}"""));

    [Fact]
    public void An_array_of_objects_is_refused() =>
        Assert.Throws<JsonException>(() => Read("""[{"a":1}]"""));

    [Fact]
    public void An_entity_is_written_with_reserved_fields_first_then_properties_then_raw_data()
    {
        var entity = new Entity("entity-key-0001", "test_group", ["Group"], new PropertyBag { ["name"] = "n", ["displayName"] = "n" }, """{"id":1}""");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            GraphObjectJson.WriteEntity(writer, entity);
        }

        Assert.Equal("""{"_key":"entity-key-0001","_type":"test_group","_class":["Group"],"name":"n","displayName":"n","_rawData":[{"name":"default","rawData":{"id":1}}]}""",
            System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
