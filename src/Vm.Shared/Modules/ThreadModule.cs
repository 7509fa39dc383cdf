// The _thread module: OS threads running Python callables, one PyThreadState each, and the
// lock types. A blocking acquire is detached (GIL released / critical sections suspended) only
// while parked and re-tries the lock after re-attaching (LockCore.cs); waits go through the
// runtime's IWaitSeam; the uncontended acquire is one CAS and stays attached.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class ThreadModule<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Default stack of Python threads (deep recursion ends in RecursionError, never an overflow).</summary>
    public const int DefaultStackSize = 256 * 1024 * 1024;
    public const double TimeoutMax = 4294967.0;

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var d = rt.NewModuleDict("_thread", null);
        var lockType = LockType(ts);
        var rlockType = RLockType(ts);
        Def.Value(rt, d, "LockType", lockType);
        Def.Value(rt, d, "lock", lockType);
        Def.Value(rt, d, "RLock", rlockType);
        Def.Value(rt, d, "_local", ThreadLocalType<TSync>.Create(ts));
        Def.Value(rt, d, "TIMEOUT_MAX", rt.NewFloat(TimeoutMax));
        Def.Value(rt, d, "error", rt.ExceptionTypes["RuntimeError"]);
        Def.Function(rt, d, "allocate_lock", (ts2, a, kw) => new PyNative<LockCore>(lockType, new LockCore()), "_thread");
        Def.Function(rt, d, "allocate", (ts2, a, kw) => new PyNative<LockCore>(lockType, new LockCore()), "_thread");
        Def.Function(rt, d, "get_ident", (ts2, a, kw) => ts2.Rt.NewInt(ts2.Ident), "_thread");
        Def.Function(rt, d, "get_native_id", (ts2, a, kw) => ts2.Rt.NewInt(ts2.NativeId), "_thread");
        Def.Function(rt, d, "_count", (ts2, a, kw) => ts2.Rt.NewInt(Math.Max(0, ts2.Rt.Threads.Count - 1)), "_thread");
        Def.Function(rt, d, "stack_size", (ts2, a, kw) =>
        {
            // As CPython: the size argument defaults to 0, so a call without one also resets it.
            long old = ts2.Rt.ThreadStackSize;
            Args.Count(ts2, "stack_size", a.Length, 0, 1);
            long size = a.Length > 0 ? Args.ToLong(ts2, a[0]) : 0;
            if (size < 0) throw ts2.Rt.ValueError("size must be 0 or a positive value");
            if (size != 0 && size < 32768) throw ts2.Rt.ValueError("size not valid: " + size + " bytes");
            ts2.Rt.ThreadStackSize = size;
            return ts2.Rt.NewInt(old);
        }, "_thread");
        Def.Function(rt, d, "exit", (ts2, a, kw) => throw new PyException(ts2.Rt.NewException(ts2.Rt.ExceptionTypes["SystemExit"], ts2.Rt.EmptyTuple)), "_thread");
        Def.Function(rt, d, "interrupt_main", (ts2, a, kw) =>
        {
            var main = ts2.Rt.MainThread;
            main.AsyncException = a.Length > 0 ? a[0] : ts2.Rt.ExceptionTypes["KeyboardInterrupt"];
            main.SetEvalBreakerBit(EvalBreakerBits.AsyncException);
            return ts2.Rt.None;
        }, "_thread");
        Def.Function(rt, d, "start_new_thread", (ts2, a, kw) =>
        {
            if (a.Length < 2 || a.Length > 3) throw ts2.Rt.TypeError($"start_new_thread expected at least 2 arguments, got {a.Length}");
            if (!Ops<TSync>.IsCallable(ts2, a[0])) throw ts2.Rt.TypeError("first arg must be callable");
            if (a[1] is not PyTuple targs) throw ts2.Rt.TypeError("2nd arg must be a tuple");
            PyDict? tkw = a.Length == 3 ? a[2] as PyDict ?? throw ts2.Rt.TypeError("optional 3rd arg must be a dictionary") : null;
            return ts2.Rt.NewInt(StartThread(ts2, a[0], targs, tkw, null));
        }, "_thread");
        Def.Function(rt, d, "start_joinable_thread", (ts2, a, kw) =>
        {
            // Used by our threading.py: returns a handle whose join() waits for the OS thread.
            var bound = Args.Bind(ts2, "start_joinable_thread", a, kw, ["function", "handle", "daemon"], 1);
            var handle = new ThreadHandle();
            StartThread(ts2, bound[0]!, ts2.Rt.EmptyTuple, null, handle);
            return new PyNative<ThreadHandle>(HandleType(ts2), handle);
        }, "_thread");
        return new PyModule(rt.ModuleType, "_thread", d);
    }

    /// <summary>Size of PyThreadState.SpacingGuard: with its header, more than a cache line (64 bytes).</summary>
    private const int SpacingGuardBytes = 64;

    /// <summary>Starts an OS thread running fn(*args, **kwargs) on a new thread state. Returns its ident.</summary>
    public static long StartThread(PyThreadState parent, PyObject fn, PyTuple args, PyDict? kwargs, ThreadHandle? handle)
    {
        var rt = parent.Rt;
        var ts = rt.NewThreadState();
        ObjectLifecycle<TSync>.IncRef(parent, fn);
        ObjectLifecycle<TSync>.IncRef(parent, args);
        var started = new SemaphoreSlim(0, 1);
        long stack = rt.ThreadStackSize > 0 ? rt.ThreadStackSize : DefaultStackSize;
        var thread = new Thread(() =>
        {
            ts.SpacingGuard = new byte[SpacingGuardBytes]; // first: see PyThreadState.SpacingGuard
            ts.Ident = Environment.CurrentManagedThreadId;
            LocalSlot.Bind(ts);
            if (handle != null) handle.Ident = ts.Ident;
            started.Release();
            TSync.Attach(ts);
            try
            {
                PyObject[] callArgs = args.Items;
                PyTuple? kwnames = null;
                if (kwargs != null && kwargs.Count > 0)
                {
                    var pairs = kwargs.Snapshot();
                    callArgs = args.Items.Concat(pairs.Select(p => p.Value)).ToArray();
                    kwnames = rt.NewTupleImmortalItems(pairs.Select(p => p.Key).ToArray());
                }
                Ops<TSync>.Call(ts, fn, callArgs, kwnames);
            }
            catch (PyException e)
            {
                if (!e.Value.Type.IsSubtypeOf(rt.ExceptionTypes["SystemExit"]))
                {
                    try
                    {
                        rt.Stderr.WriteLine($"Exception ignored in thread started by: {Ops<TSync>.ReprValue(ts, fn)}");
                        rt.PrintException(ts, e.Value, rt.Stderr);
                    }
                    catch (PyException)
                    {
                    }
                }
            }
            finally
            {
                try
                {
                    ObjectLifecycle<TSync>.DecRef(ts, args);
                }
                catch (PyException)
                {
                }
                ThreadLocalType<TSync>.OnThreadExit(ts); // this thread's threading.local dicts
                // Exit while still attached (the free-threaded backend drains the merge queue,
                // which may run __del__), then give up the GIL / detach.
                rt.DeleteThreadState(ts);
                TSync.Detach(ts);
                handle?.MarkDone();
            }
        }, (int)Math.Min(stack, int.MaxValue));
        thread.IsBackground = true;
        if (handle != null) handle.Thread = thread;
        thread.Start();
        // Wait (detached) until the thread has its ident, as CPython's start_new_thread does.
        if (!started.Wait(0))
        {
            using (new Detached<TSync>(parent)) started.Wait();
        }
        return ts.Ident;
    }

    private static PyType HandleType(PyThreadState ts)
    {
        var rt = ts.Rt;
        if (rt.ThreadHandleType is { } t) return t;
        // The import lock is held across module bodies (Python code): wait for it detached, as the importer
        // does, or a thread importing that needs this one (a revocation, a pause) waits for it for ever.
        AttachedMonitor<TSync>.Enter(ts, rt.ImportLock);
        try
        {
            if (rt.ThreadHandleType is { } t2) return t2;
            var ht = rt.NewBuiltinType("_ThreadHandle", null, TypeFlags.None);
            Def.Method(rt, ht, "join", (ts2, a, kw) =>
            {
                var h = ((PyNative<ThreadHandle>)a[0]).State;
                double timeout = a.Length > 1 && a[1] != ts2.Rt.None ? ToSeconds(ts2, a[1]) : -1;
                if (h.Ident == ts2.Ident) throw ts2.Rt.RuntimeError("Cannot join current thread");
                h.Join(ts2, timeout);
                return ts2.Rt.None;
            });
            Def.Method(rt, ht, "is_done", (ts2, a, kw) => ts2.Rt.NewBool(((PyNative<ThreadHandle>)a[0]).State.IsDone));
            Def.Getter(rt, ht, "ident", (ts2, o) => ts2.Rt.NewInt(((PyNative<ThreadHandle>)o).State.Ident));
            rt.ThreadHandleType = ht;
            return ht;
        }
        finally
        {
            Monitor.Exit(rt.ImportLock);
        }
    }

    /// <summary>The state behind a joinable thread: done flag + monitor (Coyote-controllable).</summary>
    public sealed class ThreadHandle
    {
        private readonly object _m = new();
        private bool _done;
        public long Ident;
        public Thread? Thread;

        public bool IsDone
        {
            get
            {
                lock (_m) return _done;
            }
        }

        public void MarkDone()
        {
            lock (_m)
            {
                _done = true;
                Monitor.PulseAll(_m);
            }
        }

        /// <summary>Waits (detached) until done or the timeout passes.</summary>
        public void Join(PyThreadState ts, double timeoutSeconds)
        {
            lock (_m)
            {
                if (_done) return;
            }
            using (new Detached<TSync>(ts))
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                lock (_m)
                {
                    while (!_done)
                    {
                        int ms = -1;
                        if (timeoutSeconds >= 0)
                        {
                            double left = timeoutSeconds - sw.Elapsed.TotalSeconds;
                            if (left <= 0) return;
                            ms = (int)Math.Ceiling(left * 1000);
                        }
                        ts.Rt.WaitSeam.Wait(_m, ms);
                    }
                }
            }
        }
    }

    /// <summary>A timeout in seconds converted as CPython's _PyTime_FromSecondsObject does (to int64
    /// nanoseconds), with its errors: a float out of range, an int too large, a non-number.</summary>
    private static double ToSeconds(PyThreadState ts, PyObject o)
    {
        const double NsLimit = 9.223372036854775808e18;
        if (o is PyFloat f)
        {
            if (double.IsNaN(f.Value)) throw ts.Rt.ValueError("Invalid value NaN (not a number)");
            double ns = f.Value * 1e9;
            if (!(-NsLimit <= ns && ns < NsLimit)) throw ts.Rt.OverflowError("timestamp out of range for platform time_t");
            return f.Value;
        }
        var i = o as PyInt ?? Ops<TSync>.Index(ts, o);
        if (i.IsBig || i.Small > long.MaxValue / 1_000_000_000 || i.Small < long.MinValue / 1_000_000_000)
            throw ts.Rt.OverflowError("timestamp too large to convert to C PyTime_t");
        return i.Small;
    }

    private static PyType LockType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("lock", null, TypeFlags.None);
        Def.Value(rt, t.Dict, "__module__", rt.NewStr("_thread"));
        t.New = (ts2, cls, a, kw) => new PyNative<LockCore>(cls, new LockCore());
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) => new PyNative<LockCore>((PyType)a[0], new LockCore()));
        NativeFn acquire = (ts2, a, kw) => ts2.Rt.NewBool(AcquireLock(ts2, ((PyNative<LockCore>)a[0]).State, a.Slice(1), kw));
        Def.Method(rt, t, "acquire", acquire);
        Def.Method(rt, t, "acquire_lock", acquire);
        Def.Method(rt, t, "__enter__", acquire);
        NativeFn release = (ts2, a, kw) =>
        {
            try
            {
                ((PyNative<LockCore>)a[0]).State.Release();
            }
            catch (InvalidOperationException)
            {
                throw ts2.Rt.RuntimeError("release unlocked lock");
            }
            return ts2.Rt.None;
        };
        Def.Method(rt, t, "release", release);
        Def.Method(rt, t, "release_lock", release);
        Def.Method(rt, t, "__exit__", release);
        Def.Method(rt, t, "locked", (ts2, a, kw) => ts2.Rt.NewBool(((PyNative<LockCore>)a[0]).State.Locked));
        Def.Method(rt, t, "locked_lock", (ts2, a, kw) => ts2.Rt.NewBool(((PyNative<LockCore>)a[0]).State.Locked));
        Def.Method(rt, t, "_at_fork_reinit", (ts2, a, kw) => ts2.Rt.None);
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
            ts2.Rt.NewStr($"<{(((PyNative<LockCore>)a[0]).State.Locked ? "locked" : "unlocked")} _thread.lock object at 0x{ts2.Rt.IdOf(a[0]):x}>"));
        return t;
    }

    /// <summary>acquire(blocking=True, timeout=-1) with CPython's validation.</summary>
    private static (bool Blocking, double Timeout) ParseAcquire(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var bound = Args.Bind(ts, "acquire", a, kw, ["blocking", "timeout"], 0);
        bool blocking = bound[0] == null || Ops<TSync>.IsTrue(ts, bound[0]!);
        double timeout = bound[1] == null ? -1 : ToSeconds(ts, bound[1]!);
        if (!blocking && timeout != -1) throw ts.Rt.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw ts.Rt.ValueError("timeout value must be a non-negative number");
        if (timeout > TimeoutMax) throw ts.Rt.OverflowError("timeout value is too large");
        return (blocking, timeout);
    }

    private static bool AcquireLock(PyThreadState ts, LockCore l, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var (blocking, timeout) = ParseAcquire(ts, a, kw);
        if (l.TryAcquire()) return true;
        if (!blocking) return false;
        // Detached only while parked: the lock is re-tried after re-taking the GIL (LockCore.cs).
        return AcquireInterruptibly(ts, timeout, t => l.Acquire<DetachWhileParked<TSync>>(ts, true, t, ts.Rt.WaitSeam, interruptible: true));
    }

    private static bool AcquireInterruptibly(PyThreadState ts, double timeout, Func<double, bool> acquire) =>
        TimeModule<TSync>.ResumingAfterHandlers(ts, timeout, acquire);

    private static PyType RLockType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("RLock", null, TypeFlags.BaseType);
        Def.Value(rt, t.Dict, "__module__", rt.NewStr("_thread"));
        t.New = (ts2, cls, a, kw) => new PyNative<RLockCore>(cls, new RLockCore());
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) => new PyNative<RLockCore>((PyType)a[0], new RLockCore()));
        NativeFn acquire = (ts2, a, kw) =>
        {
            var l = ((PyNative<RLockCore>)a[0]).State;
            var (blocking, timeout) = ParseAcquire(ts2, a.Slice(1), kw);
            if (l.TryAcquire(ts2)) return ts2.Rt.True;
            if (!blocking) return ts2.Rt.False;
            return ts2.Rt.NewBool(AcquireInterruptibly(ts2, timeout, t => l.Acquire<DetachWhileParked<TSync>>(ts2, true, t, ts2.Rt.WaitSeam, interruptible: true)));
        };
        Def.Method(rt, t, "acquire", acquire);
        Def.Method(rt, t, "__enter__", acquire);
        NativeFn release = (ts2, a, kw) =>
        {
            try
            {
                ((PyNative<RLockCore>)a[0]).State.Release(ts2);
            }
            catch (InvalidOperationException)
            {
                throw ts2.Rt.RuntimeError("cannot release un-acquired lock");
            }
            return ts2.Rt.None;
        };
        Def.Method(rt, t, "release", release);
        Def.Method(rt, t, "__exit__", release);
        Def.Method(rt, t, "_is_owned", (ts2, a, kw) => ts2.Rt.NewBool(((PyNative<RLockCore>)a[0]).State.IsOwned(ts2)));
        Def.Method(rt, t, "_recursion_count", (ts2, a, kw) => ts2.Rt.NewInt(((PyNative<RLockCore>)a[0]).State.RecursionCount(ts2)));
        Def.Method(rt, t, "locked", (ts2, a, kw) => ts2.Rt.NewBool(((PyNative<RLockCore>)a[0]).State.Locked));
        Def.Method(rt, t, "_release_save", (ts2, a, kw) =>
        {
            RLockSavedState s;
            try
            {
                s = ((PyNative<RLockCore>)a[0]).State.ReleaseSave(ts2);
            }
            catch (InvalidOperationException)
            {
                throw ts2.Rt.RuntimeError("cannot release un-acquired lock");
            }
            return new PyNative<object>(ts2.Rt.ObjectType, s);
        });
        Def.Method(rt, t, "_acquire_restore", (ts2, a, kw) =>
        {
            var l = ((PyNative<RLockCore>)a[0]).State;
            var s = (RLockSavedState)((PyNative<object>)a[1]).State;
            if (!l.TryAcquireRestore(s)) l.AcquireRestore<DetachWhileParked<TSync>>(ts2, s, ts2.Rt.WaitSeam);
            return ts2.Rt.None;
        });
        Def.Method(rt, t, "_at_fork_reinit", (ts2, a, kw) => ts2.Rt.None);
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var l = ((PyNative<RLockCore>)a[0]).State;
            return ts2.Rt.NewStr($"<{(l.Locked ? "locked" : "unlocked")} _thread.RLock object owner={(l.Locked ? l.OwnerId : 0)} count={l.RecursionCount(ts2)} at 0x{ts2.Rt.IdOf(a[0]):x}>");
        });
        return t;
    }
}
