// A minimal concrete PyRuntime for unit tests of the concurrency primitives: it only hands out
// thread states (no types, no interpreter). If PyRuntime gains abstract members, give them
// trivial overrides here.
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Gil;

public sealed class TestRuntime : PyRuntime
{
    public override string BackendName => "test";

    protected override void OnThreadCreated(PyThreadState ts) { }

    protected override void OnThreadExiting(PyThreadState ts) { }

    public override void Finalize(PyThreadState ts, PyObject o) { }

    public override void FinalizeModules(PyThreadState ts) { }

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

    public override void Attach(PyThreadState ts)
    {
        if (BackendState is GilRuntimeState) GilSync.Attach(ts);
    }

    public override void Detach(PyThreadState ts)
    {
        if (BackendState is GilRuntimeState) GilSync.Detach(ts);
    }

    private static NotSupportedException NoInterpreter() => new("TestRuntime has no interpreter");

    /// <summary>A runtime whose BackendState is a fresh GIL (timed waits through rt.WaitSeam).</summary>
    public static TestRuntime WithGil(IWaitSeam? seam = null)
    {
        var rt = new TestRuntime();
        if (seam is not null) rt.WaitSeam = seam;
        rt.BackendState = new GilRuntimeState(rt);
        return rt;
    }

    public global::Vm.Gil.Gil Gil => ((GilRuntimeState)BackendState!).Gil;
}

/// <summary>
/// A seam like the Coyote one (COYOTE.md, "Timed waits"): it gives the monitor up, lets other
/// threads run, takes it back and answers "timed out" or "signalled" at random, never really
/// waiting. Correct callers loop on their condition, so it must not break them.
/// </summary>
public sealed class RandomWaitSeam : IWaitSeam
{
    private int _calls;
    private int _seed;

    public RandomWaitSeam(int seed) { _seed = seed; }

    public int Calls => Volatile.Read(ref _calls);

    public bool Wait(object monitor, int timeoutMs)
    {
        Interlocked.Increment(ref _calls);
        Monitor.Exit(monitor);
        try
        {
            Thread.Yield();
        }
        finally
        {
            Monitor.Enter(monitor);
        }
        // xorshift on a shared seed: the randomness need not be thread-safe to be useful.
        int x = Volatile.Read(ref _seed);
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        Volatile.Write(ref _seed, x);
        return (x & 1) == 0;
    }
}

/// <summary>Counts the timed waits it forwards to Monitor.Wait.</summary>
public sealed class CountingWaitSeam : IWaitSeam
{
    private int _calls;
    private int _lastTimeout;

    public int Calls => Volatile.Read(ref _calls);
    public int LastTimeoutMs => Volatile.Read(ref _lastTimeout);

    public bool Wait(object monitor, int timeoutMs)
    {
        Interlocked.Increment(ref _calls);
        Volatile.Write(ref _lastTimeout, timeoutMs);
        return timeoutMs < 0 ? Monitor.Wait(monitor) : Monitor.Wait(monitor, timeoutMs);
    }
}

internal static class TestThreads
{
    /// <summary>Generous: only there so a broken primitive fails the test instead of hanging the run.</summary>
    public static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(60);

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

    public static void JoinAll(IEnumerable<Thread> threads, List<Exception> errors)
    {
        foreach (var t in threads)
            Assert.True(t.Join(HangTimeout), "a thread did not finish (hang?)");
        lock (errors)
        {
            if (errors.Count > 0) throw new AggregateException(errors);
        }
    }

    /// <summary>Spins (yielding) until the condition holds; fails after the hang timeout.</summary>
    public static void WaitUntil(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + HangTimeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("timed out waiting for: " + what);
            Thread.Sleep(1);
        }
    }
}
