using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace TenantGraph.Store;

/// <summary>
/// Reads and encodes a run's objects on one thread while the writer inserts the previous batch on another. Encoding
/// (sorted JSON and SHA-256) costs about as much CPU as inserting, so on two cores this nearly halves the load
/// time. The channel is bounded: a slow database holds back the producer instead of buffering the whole run.
/// </summary>
internal static class EncodingPipeline
{
    private const int BatchSize = 1024;
    private const int BatchesInFlight = 16;

    public static async IAsyncEnumerable<IReadOnlyList<TOut>> EncodeAsync<TIn, TOut>(IAsyncEnumerable<TIn> source,
        Func<TIn, TOut> encode, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<List<TOut>>(new BoundedChannelOptions(BatchesInFlight)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(source, encode, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return batch;
            }
        }
        finally
        {
            // The consumer stopped early (an insert failed, or the caller cancelled): stop reading the source too.
            await stop.CancelAsync();
            // The producer never throws: it hands its failure to the channel, where the loop above rethrew it.
            await producer;
        }
    }

    private static async Task ProduceAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, TOut> encode,
        ChannelWriter<List<TOut>> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<TOut>(BatchSize);
            await foreach (var item in source.WithCancellation(cancellationToken))
            {
                batch.Add(encode(item));
                if (batch.Count == BatchSize)
                {
                    await writer.WriteAsync(batch, cancellationToken);
                    batch = new List<TOut>(BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                await writer.WriteAsync(batch, cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception exception)
        {
            // Hand the source's or the encoder's failure (or our cancellation) to the reader, which rethrows it in the
            // writer's call; a reader that already stopped does not look.
            writer.TryComplete(exception);
        }
    }
}
