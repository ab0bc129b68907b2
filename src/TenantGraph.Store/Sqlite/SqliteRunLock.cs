using System.Security.Cryptography;
using System.Text;

namespace TenantGraph.Store.Sqlite;

/// <summary>
/// Ownership of an instance's run in a SQLite store: an exclusive lock on a small file beside the database
/// (<c>&lt;db&gt;-run-&lt;hash of instance&gt;.lock</c>). The operating system drops the lock when its process dies,
/// however it dies, so a running run whose lock can be taken has lost its writer. The files are never deleted:
/// removing a lock file another process is about to lock would let two writers in.
/// </summary>
internal sealed class SqliteRunLock : IDisposable
{
    private readonly FileStream _file;

    private SqliteRunLock(FileStream file)
    {
        _file = file;
    }

    public static SqliteRunLock? TryAcquire(string databasePath, string instance)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(instance)).AsSpan(0, 8));
        var path = $"{databasePath}-run-{hash}.lock";
        try
        {
            // FileShare.None takes an exclusive flock on Unix and a sharing lock on Windows.
            return new SqliteRunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
