using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TenantGraph.Store.Sqlite;

/// <summary>
/// One prepared INSERT executed through SQLite's C API on a connection's handle, inside whatever transaction the
/// connection has open. Microsoft.Data.Sqlite looks every parameter up by name and builds a data reader on each
/// execution, which over a run of millions of rows cost more CPU than SQLite's own insert. Text is bound as UTF-8
/// from one buffer that the statement reuses; SQLite copies bound values, so the buffer is free again at once.
/// </summary>
internal sealed class SqliteRowInserter : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[4096];

    public SqliteRowInserter(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_database, sql, out _statement), _database);
    }

    /// <summary>The 1-based index of a named parameter such as <c>@key</c>.</summary>
    public int Parameter(string name)
    {
        var index = raw.sqlite3_bind_parameter_index(_statement, name);
        return index > 0 ? index : throw new ArgumentException($"the statement has no parameter {name}", nameof(name));
    }

    public void Text(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (needed > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length)));
    }

    public void Blob(int index, byte[] value) => Check(raw.sqlite3_bind_blob(_statement, index, value));

    public void Integer(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    /// <summary>Inserts the bound row; false when a constraint (a unique index) refused it.</summary>
    public bool TryInsert()
    {
        var result = raw.sqlite3_step(_statement);
        try
        {
            if (result == raw.SQLITE_DONE)
            {
                return true;
            }

            if ((result & 0xff) == raw.SQLITE_CONSTRAINT)
            {
                return false;
            }

            SqliteException.ThrowExceptionForRC(result, _database);
            throw new InvalidOperationException($"an INSERT stepped with SQLite result {result}");
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _database);
}
