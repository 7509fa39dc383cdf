// The `_sqlite3_capi` module: SQLite's C API (through SQLitePCLRaw and the e_sqlite3 native library),
// one Python function per C call, on opaque handle objects. The DB-API layer (`_sqlite3`: Connection,
// Cursor, Row, adaptation, transactions, error mapping) is Python (Lib/_sqlite3.py) over it, as
// CPython's Modules/_sqlite is a thin C layer over the same calls. Result codes come back as ints;
// the Python layer turns them into exceptions with errmsg/errcode.
//
// Threads: SQLite is built serialized (its own mutex guards each sqlite3*), so concurrent calls on one
// handle are safe at this level. step() runs detached (GIL released / critical sections suspended),
// as CPython releases the GIL around sqlite3_step; a user callback that SQLite calls during step
// re-attaches for the Python call (SqliteCallbacks.cs). The Python layer serialises a connection shared
// between threads (check_same_thread=False) with its own lock around each multi-call operation.
using SQLitePCL;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Sqlite;

/// <summary>An open database handle and the callbacks registered on it (counted references).</summary>
internal sealed class SqliteDb(sqlite3 db)
{
    public sqlite3? Db = db;
    /// <summary>Callables and state SQLite may call back into; counted, released at close.</summary>
    public readonly Dictionary<string, SqliteCallback> Callbacks = new();
}

/// <summary>A prepared statement.</summary>
internal sealed class SqliteStmt(sqlite3_stmt stmt, SqliteDb db)
{
    public sqlite3_stmt? Stmt = stmt;
    public readonly SqliteDb Db = db;
}

/// <summary>A Python object SQLite holds for a callback (counted by the holder).</summary>
internal sealed class SqliteCallback
{
    public PyObject? Fn;
    public SqliteDb? Db;
}

