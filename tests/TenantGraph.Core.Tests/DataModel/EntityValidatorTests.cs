using TenantGraph.Core.DataModel;
using TenantGraph.Core.Graph;

namespace TenantGraph.Core.Tests.DataModel;

public sealed class EntityValidatorTests
{
    public static TheoryData<string> Classes => [.. DataModelSchemas.ClassNames];

    public static TheoryData<string, string> RequiredProperties
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var className in DataModelSchemas.ClassNames)
            {
                foreach (var property in DataModelSchemas.Get(className).Required.Where(r => r is not ("_key" or "_type" or "_class")))
                {
                    data.Add(className, property);
                }
            }

            return data;
        }
    }

    public static TheoryData<string, string> DeclaredProperties
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var className in DataModelSchemas.ClassNames)
            {
                foreach (var property in DataModelSchemas.Get(className).PropertyNames.Where(p => p is not ("_key" or "_type")))
                {
                    data.Add(className, property);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void A_minimal_entity_of_each_class_is_valid(string className) =>
        Assert.Empty(EntityValidator.Validate(ValidEntities.Minimal(className)));

    [Theory]
    [MemberData(nameof(RequiredProperties))]
    public void A_missing_required_property_fails_naming_entity_class_and_property(string className, string property)
    {
        var entity = ValidEntities.Without(ValidEntities.Minimal(className), property);
        var error = Assert.Single(EntityValidator.Validate(entity));
        Assert.Equal((ValidEntities.Key, className, property), (error.EntityKey, error.ClassName, error.Property));
        Assert.Contains(ValidEntities.Key, error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Every declared property given a value of a kind the table does not declare for it: a boolean where any
    /// non-boolean is declared, text where only booleans are.
    /// </summary>
    [Theory]
    [MemberData(nameof(DeclaredProperties))]
    public void A_property_of_the_wrong_type_fails_naming_class_and_property(string className, string property)
    {
        var types = DataModelSchemas.Get(className).Properties[property].Types;
        object wrong = types.All(t => t.Kind == "bool") ? "text" : true;
        var errors = EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal(className), property, wrong));
        Assert.Contains(errors, e => e.ClassName == className && e.Property == property && e.EntityKey == ValidEntities.Key);
    }

    [Fact]
    public void Entity_requires_name_and_display_name() =>
        Assert.Equal(["name", "displayName"], DataModelSchemas.Get("Group").Required.Where(r => !r.StartsWith('_')));

    [Theory]
    [InlineData("macos")]
    [InlineData("Windows")]
    public void Device_os_type_outside_its_enum_fails(string osType)
    {
        var errors = EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("Device"), "osType", osType));
        Assert.Equal(("Device", "osType"), (Assert.Single(errors).ClassName, errors[0].Property));
    }

    [Fact]
    public void Device_os_type_in_its_enum_passes() =>
        Assert.Empty(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("Device"), "osType", "windows")));

    [Fact]
    public void Device_required_properties_may_be_null()
    {
        var device = ValidEntities.Minimal("Device");
        foreach (var name in DataModelSchemas.Get("Device").Required.Where(r => r is not ("_key" or "_type" or "_class" or "name" or "displayName")))
        {
            device = ValidEntities.With(device, name, null);
        }

        Assert.Empty(EntityValidator.Validate(device));
    }

    [Fact]
    public void Device_mac_address_in_upper_case_fails() =>
        Assert.Single(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("Device"), "macAddresses", new[] { "00:11:22:AA:BB:CC" })));

    [Fact]
    public void Device_ipv4_address_list_with_an_ipv6_address_fails() =>
        Assert.Single(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("Device"), "ipv4Addresses", new[] { "10.0.0.1", "::1" })));

    [Fact]
    public void User_email_that_is_not_an_email_fails()
    {
        var errors = EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("User"), "email", new[] { "not-an-email" }));
        Assert.Equal(("User", "email"), (Assert.Single(errors).ClassName, errors[0].Property));
    }

    [Fact]
    public void User_email_as_a_single_string_fails() =>
        Assert.Single(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("User"), "email", "ada@example.com")));

    [Fact]
    public void User_username_may_be_null() =>
        Assert.Empty(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("User"), "username", null)));

    [Fact]
    public void HostAgent_function_value_outside_its_enum_fails()
    {
        var errors = EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("HostAgent"), "function", new[] { "anti-malware", "antivirus" }));
        Assert.Equal(("HostAgent", "function"), (Assert.Single(errors).ClassName, errors[0].Property));
    }

    [Fact]
    public void HostAgent_function_values_inside_its_enum_pass() =>
        Assert.Empty(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("HostAgent"), "function", new[] { "anti-malware", "DLP" })));

    [Fact]
    public void Network_CIDR_may_be_null() =>
        Assert.Empty(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("Network"), "CIDR", null)));

    [Fact]
    public void Network_CIDR_must_still_be_present() =>
        Assert.Equal("CIDR", Assert.Single(EntityValidator.Validate(ValidEntities.Without(ValidEntities.Minimal("Network"), "CIDR"))).Property);

    [Fact]
    public void Network_CIDR_that_is_not_an_IPv4_CIDR_fails() =>
        Assert.Equal("CIDR", Assert.Single(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("Network"), "CIDR", "not a cidr"))).Property);

    [Fact]
    public void Vulnerability_requires_open() =>
        Assert.Contains("open", DataModelSchemas.Get("Vulnerability").Required);

    [Fact]
    public void An_entity_of_two_classes_passes_when_it_fits_both() =>
        Assert.Empty(EntityValidator.Validate(ValidEntities.Minimal("Device", "Host")));

    [Fact]
    public void An_entity_of_two_classes_is_checked_against_the_second_class_too()
    {
        var entity = ValidEntities.With(ValidEntities.Minimal("Configuration", "ControlPolicy"), "category", "firewall");
        var error = Assert.Single(EntityValidator.Validate(entity));
        Assert.Equal(("ControlPolicy", "category"), (error.ClassName, error.Property));
    }

    [Fact]
    public void An_entity_of_two_classes_reports_a_missing_property_of_each_class()
    {
        var entity = ValidEntities.Without(ValidEntities.Minimal("Device", "Host"), "serial");
        Assert.Equal(["Device", "Host"], EntityValidator.Validate(entity).Where(e => e.Property == "serial").Select(e => e.ClassName));
    }

    [Fact]
    public void A_key_shorter_than_ten_characters_fails()
    {
        var entity = new Entity("short-key", "test_entity", ["Group"], new PropertyBag { ["name"] = "n", ["displayName"] = "n" });
        var error = Assert.Single(EntityValidator.Validate(entity));
        Assert.Equal(("GraphObject", "_key"), (error.ClassName, error.Property));
    }

    [Fact]
    public void A_key_of_exactly_ten_characters_passes() =>
        Assert.Empty(EntityValidator.Validate(new Entity("0123456789", "test_entity", ["Group"], new PropertyBag { ["name"] = "n", ["displayName"] = "n" })));

    [Fact]
    public void A_type_shorter_than_three_characters_fails() =>
        Assert.Equal("_type", Assert.Single(EntityValidator.Validate(
            new Entity(ValidEntities.Key, "ab", ["Group"], new PropertyBag { ["name"] = "n", ["displayName"] = "n" }))).Property);

    [Theory]
    [InlineData("my_prop")]
    [InlineData("tag._x")]
    [InlineData("a/b")]
    public void A_property_name_outside_the_graph_object_pattern_fails(string name)
    {
        var error = Assert.Single(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("Group"), name, "v")));
        Assert.Equal(("GraphObject", name), (error.ClassName, error.Property));
    }

    [Theory]
    [InlineData("_private")]
    [InlineData("tag.Environment")]
    [InlineData("tag.cost center")]
    [InlineData("custom.Name-2")]
    public void A_property_name_inside_the_graph_object_pattern_passes(string name) =>
        Assert.Empty(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("Group"), name, "v")));

    [Fact]
    public void A_tag_property_holding_an_array_fails() =>
        Assert.Single(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("Group"), "tag.Owners", new[] { "a", "b" })));

    [Fact]
    public void An_unknown_class_fails()
    {
        var entity = new Entity(ValidEntities.Key, "test_entity", ["Spaceship"], new PropertyBag { ["name"] = "n", ["displayName"] = "n" });
        var error = Assert.Single(EntityValidator.Validate(entity));
        Assert.Equal(("Spaceship", "_class"), (error.ClassName, error.Property));
    }

    [Fact]
    public void An_integer_property_accepts_a_whole_double_and_refuses_a_fraction()
    {
        var group = ValidEntities.Minimal("Group");
        Assert.Empty(EntityValidator.Validate(ValidEntities.With(group, "criticality", 3.0)));
        Assert.Single(EntityValidator.Validate(ValidEntities.With(group, "criticality", 3.5)));
    }

    [Fact]
    public void Undeclared_properties_of_any_primitive_type_pass() =>
        Assert.Empty(EntityValidator.Validate(ValidEntities.With(ValidEntities.Minimal("Group"), "resourceGroup", 12L)));

    [Fact]
    public void Record_entity_classes_do_not_inherit_entity_properties() =>
        Assert.DoesNotContain("criticality", DataModelSchemas.Get("Finding").PropertyNames);

    [Fact]
    public void Disk_inherits_the_requirements_of_data_store() =>
        Assert.Equal(["classification", "encrypted"],
            DataModelSchemas.Get("Disk").Required.Where(r => r is "classification" or "encrypted"));
}
