using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Core.Tests.Metadata;

public sealed class EntityMapTests
{
    private static readonly EntityMetadata Configuration = new("Setting", "test_setting", ["Configuration"]);

    private sealed record Record(string Id, string? Label = null);

    private static ApiObject<Record> Source(string json)
    {
        using var document = JsonDocument.Parse(json);
        var raw = document.RootElement.Clone();
        return new ApiObject<Record>(new Record(raw.GetProperty("id").GetString() ?? "none", raw.TryGetProperty("label", out var l) ? l.GetString() : null), raw);
    }

    private static EntityMap<Record> Map(EntityMetadata? metadata = null) => new(metadata ?? Configuration) { Key = r => r.Id };

    private static Entity Build(string json) => Map().Build(Source(json));

    [Fact]
    public void Key_type_and_classes_come_from_the_key_function_and_the_metadata()
    {
        var entity = Build("""{"id":"setting-0001"}""");
        Assert.Equal(("setting-0001", "test_setting"), (entity.Key, entity.Type));
        Assert.Equal(["Configuration"], entity.Classes);
    }

    [Fact]
    public void Whitelisted_primitive_source_properties_are_copied()
    {
        var entity = Build("""{"id":"setting-0001","summary":"s","criticality":3,"complianceStatus":0.5,"public":true}""");
        Assert.Equal(("s", 3L, 0.5, true),
            (entity.Properties["summary"], entity.Properties["criticality"], entity.Properties["complianceStatus"], entity.Properties["public"]));
    }

    [Fact]
    public void The_source_id_is_copied_as_given_when_it_is_whitelisted() =>
        Assert.Equal("setting-0001", Build("""{"id":"setting-0001"}""").Properties["id"]);

    [Fact]
    public void Source_arrays_of_primitives_are_copied() =>
        Assert.Equal(new[] { "a", "b" }, Build("""{"id":"setting-0001","notes":["a","b"]}""").Properties["notes"]);

    [Theory]
    [InlineData("""{"id":"setting-0001","notes":[]}""")]
    [InlineData("""{"id":"setting-0001","notes":[{"text":"a"}]}""")]
    [InlineData("""{"id":"setting-0001","notes":[["a"]]}""")]
    [InlineData("""{"id":"setting-0001","notes":{"text":"a"}}""")]
    [InlineData("""{"id":"setting-0001","notes":null}""")]
    public void Source_values_judged_not_primitive_are_skipped(string json) =>
        Assert.False(Build(json).Properties.Contains("notes"));

    [Fact]
    public void Source_fields_outside_the_class_whitelist_are_not_copied()
    {
        var entity = Build("""{"id":"setting-0001","resourceGroup":"rg","my_field":1,"vendor":"x"}""");
        Assert.False(entity.Properties.Contains("resourceGroup") || entity.Properties.Contains("my_field") || entity.Properties.Contains("vendor"));
    }

    [Fact]
    public void The_whitelist_is_the_union_of_every_class()
    {
        var both = new EntityMetadata("Account setting", "test_account_setting", ["Configuration", "Account"]);
        Assert.Equal("Microsoft", Map(both).Build(Source("""{"id":"setting-0001","vendor":"Microsoft"}""")).Properties["vendor"]);
    }

    [Fact]
    public void Building_as_another_metadata_uses_its_type_and_whitelist()
    {
        var account = new EntityMetadata("Account", "test_account", ["Account"]);
        var entity = Map().Build(Source("""{"id":"setting-0001","vendor":"Microsoft"}"""), account);
        Assert.Equal(("test_account", "Microsoft"), (entity.Type, entity.Properties["vendor"]));
    }

