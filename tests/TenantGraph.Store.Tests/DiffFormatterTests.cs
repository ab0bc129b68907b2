using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Store.Diff;
using TenantGraph.Store.Tests.Support;

namespace TenantGraph.Store.Tests;

public sealed class DiffFormatterTests
{
    private static readonly GraphDiff Diff = new(
        Run(1), Run(2),
        [
            new EntityChange(ChangeKind.Updated, Samples.User("1", "Ada", 3), Samples.User("1", "Ada, Countess", 4),
                [new PropertyChange("displayName", "Ada", "Ada, Countess"), new PropertyChange("logins", 3L, 4L)]),
            new EntityChange(ChangeKind.Created, null, Samples.User("2"), []),
        ],
        [new RelationshipChange(ChangeKind.Deleted, Samples.Has(Samples.User("1"), Samples.Device("1")), null, [])]);

    [Fact]
    public async Task Csv_has_a_row_per_changed_property_and_per_created_or_deleted_object()
    {
        var text = await FormatAsync(DiffFormat.Csv);

        Assert.Equal(
        [
            "change,object,_type,_key,property,before,after",
            "updated,entity,test_user,user-1,displayName,Ada,\"Ada, Countess\"",
            "updated,entity,test_user,user-1,logins,3,4",
            "created,entity,test_user,user-2,,,",
            "deleted,relationship,test_user_has_device,user-1|has|device-1,,,",
        ], text.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task Json_nests_property_changes_under_each_updated_object()
    {
        using var json = JsonDocument.Parse(await FormatAsync(DiffFormat.Json));

        var updated = json.RootElement.GetProperty("entities").GetProperty("updated")[0];
        Assert.Equal("user-1", updated.GetProperty("_key").GetString());
        Assert.Equal(4, updated.GetProperty("changes")[1].GetProperty("after").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("relationships").GetProperty("deleted").GetArrayLength());
    }

    [Fact]
    public async Task Table_starts_with_a_summary_line()
    {
        var lines = (await FormatAsync(DiffFormat.Table)).Split(Environment.NewLine);

        Assert.Equal("contoso: run 1 -> run 2: 1 created, 1 updated, 1 deleted", lines[0]);
        Assert.StartsWith("change", lines[1]);
        Assert.Equal(6, lines.Length - 1);
    }

    private static async Task<string> FormatAsync(DiffFormat format)
    {
        using var writer = new StringWriter();
        await DiffFormatter.WriteAsync(Diff, format, writer, Timeouts.Token());
        return writer.ToString();
    }

    private static RunInfo Run(long id) => new(id, "contoso", "test", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
        RunStatus.Succeeded, [], 0, 0, [], null);
}
