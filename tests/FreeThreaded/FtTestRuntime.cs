// A minimal concrete PyRuntime for unit tests of the free-threaded primitives: it hands out thread
// states wired exactly as the real free-threaded runtime wires them (FtRuntimeState as
// BackendState, FtThreadState.Create on thread creation, FreeThreadedSync.OnThreadExit on exit).
// If the lead adds abstract members to PyRuntime, give them trivial overrides here.
using Vm.Bytecode;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class FtTestRuntime : PyRuntime
{
    private int _finalized;

    /// <param name="elide">Single-thread lock elision on, as in the real runtime (CriticalSections.cs, "ELISION").</param>
    public FtTestRuntime(bool elide = false)
    {
        BackendState = new FtRuntimeState(this, elideWhileSingleThreaded: elide);
    }

    public FtRuntimeState State => (FtRuntimeState)BackendState!;

    /// <summary>Number of PyRuntime.Finalize calls (objects whose type has a finalizer).</summary>
    public int Finalized => Volatile.Read(ref _finalized);

    public override string BackendName => "free-threaded";

    protected override void OnThreadCreated(PyThreadState ts) => FtThreadState.Create(ts);

    protected override void OnThreadExiting(PyThreadState ts) => FreeThreadedSync.OnThreadExit(ts);

    public override void Finalize(PyThreadState ts, PyObject o) => Interlocked.Increment(ref _finalized);

    public override void FinalizeModules(PyThreadState ts) { }

    public override void Attach(PyThreadState ts) => FreeThreadedSync.Attach(ts);

    public override void Detach(PyThreadState ts) => FreeThreadedSync.Detach(ts);

    public override PyCode MakeCode(CodeUnit unit) => throw new NotSupportedException();

    protected override void SetSysStringList(string name, IEnumerable<string> values) => throw new NotSupportedException();

    public override PyObject ExecCode(PyThreadState ts, PyCode code, PyDict globals, PyObject? locals) =>
        throw new NotSupportedException();

    public override PyObject CallObject(PyThreadState ts, PyObject callable, PyObject[] args) =>
        throw new NotSupportedException();

    public override string ReprOf(PyThreadState ts, PyObject o) => o.ToString();

    public override string StrOf(PyThreadState ts, PyObject o) => o.ToString();

    public override void PrintException(PyThreadState ts, PyBaseException e, TextWriter w) =>
        throw new NotSupportedException();

    public override PyModule ImportModule(PyThreadState ts, string name) => throw new NotSupportedException();

    public override void RaiseAsyncIfPending(PyThreadState ts) { }

    public override void DisplayHook(PyThreadState ts, PyObject v) { }

    /// <summary>A new thread state, attached (as a thread running Python code would be).</summary>
    public PyThreadState NewAttachedThread()
    {
        var ts = NewThreadState();
        FreeThreadedSync.Attach(ts);
        return ts;
    }

    /// <summary>The type used for test objects (immortal, like every type).</summary>
    public readonly PyType ObjType = new(null, "T");

    public TObj NewObj() => new(ObjType);
}

/// <summary>A test object that records its deallocations (ObjectLifecycle calls CollectChildren once per deallocation).</summary>
public sealed class TObj : PyObject
{
    private int _deallocs;

    public TObj(PyType t) : base(t) { }

    public int Deallocs => Volatile.Read(ref _deallocs);

    /// <summary>Runs at deallocation, before the children are released.</summary>
    public Action? OnDealloc;

    public readonly List<PyObject> Children = new();

    public override void CollectChildren(List<PyObject> sink)
    {
        Interlocked.Increment(ref _deallocs);
        OnDealloc?.Invoke();
        sink.AddRange(Children);
    }
}

/// <summary>Real-thread helpers. Nothing relies on timing: waits poll a condition and only fail after a generous timeout.</summary>
internal static class FtThreads
{
    public static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Runs body(i) on n new threads; meanwhile calls <paramref name="mainLoop"/> repeatedly (if given); joins all.</summary>
    public static void Run(int n, Action<int> body, Action? mainLoop = null)
    {
        var errors = new List<Exception>();
        var threads = new Thread[n];
        int running = n;
        for (int i = 0; i < n; i++)
        {
            int k = i;
            threads[i] = new Thread(() =>
            {
                try
                {
                    body(k);
                }
                catch (Exception e)
                {
                    lock (errors) errors.Add(e);
                }
                finally
                {
                    Interlocked.Decrement(ref running);
                }
            })
            { IsBackground = true };
        }
        foreach (var t in threads) t.Start();
        var deadline = DateTime.UtcNow + HangTimeout;
        while (Volatile.Read(ref running) > 0)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("worker threads did not finish (hang?)");
            if (mainLoop is not null) mainLoop();
            else Thread.Sleep(1);
        }
        foreach (var t in threads) Assert.True(t.Join(HangTimeout), "a thread did not finish");
        lock (errors)
        {
            if (errors.Count > 0) throw new AggregateException(errors);
        }
    }

    /// <summary>Starts one background thread; Join with <see cref="Join"/>.</summary>
    public static Thread Start(Action body, List<Exception> errors)
    {
        var t = new Thread(() =>
        {
            try
            {
                body();
            }
            catch (Exception e)
            {
                lock (errors) errors.Add(e);
            }
        })
        { IsBackground = true };
        t.Start();
        return t;
    }

    public static void Join(Thread t, List<Exception> errors)
    {
        Assert.True(t.Join(HangTimeout), "a thread did not finish (hang?)");
        lock (errors)
        {
            if (errors.Count > 0) throw new AggregateException(errors);
        }
    }

    /// <summary>Polls (yielding) until the condition holds; fails after the hang timeout.</summary>
    public static void WaitUntil(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + HangTimeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("timed out waiting for: " + what);
            Thread.Yield();
        }
    }
}