    [Fact]
    public void Assigned_properties_override_source_properties()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, Properties = { ["summary"] = r => "assigned" } };
        Assert.Equal("assigned", map.Build(Source("""{"id":"setting-0001","summary":"source"}""")).Properties["summary"]);
    }

    [Fact]
    public void An_assigned_property_that_overrides_a_source_one_keeps_the_source_position()
    {
        var map = new EntityMap<Record>(Configuration)
        {
            Key = r => r.Id,
            Properties = { ["description"] = r => "d", ["summary"] = r => "assigned" },
        };
        var entity = map.Build(Source("""{"summary":"s","id":"setting-0001","name":"Alpha"}"""));
        Assert.Equal(["summary", "id", "name", "description", "displayName"], entity.Properties.Select(p => p.Key));
    }

    [Fact]
    public void An_assigned_null_is_kept_where_the_schema_does_not_declare_the_property()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, Properties = { ["jobTitle"] = r => null } };
        var entity = map.Build(Source("""{"id":"setting-0001"}"""));
        Assert.True(entity.Properties.TryGetValue("jobTitle", out var value));
        Assert.Null(value);
    }

    [Fact]
    public void An_assigned_null_is_kept_where_the_schema_allows_null()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, Properties = { ["classification"] = r => null } };
        var entity = map.Build(Source("""{"id":"setting-0001"}"""));
        Assert.True(entity.Properties.TryGetValue("classification", out var value));
        Assert.Null(value);
    }

    [Fact]
    public void An_assigned_null_leaves_a_non_nullable_schema_property_out_even_over_a_source_value()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, Properties = { ["description"] = r => null } };
        var entity = map.Build(Source("""{"id":"setting-0001","description":"from source"}"""));
        Assert.False(entity.Properties.Contains("description"));
    }

    [Fact]
    public void Assigned_properties_read_the_typed_record()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, Properties = { ["name"] = r => r.Label } };
        Assert.Equal("Alpha", map.Build(Source("""{"id":"setting-0001","label":"Alpha"}""")).Properties["name"]);
    }

    [Fact]
    public void An_assigned_date_time_offset_becomes_epoch_milliseconds()
    {
        var map = new EntityMap<Record>(Configuration)
        {
            Key = r => r.Id,
            Properties = { ["updatedOn"] = r => new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(2)) },
        };
        Assert.Equal(1704157445678L, map.Build(Source("""{"id":"setting-0001"}""")).Properties["updatedOn"]);
    }

    [Fact]
    public void An_assigned_nested_object_is_refused()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, Properties = { ["owner"] = r => new { Name = "x" } } };
        Assert.Throws<ArgumentException>(() => map.Build(Source("""{"id":"setting-0001"}""")));
    }

    [Theory]
    [InlineData("createdAt")]
    [InlineData("creationDate")]
    [InlineData("creationTime")]
    [InlineData("creationTimestamp")]
    public void Created_on_is_derived_from_a_source_creation_field(string field) =>
        Assert.Equal(1704164645000L, Build($$"""{"id":"setting-0001","{{field}}":"2024-01-02T03:04:05Z"}""").Properties["createdOn"]);

    [Fact]
    public void Created_on_prefers_created_at_over_the_other_fields() =>
        Assert.Equal(1704164645000L, Build("""{"id":"setting-0001","creationTime":"2020-01-01T00:00:00Z","createdAt":"2024-01-02T03:04:05Z"}""").Properties["createdOn"]);

    [Fact]
    public void Created_on_skips_an_unparsable_field_for_the_next_one() =>
        Assert.Equal(1704164645000L, Build("""{"id":"setting-0001","createdAt":"yesterday","creationDate":"2024-01-02T03:04:05Z"}""").Properties["createdOn"]);

    [Fact]
    public void Created_on_is_absent_without_a_creation_field() =>
        Assert.False(Build("""{"id":"setting-0001"}""").Properties.Contains("createdOn"));

    [Fact]
    public void An_assigned_created_on_is_not_replaced()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, Properties = { ["createdOn"] = r => 5L } };
        Assert.Equal(5L, map.Build(Source("""{"id":"setting-0001","createdAt":"2024-01-02T03:04:05Z"}""")).Properties["createdOn"]);
    }

    [Theory]
    [InlineData("Active", true)]
    [InlineData("enabled", true)]
    [InlineData("ONLINE", true)]
    [InlineData("inactive", false)]
    [InlineData("Inactive", false)]
    [InlineData("disabled", false)]
    [InlineData("offline", false)]
    public void Active_is_derived_from_the_source_status(string status, bool active) =>
        Assert.Equal(active, Build($$"""{"id":"setting-0001","status":"{{status}}"}""").Properties["active"]);

    [Theory]
    [InlineData("""{"id":"setting-0001","status":"provisioning"}""")]
    [InlineData("""{"id":"setting-0001","status":""}""")]
    [InlineData("""{"id":"setting-0001"}""")]
    public void Active_is_absent_when_the_status_says_nothing(string json) =>
        Assert.False(Build(json).Properties.Contains("active"));

    [Fact]
    public void An_assigned_active_is_not_replaced()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, Properties = { ["active"] = r => false } };
        Assert.Equal(false, map.Build(Source("""{"id":"setting-0001","status":"enabled"}""")).Properties["active"]);
    }

    [Fact]
    public void Display_name_is_taken_from_the_name() =>
        Assert.Equal("Alpha", Build("""{"id":"setting-0001","name":"Alpha"}""").DisplayName);

    [Fact]
    public void An_assigned_display_name_wins_over_the_name()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, Properties = { ["displayName"] = r => "Shown" } };
        Assert.Equal("Shown", map.Build(Source("""{"id":"setting-0001","name":"Alpha"}""")).DisplayName);
    }

    [Fact]
    public void Raw_data_keeps_the_source_json()
    {
        const string json = """{"id":"setting-0001","nested":{"a":[1,2]}}""";
        Assert.Equal(json, Build(json).RawData);
    }

    [Fact]
    public void Raw_data_is_dropped_when_not_kept()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, KeepRawData = false };
        Assert.Null(map.Build(Source("""{"id":"setting-0001"}""")).RawData);
    }

    [Fact]
    public void Source_properties_are_not_copied_when_switched_off()
    {
        var map = new EntityMap<Record>(Configuration) { Key = r => r.Id, CopySourceProperties = false };
        Assert.False(map.Build(Source("""{"id":"setting-0001","summary":"s"}""")).Properties.Contains("summary"));
    }
}
