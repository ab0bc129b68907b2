using TenantGraph.Core.DataModel;
using TenantGraph.Integrations.Microsoft365.Intune;
using TenantGraph.Integrations.Microsoft365.Intune.Applications;
using TenantGraph.Integrations.Microsoft365.Intune.Devices;
using TenantGraph.Integrations.Microsoft365.Intune.Policies;

namespace TenantGraph.Integrations.Tests.Microsoft365;

public sealed class IntuneConverterTests
{
    private const string IPhone = """
        {"id":"683dbff1-c8ff-4996-91ae-85484de46cfc","userId":"001d35fc-dd2b-4d17-9ffc-3bafa265e7d9","deviceName":"Michaels-iPhone",
         "managedDeviceOwnerType":"personal","managementState":"managed","lastSyncDateTime":"2021-03-03T12:57:54Z","operatingSystem":"iOS",
         "deviceType":"iPhone","complianceState":"noncompliant","jailBroken":"False","managementAgent":"mdm","osVersion":"14.4",
         "easActivated":false,"easDeviceId":"7CDT0MKDOH5FB0CKI5IVON0GJ8","emailAddress":"m@example.com","model":"iPhone 11 Pro",
         "manufacturer":"Apple","serialNumber":"C39ZQB9SN6XQ","wiFiMacAddress":"001122AABBCC","azureADDeviceId":"683dbff1-c8ff-4996-91ae-85484de46cfc",
         "hardwareInformation":{"ipAddressV4":"10.0.0.5"}}
        """;

    private static ManagedDevice Device(string json) => Json.Object(json, IntuneJsonContext.Default.ManagedDevice).Value;

    [Theory]
    [InlineData("iPhone", true, "smartphone")]
    [InlineData("macMDM", true, "laptop")]
    [InlineData("linux", true, "desktop")]
    [InlineData("windowsRT", true, "user_endpoint")]
    [InlineData("winEmbedded", true, "workstation")]
    [InlineData("iPad", true, "user_endpoint")]
    [InlineData("linux", false, "server")]
    [InlineData("iPod", null, "server")]
    public void Device_type_follows_upstream_classification(string deviceType, bool? physical, string expected) =>
        Assert.Equal(expected, DeviceClassification.TypeOf(deviceType, physical));

    [Fact]
    public void Managed_device_is_a_valid_device_and_host()
    {
        var entity = ManagedDeviceConverter.ToEntity(Json.Object(IPhone, IntuneJsonContext.Default.ManagedDevice), keepRawData: false);

        Assert.Equal("smartphone", entity.Type);
        Assert.Empty(EntityValidator.Validate(entity));
        Assert.Null(entity.RawData);
        Assert.Equal(new[] { "00:11:22:aa:bb:cc" }, entity.Properties["macAddresses"]);
        Assert.Equal(new[] { "10.0.0.5" }, entity.Properties["privateIpAddresses"]);
        Assert.Equal("iOS version 14.4", entity.Properties["osDetails"]);
        Assert.Equal(true, entity.Properties["BYOD"]);
    }

    [Fact]
    public void Raw_data_is_kept_only_when_the_instance_opts_in()
    {
        var entity = ManagedDeviceConverter.ToEntity(Json.Object(IPhone, IntuneJsonContext.Default.ManagedDevice), keepRawData: true);

        Assert.NotNull(entity.RawData);
    }

    [Fact]
    public void Missing_jailbroken_value_is_unknown_not_true()
    {
        Assert.Null(ManagedDeviceConverter.IsJailBroken(null));
        Assert.Null(ManagedDeviceConverter.IsJailBroken("Unknown"));
        Assert.Equal(false, ManagedDeviceConverter.IsJailBroken("False"));
        Assert.Equal(true, ManagedDeviceConverter.IsJailBroken("True"));
    }

    [Fact]
    public void Eas_device_id_of_a_device_not_eas_activated_is_null_not_false()
    {
        var entity = ManagedDeviceConverter.ToEntity(Json.Object(IPhone, IntuneJsonContext.Default.ManagedDevice), keepRawData: false);

        Assert.Null(entity.Properties["easDeviceId"]);
    }

    [Fact]
    public void Os_details_without_os_or_version_is_null_not_undefined_text() =>
        Assert.Null(ManagedDeviceConverter.OsDetails(null, null));

    [Fact]
    public void Device_without_a_name_is_named_after_its_user_and_model()
    {
        var entity = ManagedDeviceConverter.ToEntity(Json.Object("""{"id":"d1d1d1d1-0000-0000-0000-000000000001","userDisplayName":"Ana","model":"Pixel 7","deviceType":"android"}""",
            IntuneJsonContext.Default.ManagedDevice), keepRawData: false);

        Assert.Equal("Ana's Pixel 7", entity.DisplayName);
        Assert.Equal("Ana's Pixel 7", entity.Properties["name"]);
        Assert.Null(entity.Properties["hostname"]);
        Assert.Empty(EntityValidator.Validate(entity));
    }

