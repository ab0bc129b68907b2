namespace TenantGraph.Core.JobStates;

/// <summary>
/// An append-only list stored in fixed-size chunks, so growing to tens of millions of items never copies
/// the whole list (as <see cref="List{T}"/> does on resize) and never needs one huge array.
/// </summary>
internal sealed class ChunkedList<T>
    where T : struct
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index] => _chunks[index >> ChunkBits][index & (ChunkSize - 1)];

    public int Add(T item)
    {
        if ((Count & (ChunkSize - 1)) == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        _chunks[^1][Count & (ChunkSize - 1)] = item;
        return Count++;
    }
}
