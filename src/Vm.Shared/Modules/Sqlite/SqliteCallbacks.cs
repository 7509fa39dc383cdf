// SQLite calling back into Python: user functions, aggregates, collations, the authorizer, the
// progress handler and the trace callback, plus online backup.
//
// A callback runs on the thread that made the SQLite call (prepare/step/reset/finalize/close), which
// records itself in a thread-static scope first. During step that thread is detached, so the callback
// attaches for the Python call and detaches again before returning to SQLite. A Python exception in a
// callback becomes an SQLite error with CPython's message (the exception is discarded, as CPython does
// without enable_callback_tracebacks). The callables are counted by SqliteDb.Callbacks; an aggregate's
// instance is counted by its SqliteCallback held in the SQLite context until finalize.
using SQLitePCL;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Sqlite;

public static partial class SqliteCapi<TSync> where TSync : struct, ISyncPolicy
{
    [ThreadStatic] private static PyThreadState? t_ts;
    [ThreadStatic] private static bool t_detached;

    /// <summary>Records the calling thread (and whether it is detached) for callbacks SQLite makes during a call.</summary>
    private readonly ref struct CallbackScope
    {
        private readonly PyThreadState? _prevTs;
        private readonly bool _prevDetached;

        public CallbackScope(PyThreadState ts, bool detached)
        {
            _prevTs = t_ts; _prevDetached = t_detached;
            t_ts = ts; t_detached = detached;
        }

        public void Dispose() { t_ts = _prevTs; t_detached = _prevDetached; }
    }

    /// <summary>Runs a Python call from inside SQLite: attached, with the scope marked attached for nested SQLite calls.</summary>
    private static T Enter<T>(Func<PyThreadState, T> body, T failed)
    {
        var ts = t_ts;
        if (ts == null) return failed;
        bool detached = t_detached;
        if (detached) TSync.Attach(ts);
        try
        {
            using (new CallbackScope(ts, detached: false)) return body(ts);
        }
        catch (PyException e)
        {
            Ops<TSync>.DiscardException(ts, e);
            return failed;
        }
        catch (Exception)
        {
            // A host exception must not unwind through SQLite's native frames (the process would abort).
            return failed;
        }
        finally
        {
            if (detached) TSync.Detach(ts);
        }
    }

