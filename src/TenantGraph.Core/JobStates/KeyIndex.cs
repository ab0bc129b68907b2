namespace TenantGraph.Core.JobStates;

/// <summary>
/// Every <c>_key</c> of a run, with where its object lies, in about 20 bytes per object: an open-addressing
/// table of 64-bit slots (a 32-bit fingerprint of the key beside the object's ordinal) and a chunked list of
/// locations. Keys themselves stay on disk; a slot whose fingerprint matches is confirmed by reading the
/// stored key back, so the index is exact without holding millions of strings.
/// </summary>
internal sealed class KeyIndex
{
    private const double MaxLoad = 0.7;
    private readonly ChunkedList<ObjectLocation> _locations = new();
    private ulong[] _slots = new ulong[1 << 16];

    public int Count => _locations.Count;

    public ObjectLocation LocationOf(int ordinal) => _locations[ordinal];

    /// <summary>The ordinal of the object stored under <paramref name="key"/>, or -1.</summary>
    public int Find(string key, Func<int, string> storedKeyOf)
    {
        var fingerprint = Fingerprint(key);
        var mask = _slots.Length - 1;
        for (var i = Home(fingerprint) & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                return -1;
            }

            var ordinal = (int)(uint)slot - 1;
            if ((uint)(slot >> 32) == fingerprint && storedKeyOf(ordinal) == key)
            {
                return ordinal;
            }
        }
    }

    /// <summary>Adds a key known to be absent (the caller checked with <see cref="Find"/> under the same lock).</summary>
    public int Add(string key, ObjectLocation location)
    {
        if (Count + 1 > _slots.Length * MaxLoad)
        {
            Grow();
        }

        var ordinal = _locations.Add(location);
        Insert(_slots, ((ulong)Fingerprint(key) << 32) | (uint)(ordinal + 1));
        return ordinal;
    }

    private void Grow()
    {
        var bigger = new ulong[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot != 0)
            {
                Insert(bigger, slot);
            }
        }

        _slots = bigger;
    }

    // The position derives from the fingerprint alone, so growing re-places slots without the keys.
    private static void Insert(ulong[] slots, ulong slot)
    {
        var mask = slots.Length - 1;
        var i = Home((uint)(slot >> 32)) & mask;
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = slot;
    }

    private static int Home(uint fingerprint) => (int)(Mix(fingerprint) & int.MaxValue);

    private static uint Fingerprint(string key)
    {
        // FNV-1a over UTF-16 code units, finalised; zero is reserved for empty slots.
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var fingerprint = (uint)(Mix(hash) >> 32);
        return fingerprint == 0 ? 1 : fingerprint;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb34fe1a85ec3UL;
        x ^= x >> 33;
        return x;
    }
}
