using TenantGraph.Microsoft.Http;

namespace TenantGraph.Microsoft.Tests;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_after_in_seconds_is_read() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.Parse("7", Now));

    [Fact]
    public void Retry_after_as_an_HTTP_date_is_the_time_until_then() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.Parse("Mon, 06 Jan 2025 09:00:30 GMT", Now));

    [Fact]
    public void Retry_after_in_the_past_means_now() =>
        Assert.Equal(TimeSpan.Zero, RetryAfter.Parse("Mon, 06 Jan 2025 08:00:00 GMT", Now));

    [Fact]
    public void Unreadable_retry_after_is_ignored_rather_than_fatal() =>
        Assert.Null(RetryAfter.Parse("soon", Now));
}
