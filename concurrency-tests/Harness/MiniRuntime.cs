// A minimal PyRuntime for driving the backends' primitives directly (no interpreter): thread
// states wired exactly as the real engines wire them (GilRuntimeState, or FtRuntimeState +
// FtThreadState.Create / FreeThreadedSync.OnThreadExit), a CoyoteWaitSeam, and a counter of
// finalisations. A fresh one is built inside every Coyote iteration (no static state).
using Vm.Bytecode;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.Harness;

public sealed class MiniRuntime : PyRuntime
{
    private readonly bool _gil;
    private int _finalized;

    private MiniRuntime(bool gil, bool elide = false, int parkingBuckets = 64)
    {
        _gil = gil;
        WaitSeam = Seam;
        BackendState = gil ? new GilRuntimeState(this) : new FtRuntimeState(this, parkingBuckets, elideWhileSingleThreaded: elide);
    }

    /// <summary>A runtime whose backend state is a fresh GIL.</summary>
    public static MiniRuntime WithGil() => new(gil: true);

    /// <summary>A runtime whose backend state is the free-threaded machinery.</summary>
    public static MiniRuntime FreeThreaded() => new(gil: false);

    /// <summary>A free-threaded runtime whose object mutexes all park on one monitor (every object shares the one parking bucket).</summary>
    public static MiniRuntime FreeThreadedOneBucket() => new(gil: false, parkingBuckets: 1);

    /// <summary>A free-threaded runtime whose only thread elides its locks, as the real one (CriticalSections.cs, "ELISION").</summary>
    public static MiniRuntime FreeThreadedEliding() => new(gil: false, elide: true);

    public readonly CoyoteWaitSeam Seam = new();

    public Vm.Gil.Gil Gil => ((GilRuntimeState)BackendState!).Gil;

    public FtRuntimeState Ft => (FtRuntimeState)BackendState!;

    public int Finalized => Volatile.Read(ref _finalized);

    public override string BackendName => _gil ? "gil" : "free-threaded";

    protected override void OnThreadCreated(PyThreadState ts)
    {
        if (!_gil) FtThreadState.Create(ts);
    }

    protected override void OnThreadExiting(PyThreadState ts)
    {
        if (!_gil) FreeThreadedSync.OnThreadExit(ts);
    }

    public override void Finalize(PyThreadState ts, PyObject o) => Interlocked.Increment(ref _finalized);
    public override void FinalizeModules(PyThreadState ts) { }

    public override void Attach(PyThreadState ts)
    {
        if (_gil) GilSync.Attach(ts);
        else FreeThreadedSync.Attach(ts);
    }

    public override void Detach(PyThreadState ts)
    {
        if (_gil) GilSync.Detach(ts);
        else FreeThreadedSync.Detach(ts);
    }

    /// <summary>A new thread state, attached (holding the GIL / attached to the free-threaded runtime).</summary>
    public PyThreadState NewAttachedThread()
    {
        var ts = NewThreadState();
        Attach(ts);
        return ts;
    }

    public override void RaiseAsyncIfPending(PyThreadState ts) { }

    public override void DisplayHook(PyThreadState ts, PyObject v) { }

    public override PyCode MakeCode(CodeUnit unit) => throw NoInterpreter();

    protected override void SetSysStringList(string name, IEnumerable<string> values) => throw NoInterpreter();

    public override PyObject ExecCode(PyThreadState ts, PyCode code, PyDict globals, PyObject? locals) => throw NoInterpreter();

    public override PyObject CallObject(PyThreadState ts, PyObject callable, PyObject[] args) => throw NoInterpreter();

    public override string ReprOf(PyThreadState ts, PyObject o) => o.ToString();

    public override string StrOf(PyThreadState ts, PyObject o) => o.ToString();

    public override void PrintException(PyThreadState ts, PyBaseException e, TextWriter w) => w.WriteLine(e.ToString());

    public override PyModule ImportModule(PyThreadState ts, string name) => throw NoInterpreter();

    private static NotSupportedException NoInterpreter() => new("MiniRuntime has no interpreter");

    /// <summary>The type of test objects (immortal, like every type).</summary>
    public readonly PyType ObjType = new(null, "T");

    public TObj NewObj() => new(ObjType);
}

/// <summary>A test object that counts its deallocations (ObjectLifecycle collects children once per deallocation).</summary>
public sealed class TObj : PyObject
{
    private int _deallocs;

    public TObj(PyType t) : base(t) { }

    public int Deallocs => Volatile.Read(ref _deallocs);

    public readonly List<PyObject> Children = new();

    public override void CollectChildren(List<PyObject> sink)
    {
        Interlocked.Increment(ref _deallocs);
        sink.AddRange(Children);
    }
}

/// <summary>Starting and joining threads inside a Coyote iteration (rewritten: Coyote controls them).</summary>
public static class Threads
{
    /// <summary>Starts one thread per body and joins them all; rethrows the first failure.</summary>
    public static void RunAll(params Action[] bodies)
    {
        var errors = new Exception?[bodies.Length];
        var threads = new Thread[bodies.Length];
        for (int i = 0; i < bodies.Length; i++)
        {
            int k = i;
            threads[i] = new Thread(() =>
            {
                try { bodies[k](); }
                catch (Exception e) { errors[k] = e; }
            });
        }
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        foreach (var e in errors)
            if (e is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e).Throw();
    }
}