public static partial class SqliteCapi<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_sqlite3_capi";
    private static readonly object s_init = new();
    private static bool s_ready;

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        lock (s_init)
        {
            if (!s_ready) { Batteries_V2.Init(); s_ready = true; }
        }
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        var dbType = rt.NewBuiltinType("db", null, TypeFlags.None);
        var stmtType = rt.NewBuiltinType("stmt", null, TypeFlags.None);
        var backupType = rt.NewBuiltinType("backup", null, TypeFlags.None);
        var blobType = rt.NewBuiltinType("blob", null, TypeFlags.None);
        foreach (var t in new[] { dbType, stmtType, backupType, blobType }) ModuleSupport<TSync>.SetModule(rt, t, Mod);

        Def.Value(rt, d, "sqlite_version", rt.NewStr(raw.sqlite3_libversion().utf8_to_string()));
        Def.Value(rt, d, "sqlite_version_number", rt.NewInt(raw.sqlite3_libversion_number()));

        Fn(rt, d, "open", (t, a) =>
        {
            var name = Str(t, a[0]);
            int flags = (int)Args.ToLong(t, a[1]);
            int rc = raw.sqlite3_open_v2(name, out var db, flags, null);
            if (rc != raw.SQLITE_OK)
            {
                string msg = db != null ? raw.sqlite3_errmsg(db).utf8_to_string() : raw.sqlite3_errstr(rc).utf8_to_string();
                int code = db != null ? raw.sqlite3_extended_errcode(db) : rc;
                db?.Dispose();
                return Ops<TSync>.NewTuple(t, [t.Rt.NewInt(code), t.Rt.NewStr(msg)]);
            }
            raw.sqlite3_extended_result_codes(db, 1);
            return Ops<TSync>.NewTuple(t, [t.Rt.NewInt(0), new PyNative<SqliteDb>(dbType, new SqliteDb(db))]);
        });
        Fn(rt, d, "close", (t, a) =>
        {
            var st = DbState(t, a[0]);
            if (st.Db == null) return t.Rt.NewInt(0);
            int rc;
            using (new CallbackScope(t, detached: false)) rc = raw.sqlite3_close_v2(st.Db);
            st.Db.Dispose();
            st.Db = null;
            foreach (var cb in st.Callbacks.Values) Ops<TSync>.Store(t, ref cb.Fn, null);
            st.Callbacks.Clear();
            return t.Rt.NewInt(rc);
        });
        Fn(rt, d, "errmsg", (t, a) => t.Rt.NewStr(raw.sqlite3_errmsg(Db(t, a[0])).utf8_to_string()));
        Fn(rt, d, "errcode", (t, a) => t.Rt.NewInt(raw.sqlite3_extended_errcode(Db(t, a[0]))));
        Fn(rt, d, "errstr", (t, a) => t.Rt.NewStr(raw.sqlite3_errstr((int)Args.ToLong(t, a[0])).utf8_to_string()));
        Fn(rt, d, "busy_timeout", (t, a) => t.Rt.NewInt(raw.sqlite3_busy_timeout(Db(t, a[0]), (int)Args.ToLong(t, a[1]))));
        Fn(rt, d, "changes", (t, a) => t.Rt.NewInt(raw.sqlite3_changes(Db(t, a[0]))));
        Fn(rt, d, "total_changes", (t, a) => t.Rt.NewInt(raw.sqlite3_total_changes(Db(t, a[0]))));
        Fn(rt, d, "last_insert_rowid", (t, a) => t.Rt.NewInt(raw.sqlite3_last_insert_rowid(Db(t, a[0]))));
        Fn(rt, d, "get_autocommit", (t, a) => t.Rt.NewBool(raw.sqlite3_get_autocommit(Db(t, a[0])) != 0));
        Fn(rt, d, "interrupt", (t, a) => { raw.sqlite3_interrupt(Db(t, a[0])); return t.Rt.None; });
        Fn(rt, d, "complete", (t, a) => t.Rt.NewBool(raw.sqlite3_complete(Str(t, a[0])) != 0));
        Fn(rt, d, "limit", (t, a) => t.Rt.NewInt(raw.sqlite3_limit(Db(t, a[0]), (int)Args.ToLong(t, a[1]), (int)Args.ToLong(t, a[2]))));

        Fn(rt, d, "prepare", (t, a) =>
        {
            var st = DbState(t, a[0]);
            var db = st.Db ?? throw t.Rt.ValueError("closed database");
            var sql = Str(t, a[1]);
            int rc;
            sqlite3_stmt? stmt;
            string? tail;
            using (new CallbackScope(t, detached: false)) rc = raw.sqlite3_prepare_v2(db, sql, out stmt, out tail);
            PyObject h = t.Rt.None;
            if (rc == raw.SQLITE_OK && stmt != null && !stmt.IsInvalid) h = new PyNative<SqliteStmt>(stmtType, new SqliteStmt(stmt, st));
            else stmt?.Dispose();
            return Ops<TSync>.NewTuple(t, [t.Rt.NewInt(rc), h, t.Rt.NewStr(tail ?? "")]);
        });
        Fn(rt, d, "finalize", (t, a) =>
        {
            var s = StmtState(t, a[0]);
            if (s.Stmt == null) return t.Rt.NewInt(0);
            int rc;
            using (new CallbackScope(t, detached: false)) rc = raw.sqlite3_finalize(s.Stmt);
            s.Stmt = null;
            return t.Rt.NewInt(rc);
        });
        Fn(rt, d, "reset", (t, a) =>
        {
            int rc;
            using (new CallbackScope(t, detached: false)) rc = raw.sqlite3_reset(Stmt(t, a[0]));
            return t.Rt.NewInt(rc);
        });
        Fn(rt, d, "clear_bindings", (t, a) => t.Rt.NewInt(raw.sqlite3_clear_bindings(Stmt(t, a[0]))));
        Fn(rt, d, "bind_parameter_count", (t, a) => t.Rt.NewInt(raw.sqlite3_bind_parameter_count(Stmt(t, a[0]))));
        Fn(rt, d, "bind_parameter_name", (t, a) =>
        {
            var n = raw.sqlite3_bind_parameter_name(Stmt(t, a[0]), (int)Args.ToLong(t, a[1])).utf8_to_string();
            return n == null ? t.Rt.None : t.Rt.NewStr(n);
        });
        Fn(rt, d, "bind", (t, a) => t.Rt.NewInt(Bind(t, Stmt(t, a[0]), (int)Args.ToLong(t, a[1]), a[2])));
        Fn(rt, d, "step", (t, a) =>
        {
            var s = Stmt(t, a[0]);
            int rc;
            using (new CallbackScope(t, detached: true))
            {
                TSync.Detach(t);
                try { rc = raw.sqlite3_step(s); }
                finally { TSync.Attach(t); }
            }
            return t.Rt.NewInt(rc);
        });
        Fn(rt, d, "readonly", (t, a) => t.Rt.NewBool(raw.sqlite3_stmt_readonly(Stmt(t, a[0])) != 0));
        Fn(rt, d, "column_count", (t, a) => t.Rt.NewInt(raw.sqlite3_column_count(Stmt(t, a[0]))));
        Fn(rt, d, "column_name", (t, a) =>
        {
            var n = raw.sqlite3_column_name(Stmt(t, a[0]), (int)Args.ToLong(t, a[1])).utf8_to_string();
            return n == null ? t.Rt.None : t.Rt.NewStr(n);
        });
        Fn(rt, d, "column_decltype", (t, a) =>
        {
            var n = raw.sqlite3_column_decltype(Stmt(t, a[0]), (int)Args.ToLong(t, a[1])).utf8_to_string();
            return n == null ? t.Rt.None : t.Rt.NewStr(n);
        });
        Fn(rt, d, "column_type", (t, a) => t.Rt.NewInt(raw.sqlite3_column_type(Stmt(t, a[0]), (int)Args.ToLong(t, a[1]))));
        Fn(rt, d, "column_blob", (t, a) =>
        {
            var s = Stmt(t, a[0]);
            int i = (int)Args.ToLong(t, a[1]);
            if (raw.sqlite3_column_type(s, i) == raw.SQLITE_NULL) return t.Rt.None;
            return t.Rt.NewBytes(raw.sqlite3_column_blob(s, i).ToArray());
        });
        Fn(rt, d, "row", (t, a) =>
        {
            var s = Stmt(t, a[0]);
            bool textAsBytes = Ops<TSync>.IsTrue(t, a[1]);
            int n = raw.sqlite3_data_count(s);
            var items = new PyObject[n];
            for (int i = 0; i < n; i++) items[i] = Column(t, s, i, textAsBytes);
            return Ops<TSync>.NewTuple(t, items);
        });
        InstallCallbacks(rt, d);
        InstallBackup(rt, d, backupType);
        InstallBlob(rt, d, blobType);
        return m;
    }

    /// <summary>Binds one Python value (None, int, float, str, bytes; the Python layer adapted it). -1: unsupported type.</summary>
    private static int Bind(PyThreadState ts, sqlite3_stmt s, int i, PyObject v)
    {
        switch (v)
        {
            case var _ when ReferenceEquals(v, ts.Rt.None): return raw.sqlite3_bind_null(s, i);
            case PyInt n:
                if (n.IsBig) throw ts.Rt.OverflowError("Python int too large to convert to SQLite INTEGER");
                return raw.sqlite3_bind_int64(s, i, n.Small);
            case PyFloat f: return raw.sqlite3_bind_double(s, i, f.Value);
            case PyStr str:
                var utf8 = StrictUtf8(str);
                return utf8 == null ? -3 : raw.sqlite3_bind_text(s, i, utf8);
            case PyBytes b: return raw.sqlite3_bind_blob(s, i, b.Value);
            default: return -1;
        }
    }

    /// <summary>Column i of the current row as a Python value (TEXT as bytes when the caller applies a text_factory).</summary>
    private static PyObject Column(PyThreadState ts, sqlite3_stmt s, int i, bool textAsBytes)
    {
        var rt = ts.Rt;
        switch (raw.sqlite3_column_type(s, i))
        {
            case raw.SQLITE_INTEGER: return rt.NewInt(raw.sqlite3_column_int64(s, i));
            case raw.SQLITE_FLOAT: return rt.NewFloat(raw.sqlite3_column_double(s, i));
            case raw.SQLITE_TEXT:
                var span = raw.sqlite3_column_blob(s, i);
                if (textAsBytes) return rt.NewBytes(span.ToArray());
                return rt.NewStr(DecodeText(ts, span));
            case raw.SQLITE_BLOB: return rt.NewBytes(raw.sqlite3_column_blob(s, i).ToArray());
            default: return rt.None;
        }
    }

    private static readonly System.Text.UTF8Encoding s_strictUtf8 = new(false, true);

    /// <summary>A str's UTF-8 bytes; null if it holds a lone surrogate (the caller raises UnicodeEncodeError).</summary>
    private static byte[]? StrictUtf8(PyStr s)
    {
        try { return s_strictUtf8.GetBytes(LoneSurrogates.Natural(s.Value)); }
        catch (System.Text.EncoderFallbackException) { return null; }
    }

    /// <summary>Strict UTF-8 decoding of TEXT; CPython raises OperationalError for invalid data (the Python layer maps this).</summary>
    private static string DecodeText(PyThreadState ts, ReadOnlySpan<byte> span)
    {
        try { return LoneSurrogates.Canonical(s_strictUtf8.GetString(span)); }
        catch (System.Text.DecoderFallbackException)
        {
            throw ts.Rt.ValueError("Could not decode to UTF-8");
        }
    }

    private static void Fn(PyRuntime rt, PyDict d, string name, Func<PyThreadState, ReadOnlySpan<PyObject>, PyObject> body) =>
        Def.Function(rt, d, name, (ts, a, kw) => { Args.NoKwargs(ts, name, kw); return body(ts, a); }, Mod);

    private static string Str(PyThreadState ts, PyObject o) =>
        o is PyStr s ? LoneSurrogates.Natural(s.Value) : throw ts.Rt.TypeError($"expected str, not {o.Type.Name}");

    internal static SqliteDb DbState(PyThreadState ts, PyObject o) =>
        o is PyNative<SqliteDb> n ? n.State : throw ts.Rt.TypeError("expected a database handle");

    private static sqlite3 Db(PyThreadState ts, PyObject o) => DbState(ts, o).Db ?? throw ts.Rt.ValueError("closed database");

    private static SqliteStmt StmtState(PyThreadState ts, PyObject o) =>
        o is PyNative<SqliteStmt> n ? n.State : throw ts.Rt.TypeError("expected a statement handle");

    private static sqlite3_stmt Stmt(PyThreadState ts, PyObject o) => StmtState(ts, o).Stmt ?? throw ts.Rt.ValueError("finalized statement");
}
