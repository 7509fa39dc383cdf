// Per-thread ("deferred") counting of class attributes (src/Vm.FreeThreaded/DeferredRefCount.cs)
// under Coyote: the owner holds the class dict's reference and defers the object; two other
// threads take and drop references (one handed over by the owner, so a thread drops a reference
// another added) and check the eval breaker, which is where an undefer's pause parks them; the
// owner undefers (stop-the-world fold of every thread's delta) at an explored point, and one
// worker exits while still holding a reference (its delta is folded at exit). Every thread
// asserts the object is alive while it holds a reference; at the end it is deallocated once.
using Microsoft.Coyote.Specifications;
using Vm.ConcurrencyTests.Harness;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.FreeThreaded;

public static class DeferredScenarios
{
    private static void AssertAlive(TObj o, string who) =>
        Specification.Assert(o.Deallocs == 0, $"deferred refcount: object deallocated while {who} still holds a reference");

    private static void IncRef(PyThreadState ts, PyObject o) => ObjectLifecycle<FreeThreadedSync>.IncRef(ts, o);
    private static void DecRef(PyThreadState ts, PyObject o) => ObjectLifecycle<FreeThreadedSync>.DecRef(ts, o);
    private static void Breaker(PyThreadState ts)
    {
        if (Volatile.Read(ref ts.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(ts);
    }

    public static void UndeferWhileOthersCount() => UndeferWhileOthersCount(DeferredRefCount.Undefer);

    /// <summary>The scenario with a given undefer (the production one, or a seeded-bug copy).</summary>
    public static void UndeferWhileOthersCount(Action<PyThreadState, PyObject> undefer)
    {
        var rt = MiniRuntime.FreeThreaded();
        var owner = rt.NewAttachedThread();
        var o = rt.NewObj();
        IncRef(owner, o); // the class dict's reference
        IncRef(owner, o); // handed to worker 1, which drops it
        DeferredRefCount.Defer(owner, o);
        PyObject? kept = null; // worker 2's reference, dropped by the owner at the end

        Threads.RunAll(
            () =>
            {
                Breaker(owner);
                undefer(owner, o); // pauses the others wherever they check the breaker
                AssertAlive(o, "the owner");
                Breaker(owner);
            },
            () =>
            {
                var ts = rt.NewAttachedThread();
                IncRef(ts, o);
                Breaker(ts);
                AssertAlive(o, "worker 1");
                DecRef(ts, o);
                Breaker(ts);
                DecRef(ts, o); // the owner's handed-over reference
                Breaker(ts);
                rt.DeleteThreadState(ts);
                FreeThreadedSync.Detach(ts);
            },
            () =>
            {
                var ts = rt.NewAttachedThread();
                IncRef(ts, o);
                Breaker(ts);
                IncRef(ts, o);
                AssertAlive(o, "worker 2");
                DecRef(ts, o);
                Breaker(ts);
                Volatile.Write(ref kept, o); // exits holding one reference
                rt.DeleteThreadState(ts);
                FreeThreadedSync.Detach(ts);
            });
        Breaker(owner);
        Specification.Assert(!DeferredRefCount.IsDeferred(o), "deferred refcount: still deferred after undefer");
        Specification.Assert(FreeThreadedSync.RefCount(o) == 2, $"deferred refcount: count {FreeThreadedSync.RefCount(o)} after the fold, expected 2");
        AssertAlive(o, "the class dict");
        DecRef(owner, kept!);
        Breaker(owner);
        AssertAlive(o, "the class dict");
        DecRef(owner, o); // the class dict drops it
        Breaker(owner);
        Specification.Assert(o.Deallocs == 1, $"deferred refcount: deallocated {o.Deallocs} times, expected exactly once");
    }
}
