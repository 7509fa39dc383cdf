// Helpers for the container builtin tests: real runtimes of both backends, calling the Python-level
// methods the way the eval loop would (Ops.CallMethod), and running worker threads on their own
// attached thread states.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Builtins.Containers;

internal static class C<TSync> where TSync : struct, ISyncPolicy
{
    public static PyObject Call(PyThreadState ts, PyObject o, string method, params PyObject[] args) =>
        Ops<TSync>.CallMethod(ts, o, method, args);

    public static PyObject Int(PyThreadState ts, long v) => ts.Rt.NewInt(v);

    public static string Repr(PyThreadState ts, PyObject o) => Ops<TSync>.ReprValue(ts, o);

    public static PyObject Builtin(PyThreadState ts, string name) =>
        ts.Rt.BuiltinsDict.GetStr(ts.Rt.Intern(name)) ?? throw new InvalidOperationException(name);

    /// <summary>Calls a builtin type (list, dict, set, ...) like `list(args...)`.</summary>
    public static PyObject New(PyThreadState ts, PyType t, params PyObject[] args) => Ops<TSync>.Call(ts, t, args, null);

    /// <summary>Runs body on `threads` OS threads, each with its own attached thread state; rethrows the first failure.</summary>
    public static void RunThreads(PyRuntime rt, PyThreadState main, int threads, Action<PyThreadState, int> body)
    {
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var start = new Barrier(threads);
        var ts = new Thread[threads];
        for (int i = 0; i < threads; i++)
        {
            int id = i;
            ts[i] = new Thread(() =>
            {
                var t = rt.NewThreadState();
                start.SignalAndWait(); // before attaching: on the GIL backend attaching takes the GIL
                TSync.Attach(t);
                try
                {
                    body(t, id);
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
                finally
                {
                    TSync.Detach(t);
                    rt.DeleteThreadState(t);
                }
            }, 16 * 1024 * 1024);
            ts[i].Start();
        }
        TSync.Detach(main);
        try
        {
            foreach (var t in ts) Assert.True(t.Join(TimeSpan.FromSeconds(120)), "worker thread hung");
        }
        finally
        {
            TSync.Attach(main);
        }
        if (errors.TryDequeue(out var first)) throw new AggregateException(first);
    }
}

internal static class Runtimes
{
    public static PyRuntime<GilSync> Gil() => GilEngine.Create();

    // Elision off: RunThreads's threads call Ops directly, attached, and never poll the eval
    // breaker, so the stop-the-world that ends elision when the second thread attaches could wait
    // forever for one of them (DictIterationRacingWithWriters hung in CI that way). Owner sections off
    // for the same reason: a thread locking a list another one owns waits for the owner's next
    // eval-breaker check (SetItemAndReaders_NeverSeeTornState hung that way).
    public static PyRuntime<FreeThreadedSync> FreeThreaded() => FreeThreadedEngine.Create(elideWhileSingleThreaded: false, ownerSections: false);
}
