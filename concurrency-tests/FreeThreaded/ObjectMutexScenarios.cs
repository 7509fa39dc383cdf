// Object-mutex scenario (src/Vm.FreeThreaded/ObjectMutex.cs) written against IObjectMutex, so the same code runs
// on the production mutex and on the seeded-bug copy (SeededBugs/SeededObjectMutex.cs).
//  * SleepersSharingABucket: three threads lock two objects in turn on a runtime with one parking bucket, so
//    the sleepers of both mutexes wait on the same monitor. The first section of each thread lingers (scheduling
//    points while holding the mutex), long enough for the others to stop spinning and sleep. A woken waiter takes
//    the mutex as "locked" without the waiters bit (ObjectMutex.cs, SLOW PATH), which is right only because an
//    unlock that clears the bit wakes every sleeper of the bucket: one left asleep has nobody to wake it, which
//    Coyote reports as a deadlock. A broken exclusion loses an update of the object's counter.
using Microsoft.Coyote.Runtime;
using Microsoft.Coyote.Specifications;
using Vm.ConcurrencyTests.Harness;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.FreeThreaded;

/// <summary>An object with a counter for a mutex to guard, and a spare word the seeded copy of the mutex uses as its state.</summary>
public sealed class Guarded(PyType t) : PyObject(t)
{
    public int Value;
    public int SeededWord;
}

public interface IObjectMutex
{
    void Lock(PyThreadState ts, Guarded o);
    void Unlock(PyThreadState ts, Guarded o);
}

public sealed class RealObjectMutex : IObjectMutex
{
    public void Lock(PyThreadState ts, Guarded o) => ObjectMutex.Lock(ts, o);
    public void Unlock(PyThreadState ts, Guarded o) => ObjectMutex.Unlock((FtRuntimeState)ts.Rt.BackendState!, o);
}

public static class ObjectMutexScenarios
{
    /// <summary>Scheduling points a lingering holder passes while it holds the mutex (more than a waiter's spin has).</summary>
    public const int LingerSteps = 24;

    private static void Section(IObjectMutex m, PyThreadState ts, Guarded o, bool linger)
    {
        m.Lock(ts, o);
        int v = o.Value;
        for (int i = 0, n = linger ? LingerSteps : 1; i < n; i++) SchedulingPoint.Interleave();
        o.Value = v + 1;
        m.Unlock(ts, o);
    }

    public static void SleepersSharingABucket(IObjectMutex m)
    {
        var rt = MiniRuntime.FreeThreadedOneBucket();
        var a = new Guarded(rt.ObjType);
        var b = new Guarded(rt.ObjType);
        Action<Guarded, Guarded> body = (x, y) =>
        {
            var ts = rt.NewAttachedThread();
            Section(m, ts, x, linger: true);
            Section(m, ts, y, linger: false);
            Section(m, ts, x, linger: false);
            rt.DeleteThreadState(ts);
            FreeThreadedSync.Detach(ts);
        };
        Threads.RunAll(() => body(a, b), () => body(b, a), () => body(a, b));
        Specification.Assert(a.Value == 5 && b.Value == 4, $"object mutex lost updates: a={a.Value} b={b.Value}");
        Specification.Assert(!ObjectMutex.IsLocked(a) && !ObjectMutex.IsLocked(b), "a mutex is still locked");
    }
}