    [Fact]
    public void Mac_address_of_twelve_characters_gets_colons_and_lower_case()
    {
        Assert.Equal("00:11:22:aa:bb:cc", NetworkAddresses.NormalizeMac("001122AABBCC"));
        Assert.Equal("00:11:22:aa:bb:cc", NetworkAddresses.NormalizeMac("00:11:22:AA:BB:CC"));
    }

    [Fact]
    public void Host_agent_compliance_is_unknown_for_unknown_states()
    {
        var agent = HostAgentConverter.ToEntity(Json.Object("""{"id":"d1","complianceState":"unknown","lastSyncDateTime":"2021-02-18T16:26:58Z"}""",
            IntuneJsonContext.Default.ManagedDevice));

        Assert.Equal("intune-host-agent:d1", agent.Key);
        Assert.Null(agent.Properties["compliant"]);
        Assert.Empty(EntityValidator.Validate(agent));
    }

    [Theory]
    [InlineData("nonCompliant", true, 6, "high")]
    [InlineData("error", true, 6, "high")]
    [InlineData("unknown", true, 4, "medium")]
    [InlineData("compliant", false, 1, "low")]
    [InlineData("fakeStatus", null, 1, "low")]
    public void Finding_openness_and_severity_follow_the_status(string status, bool? open, int numeric, string severity)
    {
        Assert.Equal(open, DeviceStatusRules.FindingIsOpen(status));
        Assert.Equal(numeric, DeviceStatusRules.NumericSeverity(status));
        Assert.Equal(severity, DeviceStatusRules.Severity(numeric));
    }

    [Fact]
    public void Finding_from_an_error_status_is_open_and_high()
    {
        var finding = NoncomplianceFindingConverter.ToEntity(Json.Object(
            """{"id":"7b521133_6aa605f0_683dbff1","status":"error","lastReportedDateTime":"2021-03-01T12:20:19.14Z"}""", IntuneJsonContext.Default.DeviceStatus),
            "Test configuration policy");

        Assert.Equal("Latest finding from Test configuration policy", finding.DisplayName);
        Assert.Equal(1614601219140L, finding.Properties["lastTestedOn"]);
        Assert.Equal(6L, finding.Properties["numericSeverity"]);
        Assert.Empty(EntityValidator.Validate(finding));
    }

    [Fact]
    public void Device_id_is_the_last_segment_of_a_status_id() =>
        Assert.Equal("683dbff1", DeviceStatusRules.DeviceIdOf("7b521133_1aa3f0f3_683dbff1"));

    [Fact]
    public void Compliance_policy_takes_its_kind_from_the_odata_type()
    {
        var policy = PolicyConverter.ToCompliancePolicyEntity(Json.Object(
            """{"@odata.type":"#microsoft.graph.iosCompliancePolicy","id":"1aa3f0f3-d780-4349-885b-c86d273aa14e","displayName":"Test iOS policy","description":null,"createdDateTime":"2021-02-17T18:30:00.3790438Z","version":2}""",
            IntuneJsonContext.Default.DevicePolicy));

        Assert.Equal("iosCompliancePolicy", policy.Properties["policyType"]);
        Assert.Equal("Test iOS policy", policy.Properties["description"]);
        Assert.Equal(1613586600379L, policy.Properties["createdOn"]);
        Assert.Null(policy.RawData);
    }

    [Fact]
    public void Nameless_detected_app_is_keyed_by_its_detection_id()
    {
        var app = new DetectedApp("0f1e2d3c4b5a", null, null, null);

        Assert.Equal("IntuneDetected:0f1e2d3c4b5a", DetectedApplicationConverter.KeyFor(app));
        Assert.Empty(EntityValidator.Validate(DetectedApplicationConverter.ToEntity(app)));
    }

    [Fact]
    public void Detected_apps_of_the_same_name_share_one_entity_key() =>
        Assert.Equal(DetectedApplicationConverter.KeyFor(new DetectedApp("a", "Python", "3.9", 1)),
            DetectedApplicationConverter.KeyFor(new DetectedApp("b", "python", "3.11", 1)));

    [Fact]
    public void Web_app_counts_as_mobile() =>
        Assert.True(ManagedApplicationConverter.IsMobile("#microsoft.graph.webApp"));

    [Fact]
    public void Line_of_business_app_is_not_commercial_off_the_shelf()
    {
        var app = ManagedApplicationConverter.ToEntity(Json.Object(
            """{"@odata.type":"#microsoft.graph.androidLobApp","id":"cfbeb753-49e3-4ed5-9743-f857eb74df2a","displayName":"com.android.vending.apk","versionName":"0.7.5","owner":"","notes":"notes"}""",
            IntuneJsonContext.Default.MobileApp));

        Assert.Equal(false, app.Properties["COTS"]);
        Assert.Equal("0.7.5", app.Properties["version"]);
        Assert.False(app.Properties.Contains("owner"));
        Assert.Empty(EntityValidator.Validate(app));
    }
}
