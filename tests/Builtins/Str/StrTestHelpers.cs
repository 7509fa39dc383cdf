// Helpers for the str/bytes builtin tests: real runtimes of both backends, calling Python-level
// methods as the eval loop does (Ops.CallMethod), and worker threads with attached thread states.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Tests.Builtins.Str;

internal static class S<TSync> where TSync : struct, ISyncPolicy
{
    public static PyObject Call(PyThreadState ts, PyObject o, string method, params PyObject[] args) =>
        Ops<TSync>.CallMethod(ts, o, method, args);

    public static string Str(PyThreadState ts, PyObject o) => Ops<TSync>.StrValue(ts, o);

    public static string Repr(PyThreadState ts, PyObject o) => Ops<TSync>.ReprValue(ts, o);

    /// <summary>The Python exception a call raises, as "TypeName: message".</summary>
    public static string Raises(PyThreadState ts, Func<PyObject> f)
    {
        try
        {
            var r = f();
            return "no error: " + Repr(ts, r);
        }
        catch (PyException e)
        {
            return e.Value.Type.Name + ": " + Str(ts, e.Value);
        }
    }

    public static PyObject Bytes(PyThreadState ts, params byte[] b) => ts.Rt.NewBytes(b);

    public static PyObject New(PyThreadState ts, PyType t, params PyObject[] args) => Ops<TSync>.Call(ts, t, args, null);

    /// <summary>Runs body on `threads` OS threads with their own attached thread states; rethrows the first failure.</summary>
    public static void RunThreads(PyRuntime rt, PyThreadState main, int threads, Action<PyThreadState, int> body)
    {
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var start = new Barrier(threads);
        var workers = new Thread[threads];
        for (int i = 0; i < threads; i++)
        {
            int id = i;
            workers[i] = new Thread(() =>
            {
                var t = rt.NewThreadState();
                start.SignalAndWait();
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
            workers[i].Start();
        }
        TSync.Detach(main);
        try
        {
            foreach (var w in workers) w.Join();
        }
        finally
        {
            TSync.Attach(main);
        }
        if (errors.TryDequeue(out var first)) throw new AggregateException(first);
    }
}

internal static class StrRuntimes
{
    public static PyRuntime<GilSync> Gil() => GilEngine.Create();

    // Elision off: the test threads call Ops directly and never poll the eval breaker (see
    // ContainerTestHelpers.Runtimes.FreeThreaded).
    public static PyRuntime<FreeThreadedSync> FreeThreaded() => FreeThreadedEngine.Create(elideWhileSingleThreaded: false, ownerSections: false);
}