    private static void InstallCallbacks(PyRuntime rt, PyDict d)
    {
        // create_function(db, name, narg, flags, fn or None)
        Fn(rt, d, "create_function", (t, a) =>
        {
            var st = DbState(t, a[0]);
            var name = Str(t, a[1]);
            int narg = (int)Args.ToLong(t, a[2]), flags = (int)Args.ToLong(t, a[3]);
            int rc;
            if (ReferenceEquals(a[4], t.Rt.None))
            {
                rc = raw.sqlite3_create_function(DbOpen(t, st), name, narg, flags | raw.SQLITE_UTF8, null, (delegate_function_scalar?)null);
                Forget(t, st, Key("f", name, narg));
                return t.Rt.NewInt(rc);
            }
            var cb = Keep(t, st, Key("f", name, narg), a[4]);
            rc = raw.sqlite3_create_function(DbOpen(t, st), name, narg, flags | raw.SQLITE_UTF8, cb, Scalar);
            return t.Rt.NewInt(rc);
        });
        // create_aggregate(db, name, narg, flags, cls or None)
        Fn(rt, d, "create_aggregate", (t, a) =>
        {
            var st = DbState(t, a[0]);
            var name = Str(t, a[1]);
            int narg = (int)Args.ToLong(t, a[2]), flags = (int)Args.ToLong(t, a[3]);
            if (ReferenceEquals(a[4], t.Rt.None))
            {
                int r0 = raw.sqlite3_create_function(DbOpen(t, st), name, narg, flags | raw.SQLITE_UTF8, null, (delegate_function_aggregate_step?)null, null);
                Forget(t, st, Key("f", name, narg));
                return t.Rt.NewInt(r0);
            }
            var cb = Keep(t, st, Key("f", name, narg), a[4]);
            return t.Rt.NewInt(raw.sqlite3_create_function(DbOpen(t, st), name, narg, flags | raw.SQLITE_UTF8, cb, AggStep, AggFinal));
        });
        // create_collation(db, name, fn or None)
        Fn(rt, d, "create_collation", (t, a) =>
        {
            var st = DbState(t, a[0]);
            var name = Str(t, a[1]);
            if (ReferenceEquals(a[2], t.Rt.None))
            {
                int r0 = raw.sqlite3_create_collation(DbOpen(t, st), name, null, (strdelegate_collation?)null);
                Forget(t, st, "c:" + name.ToUpperInvariant());
                return t.Rt.NewInt(r0);
            }
            var cb = Keep(t, st, "c:" + name.ToUpperInvariant(), a[2]);
            return t.Rt.NewInt(raw.sqlite3_create_collation(DbOpen(t, st), name, cb, Collate));
        });
        // set_authorizer(db, fn or None)
        Fn(rt, d, "set_authorizer", (t, a) =>
        {
            var st = DbState(t, a[0]);
            if (ReferenceEquals(a[1], t.Rt.None))
            {
                Forget(t, st, "authorizer");
                return t.Rt.NewInt(raw.sqlite3_set_authorizer(DbOpen(t, st), (strdelegate_authorizer?)null, null));
            }
            var cb = Keep(t, st, "authorizer", a[1]);
            return t.Rt.NewInt(raw.sqlite3_set_authorizer(DbOpen(t, st), Authorize, cb));
        });
        // set_progress_handler(db, fn or None, n)
        Fn(rt, d, "set_progress_handler", (t, a) =>
        {
            var st = DbState(t, a[0]);
            if (ReferenceEquals(a[1], t.Rt.None))
            {
                raw.sqlite3_progress_handler(DbOpen(t, st), 0, null, null);
                Forget(t, st, "progress");
                return t.Rt.None;
            }
            var cb = Keep(t, st, "progress", a[1]);
            raw.sqlite3_progress_handler(DbOpen(t, st), (int)Args.ToLong(t, a[2]), Progress, cb);
            return t.Rt.None;
        });
        // set_trace_callback(db, fn or None)
        Fn(rt, d, "set_trace_callback", (t, a) =>
        {
            var st = DbState(t, a[0]);
            if (ReferenceEquals(a[1], t.Rt.None))
            {
                raw.sqlite3_trace(DbOpen(t, st), (strdelegate_trace?)null, null);
                Forget(t, st, "trace");
                return t.Rt.None;
            }
            var cb = Keep(t, st, "trace", a[1]);
            raw.sqlite3_trace(DbOpen(t, st), Trace, cb);
            return t.Rt.None;
        });
    }

    private static string Key(string kind, string name, int narg) => $"{kind}:{name.ToUpperInvariant()}/{narg}";

    private static sqlite3 DbOpen(PyThreadState ts, SqliteDb st) => st.Db ?? throw ts.Rt.ValueError("closed database");

    private static SqliteCallback Keep(PyThreadState ts, SqliteDb st, string key, PyObject fn)
    {
        // A new holder each time: SQLite may still run the old one's destructor-free callbacks until replaced.
        Forget(ts, st, key);
        var cb = new SqliteCallback { Db = st };
        Ops<TSync>.Store(ts, ref cb.Fn, fn);
        st.Callbacks[key] = cb;
        return cb;
    }

    private static void Forget(PyThreadState ts, SqliteDb st, string key)
    {
        if (st.Callbacks.Remove(key, out var old)) Ops<TSync>.Store(ts, ref old.Fn, null);
    }

