using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TenantGraph.Emulator.Data;

/// <summary>
/// Changes a share of the tenant between collection runs: each live object is picked with probability
/// <c>percent</c>/100 and then changed, deleted or cloned under a new id; group memberships are removed
/// or added. Per-device statuses of policies and apps are changed or deleted, never cloned: a clone would name a
/// device that does not exist, or a device twice. A deleted user leaves its groups and a deleted device its
/// statuses. Every touched object takes a new version, so delta reports exactly these changes.
/// </summary>
internal static partial class TenantMutator
{
    public static MutationSummary Mutate(TenantData data, double percent, int seed, DateTimeOffset now)
    {
        var random = new Random(seed);
        int added = 0, changed = 0, deleted = 0;
        var deletedIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        lock (data.Gate)
        {
            var users = data.FindCollection("graph/v1.0/users");
            foreach (var collection in data.Collections.OrderBy(c => c.Path, StringComparer.OrdinalIgnoreCase).ToList())
            {
                var isMembership = MembershipPath().IsMatch(collection.Path);
                var isDeviceStatus = DeviceStatusPath().IsMatch(collection.Path);
                foreach (var item in collection.Items.Where(i => !i.IsDeleted).ToList())
                {
                    if (random.NextDouble() * 100 >= percent)
                    {
                        continue;
                    }

                    var roll = random.NextDouble();
                    if (isMembership)
                    {
                        if (roll < 0.5)
                        {
                            deleted += collection.Delete(item.Id, data.NextVersion()) ? 1 : 0;
                        }
                        else if (users is not null && RandomLive(users, random) is { } user && collection.Find(user.Id) is null)
                        {
                            collection.Upsert(user.Id, MemberOf(user.Utf8!), data.NextVersion()); // live users have a body
                            added++;
                        }

                        continue;
                    }

                    var node = JsonNode.Parse(item.Utf8)!.AsObject(); // live items have a body
                    if (roll < 0.5)
                    {
                        var version = data.NextVersion();
                        Change(node, version, now);
                        collection.Upsert(item.Id, JsonSerializer.SerializeToUtf8Bytes(node), version);
                        changed++;
                    }
                    else if (roll < 0.75 || isDeviceStatus)
                    {
                        if (collection.Delete(item.Id, data.NextVersion()))
                        {
                            deleted++;
                            deletedIds.Add(item.Id);
                        }
                    }
                    else
                    {
                        var id = NewId(item.Id, random);
                        node["id"] = id;
                        Rename(node, random);
                        collection.Upsert(id, JsonSerializer.SerializeToUtf8Bytes(node), data.NextVersion());
                        added++;
                    }
                }
            }

            deleted += RemoveDeletedMembers(data, deletedIds);
            deleted += RemoveStatusesOfDeletedDevices(data, deletedIds);
        }

        return new MutationSummary(added, changed, deleted);
    }

    /// <summary>Directory deletions leave no membership behind, as in Entra ID, where a deleted user leaves its groups.</summary>
    private static int RemoveDeletedMembers(TenantData data, HashSet<string> deletedIds)
    {
        var removed = 0;
        foreach (var collection in data.Collections.Where(c => MembershipPath().IsMatch(c.Path)))
        {
            foreach (var item in collection.Items.Where(i => !i.IsDeleted && deletedIds.Contains(i.Id)).ToList())
            {
                removed += collection.Delete(item.Id, data.NextVersion()) ? 1 : 0;
            }
        }

        return removed;
    }

    /// <summary>
    /// A deleted managed device takes its statuses along. An app's status names its device in <c>deviceId</c>; a
    /// policy's status id ends with <c>_</c> and the device id.
    /// </summary>
    private static int RemoveStatusesOfDeletedDevices(TenantData data, HashSet<string> deletedIds)
    {
        var removed = 0;
        foreach (var collection in data.Collections.Where(c => DeviceStatusPath().IsMatch(c.Path)))
        {
            foreach (var item in collection.Items.Where(i => !i.IsDeleted && deletedIds.Contains(DeviceOf(i))).ToList())
            {
                removed += collection.Delete(item.Id, data.NextVersion()) ? 1 : 0;
            }
        }

        return removed;
    }

    private static string DeviceOf(StoredObject status) =>
        JsonNode.Parse(status.Utf8!)?["deviceId"]?.GetValue<string>() ?? status.Id[(status.Id.LastIndexOf('_') + 1)..];

    private static StoredObject? RandomLive(TenantCollection users, Random random)
    {
        for (var attempt = 0; attempt < 8 && users.Items.Count > 0; attempt++)
        {
            var candidate = users.Items[random.Next(users.Items.Count)];
            if (!candidate.IsDeleted)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A user as the members endpoint lists it.</summary>
    internal static byte[] MemberOf(byte[] user)
    {
        var source = JsonNode.Parse(user)!.AsObject(); // stored users are objects
        var member = new JsonObject { ["@odata.type"] = "#microsoft.graph.user" };
        foreach (var name in new[] { "id", "displayName", "userPrincipalName", "mail", "jobTitle" })
        {
            member[name] = source[name]?.DeepClone();
        }

        return JsonSerializer.SerializeToUtf8Bytes(member);
    }

    private static void Change(JsonObject node, long version, DateTimeOffset now)
    {
        var revision = version.ToString(CultureInfo.InvariantCulture);
        if (node["id"]?.GetValue<string>() is { } id && id.StartsWith("/subscriptions/", StringComparison.OrdinalIgnoreCase))
        {
            var tags = node["tags"] as JsonObject ?? [];
            tags["revision"] = revision;
            node["tags"] = tags;
        }
        else if (node["displayName"] is JsonValue displayName && displayName.TryGetValue<string>(out var name))
        {
            node["displayName"] = RevisionSuffix().Replace(name, string.Empty) + $" (rev {revision})";
        }
        else if (node.ContainsKey("lastSeen"))
        {
            node["lastSeen"] = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
        }
        else if (node.ContainsKey("lastSyncDateTime"))
        {
            node["lastSyncDateTime"] = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        }
        else
        {
            node["revision"] = revision;
        }
    }

    private static void Rename(JsonObject node, Random random)
    {
        var suffix = random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        foreach (var name in new[] { "displayName", "name", "computerDnsName", "deviceName", "userPrincipalName" })
        {
            if (node[name] is JsonValue value && value.TryGetValue<string>(out var text))
            {
                var at = text.IndexOf('@', StringComparison.Ordinal);
                node[name] = at > 0 ? $"{text[..at]}{suffix}{text[at..]}" : $"{text}-{suffix}";
            }
        }
    }

    private static string NewId(string id, Random random)
    {
        if (Guid.TryParse(id, out _))
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes).ToString();
        }

        if (id.StartsWith('/'))
        {
            return $"{id}-{random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture)}";
        }

        if (id.Length == 40 && id.All(char.IsAsciiHexDigit))
        {
            var bytes = new byte[20];
            random.NextBytes(bytes);
            return Convert.ToHexStringLower(bytes);
        }

        return $"{id}-{random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture)}";
    }

    [GeneratedRegex(@"^graph/[^/]+/groups/[^/]+/members$", RegexOptions.IgnoreCase)]
    private static partial Regex MembershipPath();

    [GeneratedRegex(@"/deviceStatuses$", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceStatusPath();

    [GeneratedRegex(@" \(rev \d+\)$")]
    private static partial Regex RevisionSuffix();
}
