// Biased reference counting scenarios (issue 5, scenario 2), written against IRefCounting so the
// same code runs on the production BiasedRefCount (through FreeThreadedSync and ObjectLifecycle,
// as the eval loop calls it) and on the seeded-bug copy.
//  * OwnerAndNonOwners: an owner and two other threads incref and decref one object in every
//    explored order; the non-owners' decrements drive it through Default -> Queued -> Merged (or
//    the owner gives it up first). Every thread asserts the object is alive while it holds a
//    reference; at the end it has been deallocated exactly once. The owner exits (drains and
//    closes its merge queue) while the others may still hold references, so merges on behalf of
//    an exited owner are explored too.
//  * Immortal: immortal objects are counted by nobody and never deallocated.
using Microsoft.Coyote.Specifications;
using Vm.ConcurrencyTests.Harness;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.FreeThreaded;

public interface IRefCounting
{
    void IncRef(PyThreadState ts, PyObject o);
    /// <summary>Drops a counted reference; deallocates at zero.</summary>
    void DecRef(PyThreadState ts, PyObject o);
    /// <summary>The eval loop's eval-breaker check (drains the merge queue).</summary>
    void HandleEvalBreaker(PyThreadState ts);
}

public sealed class RealRefCounting : IRefCounting
{
    public void IncRef(PyThreadState ts, PyObject o) => ObjectLifecycle<FreeThreadedSync>.IncRef(ts, o);
    public void DecRef(PyThreadState ts, PyObject o) => ObjectLifecycle<FreeThreadedSync>.DecRef(ts, o);
    public void HandleEvalBreaker(PyThreadState ts)
    {
        if (Volatile.Read(ref ts.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(ts);
    }
}

public static class RefCountScenarios
{
    private static void AssertAlive(TObj o, string who) =>
        Specification.Assert(o.Deallocs == 0, $"biased refcount: object deallocated while {who} still holds a reference");

    public static void OwnerAndNonOwners(IRefCounting rc)
    {
        var rt = MiniRuntime.FreeThreaded();
        var owner = rt.NewAttachedThread();
        var o = rt.NewObj();
        // The owner stores it three times: its own reference and one handed to each other thread.
        rc.IncRef(owner, o);
        rc.IncRef(owner, o);
        rc.IncRef(owner, o);
        Specification.Assert(o.ObTid == owner.Id, "the first incref claims ownership");

        Action nonOwner = () =>
        {
            var ts = rt.NewAttachedThread();
            rc.IncRef(ts, o);          // a reference of its own (shared count)
            AssertAlive(o, "a non-owner");
            rc.DecRef(ts, o);
            AssertAlive(o, "a non-owner");
            rc.DecRef(ts, o);          // the reference the owner handed over: may queue to the owner
            rc.HandleEvalBreaker(ts);
            rt.DeleteThreadState(ts);
            FreeThreadedSync.Detach(ts);
        };
        Threads.RunAll(
            () =>
            {
                rc.HandleEvalBreaker(owner);
                AssertAlive(o, "the owner");
                rc.IncRef(owner, o);
                rc.HandleEvalBreaker(owner);
                rc.DecRef(owner, o);
                AssertAlive(o, "the owner");
                rc.DecRef(owner, o);   // its own last reference
                rc.HandleEvalBreaker(owner);
                rt.DeleteThreadState(owner); // exits, perhaps while the others still hold references
                FreeThreadedSync.Detach(owner);
            },
            nonOwner,
            nonOwner);
        Specification.Assert(o.Deallocs == 1, $"biased refcount: deallocated {o.Deallocs} times, expected exactly once");
    }

    public static void Immortal(IRefCounting rc)
    {
        var rt = MiniRuntime.FreeThreaded();
        var o = rt.NewObj();
        o.MakeImmortal();
        Action body = () =>
        {
            var ts = rt.NewAttachedThread();
            for (int i = 0; i < 2; i++)
            {
                rc.IncRef(ts, o);
                rc.DecRef(ts, o);
                rc.DecRef(ts, o); // over-decrementing an immortal is harmless
            }
            rc.HandleEvalBreaker(ts);
            rt.DeleteThreadState(ts);
            FreeThreadedSync.Detach(ts);
        };
        Threads.RunAll(body, body);
        Specification.Assert(o.Deallocs == 0, "an immortal object was deallocated");
        Specification.Assert(o.RefLocal == 0 && o.RefShared == 0 && o.ObTid == 0, "an immortal object was counted");
    }
}