    /// <summary>An SQLite argument value as a Python object.</summary>
    private static PyObject Value(PyThreadState ts, sqlite3_value v)
    {
        var rt = ts.Rt;
        switch (raw.sqlite3_value_type(v))
        {
            case raw.SQLITE_INTEGER: return rt.NewInt(raw.sqlite3_value_int64(v));
            case raw.SQLITE_FLOAT: return rt.NewFloat(raw.sqlite3_value_double(v));
            case raw.SQLITE_TEXT: return rt.NewStr(LoneSurrogates.Canonical(System.Text.Encoding.UTF8.GetString(raw.sqlite3_value_blob(v))));
            case raw.SQLITE_BLOB: return rt.NewBytes(raw.sqlite3_value_blob(v).ToArray());
            default: return rt.None;
        }
    }

    private static PyObject[] Values(PyThreadState ts, sqlite3_value[] args)
    {
        var r = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++) r[i] = Value(ts, args[i]);
        return r;
    }

    /// <summary>Sets a user function's result; false if the value has no SQLite type.</summary>
    private static bool SetResult(PyThreadState ts, sqlite3_context ctx, PyObject v)
    {
        switch (v)
        {
            case var _ when ReferenceEquals(v, ts.Rt.None): raw.sqlite3_result_null(ctx); return true;
            case PyInt n:
                if (n.IsBig) raw.sqlite3_result_error_toobig(ctx);
                else raw.sqlite3_result_int64(ctx, n.Small);
                return true;
            case PyFloat f: raw.sqlite3_result_double(ctx, f.Value); return true;
            case PyStr s:
                var utf8 = StrictUtf8(s);
                if (utf8 == null) return false;
                raw.sqlite3_result_text(ctx, utf8); return true;
            case PyBytes b: raw.sqlite3_result_blob(ctx, b.Value); return true;
            default:
                var data = IoModule<TSync>.BytesLike(ts, v);
                if (data == null) return false;
                raw.sqlite3_result_blob(ctx, data); return true;
        }
    }

    private static void Scalar(sqlite3_context ctx, object userData, sqlite3_value[] args)
    {
        var cb = (SqliteCallback)userData;
        bool ok = Enter(ts =>
        {
            try
            {
                var r = Ops<TSync>.Call(ts, cb.Fn!, Values(ts, args));
                if (!SetResult(ts, ctx, r)) raw.sqlite3_result_error(ctx, "user-defined function raised exception");
                ObjectLifecycle<TSync>.DropBorrowed(ts, r);
                return true;
            }
            catch (PyException e) { Ops<TSync>.DiscardException(ts, e); return false; }
        }, false);
        if (!ok) raw.sqlite3_result_error(ctx, "user-defined function raised exception");
    }

    /// <summary>The aggregate instance of one SQLite context (created at the first step).</summary>
    private sealed class AggState
    {
        public PyObject? Instance;
        public bool Failed;
    }

    private static void AggStep(sqlite3_context ctx, object userData, sqlite3_value[] args)
    {
        var cb = (SqliteCallback)userData;
        var state = ctx.state as AggState;
        string? error = Enter<string?>(ts =>
        {
            if (state == null)
            {
                state = new AggState();
                ctx.state = state;
                try { Ops<TSync>.Store(ts, ref state.Instance, Ops<TSync>.Call(ts, cb.Fn!, ReadOnlySpan<PyObject>.Empty, null)); }
                catch (PyException e)
                {
                    Ops<TSync>.DiscardException(ts, e);
                    state.Failed = true;
                    return "user-defined aggregate's '__init__' method raised error";
                }
            }
            if (state.Failed) return null;
            if (!Ops<TSync>.HasAttr(ts, state.Instance!, ts.Rt.Intern("step"))) return "user-defined aggregate's 'step' method not defined";
            try
            {
                var r = Ops<TSync>.CallMethod(ts, state.Instance!, "step", Values(ts, args));
                ObjectLifecycle<TSync>.DropBorrowed(ts, r);
                return null;
            }
            catch (PyException e)
            {
                Ops<TSync>.DiscardException(ts, e);
                return "user-defined aggregate's 'step' method raised error";
            }
        }, "user-defined aggregate's 'step' method raised error");
        if (error != null) raw.sqlite3_result_error(ctx, error);
    }

    private static void AggFinal(sqlite3_context ctx, object userData)
    {
        var cb = (SqliteCallback)userData;
        var state = ctx.state as AggState;
        string? error = Enter<string?>(ts =>
        {
            try
            {
                // No row was stepped: no instance, the result is NULL (as CPython's aggregate context).
                if (state == null) { raw.sqlite3_result_null(ctx); return null; }
                if (state.Failed) return null;
                if (!Ops<TSync>.HasAttr(ts, state.Instance!, ts.Rt.Intern("finalize"))) return "user-defined aggregate's 'finalize' method not defined";
                try
                {
                    var r = Ops<TSync>.CallMethod(ts, state.Instance!, "finalize", ReadOnlySpan<PyObject>.Empty);
                    bool set = SetResult(ts, ctx, r);
                    ObjectLifecycle<TSync>.DropBorrowed(ts, r);
                    return set ? null : "user-defined aggregate's 'finalize' method raised error";
                }
                catch (PyException e)
                {
                    Ops<TSync>.DiscardException(ts, e);
                    return "user-defined aggregate's 'finalize' method raised error";
                }
            }
            finally
            {
                if (state != null) Ops<TSync>.Store(ts, ref state.Instance, null);
                ctx.state = null;
            }
        }, "user-defined aggregate's 'finalize' method raised error");
        if (error != null) raw.sqlite3_result_error(ctx, error);
    }

    private static int Collate(object userData, string a, string b)
    {
        var cb = (SqliteCallback)userData;
        return Enter(ts =>
        {
            try
            {
                var r = Ops<TSync>.Call(ts, cb.Fn!, ts.Rt.NewStr(LoneSurrogates.Canonical(a)), ts.Rt.NewStr(LoneSurrogates.Canonical(b)));
                int sign = r is PyInt n ? n.Big.Sign : 0;
                ObjectLifecycle<TSync>.DropBorrowed(ts, r);
                return sign;
            }
            catch (PyException e) { Ops<TSync>.DiscardException(ts, e); return 0; }
        }, 0);
    }

    private const int SqliteDeny = 1;

    private static int Authorize(object userData, int action, string? p0, string? p1, string? dbName, string? trigger)
    {
        var cb = (SqliteCallback)userData;
        return Enter(ts =>
        {
            PyObject S(string? s) => s == null ? ts.Rt.None : ts.Rt.NewStr(s);
            try
            {
                var r = Ops<TSync>.Call(ts, cb.Fn!, ts.Rt.NewInt(action), S(p0), S(p1), S(dbName), S(trigger));
                return r is PyInt n && !n.IsBig ? (int)n.Small : SqliteDeny;
            }
            catch (PyException e) { Ops<TSync>.DiscardException(ts, e); return SqliteDeny; }
        }, SqliteDeny);
    }

    private static int Progress(object userData)
    {
        var cb = (SqliteCallback)userData;
        return Enter(ts =>
        {
            try
            {
                var r = Ops<TSync>.Call(ts, cb.Fn!);
                int abort = Ops<TSync>.IsTrue(ts, r) ? 1 : 0;
                ObjectLifecycle<TSync>.DropBorrowed(ts, r);
                return abort;
            }
            catch (PyException e) { Ops<TSync>.DiscardException(ts, e); return 1; }
        }, 1);
    }

    private static void Trace(object userData, string statement)
    {
        var cb = (SqliteCallback)userData;
        Enter(ts =>
        {
            try { ObjectLifecycle<TSync>.DropBorrowed(ts, Ops<TSync>.Call(ts, cb.Fn!, ts.Rt.NewStr(LoneSurrogates.Canonical(statement)))); }
            catch (PyException e) { Ops<TSync>.DiscardException(ts, e); }
            return 0;
        }, 0);
    }

    private static void InstallBackup(PyRuntime rt, PyDict d, PyType backupType)
    {
        // backup_init(dst_db, dst_name, src_db, src_name) -> handle or None
        Fn(rt, d, "backup_init", (t, a) =>
        {
            var b = raw.sqlite3_backup_init(Db(t, a[0]), Str(t, a[1]), Db(t, a[2]), Str(t, a[3]));
            return b == null || b.IsInvalid ? t.Rt.None : new PyNative<sqlite3_backup>(backupType, b);
        });
        Fn(rt, d, "backup_step", (t, a) =>
        {
            var b = Backup(t, a[0]);
            int pages = (int)Args.ToLong(t, a[1]);
            int rc;
            TSync.Detach(t);
            try { rc = raw.sqlite3_backup_step(b, pages); }
            finally { TSync.Attach(t); }
            return t.Rt.NewInt(rc);
        });
        Fn(rt, d, "backup_remaining", (t, a) => t.Rt.NewInt(raw.sqlite3_backup_remaining(Backup(t, a[0]))));
        Fn(rt, d, "backup_pagecount", (t, a) => t.Rt.NewInt(raw.sqlite3_backup_pagecount(Backup(t, a[0]))));
        Fn(rt, d, "backup_finish", (t, a) => t.Rt.NewInt(raw.sqlite3_backup_finish(Backup(t, a[0]))));
    }

    /// <summary>Incremental BLOB I/O: blob_open/bytes/read/write/close on a blob handle.</summary>
    private static void InstallBlob(PyRuntime rt, PyDict d, PyType blobType)
    {
        // blob_open(db, dbname, table, column, rowid, writable) -> (rc, handle or None)
        Fn(rt, d, "blob_open", (t, a) =>
        {
            int rc = raw.sqlite3_blob_open(Db(t, a[0]), Str(t, a[1]), Str(t, a[2]), Str(t, a[3]), Args.ToLong(t, a[4]),
                Ops<TSync>.IsTrue(t, a[5]) ? 1 : 0, out var blob);
            PyObject h = rc == raw.SQLITE_OK ? new PyNative<BlobHandle>(blobType, new BlobHandle(blob)) : t.Rt.None;
            if (rc != raw.SQLITE_OK) blob?.Dispose();
            return Ops<TSync>.NewTuple(t, [t.Rt.NewInt(rc), h]);
        });
        Fn(rt, d, "blob_bytes", (t, a) => t.Rt.NewInt(raw.sqlite3_blob_bytes(Blob(t, a[0]))));
        // blob_read(handle, n, offset) -> bytes, or an int result code on error
        Fn(rt, d, "blob_read", (t, a) =>
        {
            var buf = new byte[(int)Args.ToLong(t, a[1])];
            int rc = raw.sqlite3_blob_read(Blob(t, a[0]), buf, (int)Args.ToLong(t, a[2]));
            return rc == raw.SQLITE_OK ? t.Rt.NewBytes(buf) : t.Rt.NewInt(rc);
        });
        Fn(rt, d, "blob_write", (t, a) =>
        {
            var data = a[1] is PyBytes b ? b.Value : throw t.Rt.TypeError("expected bytes");
            return t.Rt.NewInt(raw.sqlite3_blob_write(Blob(t, a[0]), data, (int)Args.ToLong(t, a[2])));
        });
        Fn(rt, d, "blob_close", (t, a) =>
        {
            var h = a[0] is PyNative<BlobHandle> n ? n.State : throw t.Rt.TypeError("expected a blob handle");
            if (h.Blob == null) return t.Rt.NewInt(0);
            int rc = raw.sqlite3_blob_close(h.Blob);
            h.Blob = null;
            return t.Rt.NewInt(rc);
        });
    }

    private sealed class BlobHandle(sqlite3_blob blob)
    {
        public sqlite3_blob? Blob = blob;
    }

    private static sqlite3_blob Blob(PyThreadState ts, PyObject o) =>
        (o is PyNative<BlobHandle> n ? n.State.Blob : null) ?? throw ts.Rt.ValueError("closed blob handle");

    private static sqlite3_backup Backup(PyThreadState ts, PyObject o) =>
        o is PyNative<sqlite3_backup> n ? n.State : throw ts.Rt.TypeError("expected a backup handle");
}
