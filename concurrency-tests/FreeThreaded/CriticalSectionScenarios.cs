// Critical-section scenarios (issue 5, scenario 3) on the free-threaded backend, written against
// ICriticalSections so the same code runs on the production CriticalSections/FreeThreadedSync and
// on the seeded-bug copies. Each object carries a counter (a plain instance field, visible to
// memory-access race checking) that is read, interleaved and written back inside the object's
// section: a broken section loses an update; a wrong lock order or a missing suspension is a
// deadlock, which Coyote reports.
//  * OppositeOrders: Begin2(a, b) against Begin2(b, a).
//  * SuspendedAcrossBlocking: a thread holding a's section blocks (detached) on a _thread lock;
//    the lock's holder needs a's section before it releases the lock.
//  * Nesting: a inside b against b inside a (the inner contended lock parks, which suspends the
//    outer section), plus a re-entrant section on the same object.
//  * OwnerAndOthers: one thread owns the object (an IncRef claimed it) and runs owner sections on
//    it (no mutex: CriticalSections.cs, "OWNER SECTIONS"), with an eval-breaker check inside one
//    (where Python code run by the section would check it); two other threads take its section,
//    revoking the owner's bias (the handshake waits for the owner to detach once).
//  * OwnerLeafAndOthers: the same with the owner's sections leaf sections (FreeThreadedSync.LockLeaf:
//    no entry at all on an object the thread owns), one of them nested in an ordinary section on the
//    object that a handshake may suspend; the eval-breaker checks lie between leaf sections, never
//    inside one (a leaf body runs no Python code).
//  * ElisionBackOn: on a runtime with single-thread lock elision, a thread that blocks now and then
//    (Detach / Attach) runs ordinary and leaf sections on an object while two short-lived threads
//    start at any moment and each run one section on it: the long-lived thread ends up alone and
//    elides again (CriticalSections.ResumeElision), and a thread that starts after that ends its
//    elision again.
using Microsoft.Coyote.Runtime;
using Microsoft.Coyote.Specifications;
using Vm.Concurrency;
using Vm.ConcurrencyTests.Harness;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.ConcurrencyTests.FreeThreaded;

public interface ICriticalSections
{
    void Begin(PyThreadState ts, PyObject o);
    void End(PyThreadState ts, PyObject o);
    void Begin2(PyThreadState ts, PyObject a, PyObject b);
    void End2(PyThreadState ts, PyObject a, PyObject b);
    void Detach(PyThreadState ts);
    void Attach(PyThreadState ts);
    /// <summary>What the eval loop does at an eval-breaker check (FreeThreadedSync.HandleEvalBreaker).</summary>
    void EvalBreakerCheck(PyThreadState ts);
    void BeginLeaf(PyThreadState ts, PyObject o);
    void EndLeaf(PyThreadState ts, PyObject o);
}

public sealed class RealCriticalSections : ICriticalSections
{
    public void Begin(PyThreadState ts, PyObject o) => FreeThreadedSync.Lock(ts, o);
    public void End(PyThreadState ts, PyObject o) => FreeThreadedSync.Unlock(ts, o);
    public void Begin2(PyThreadState ts, PyObject a, PyObject b) => FreeThreadedSync.Lock2(ts, a, b);
    public void End2(PyThreadState ts, PyObject a, PyObject b) => FreeThreadedSync.Unlock2(ts, a, b);
    public void Detach(PyThreadState ts) => FreeThreadedSync.Detach(ts);
    public void Attach(PyThreadState ts) => FreeThreadedSync.Attach(ts);
    public void EvalBreakerCheck(PyThreadState ts) => FreeThreadedSync.HandleEvalBreaker(ts);
    public void BeginLeaf(PyThreadState ts, PyObject o) => FreeThreadedSync.LockLeaf(ts, o);
    public void EndLeaf(PyThreadState ts, PyObject o) => FreeThreadedSync.UnlockLeaf(ts, o);
}

/// <summary>An object with a counter guarded by its own critical section.</summary>
public sealed class Counted : PyObject
{
    public int Value;
    public Counted(PyType t) : base(t) { }

    /// <summary>A read-modify-write with a scheduling point in the middle: loses updates unless the section holds.</summary>
    public void Increment()
    {
        int v = Value;
        SchedulingPoint.Interleave();
        Value = v + 1;
    }
}

public static class CriticalSectionScenarios
{
    private static PyThreadState Start(MiniRuntime rt) => rt.NewAttachedThread();

    private static void Exit(MiniRuntime rt, PyThreadState ts)
    {
        rt.DeleteThreadState(ts);
        FreeThreadedSync.Detach(ts);
    }

    /// <summary>A thread that starts, runs one section on <paramref name="a"/> (one increment) and exits.</summary>
    private static Action OneSection(ICriticalSections cs, MiniRuntime rt, Counted a) => () =>
    {
        var ts = Start(rt);
        cs.Begin(ts, a);
        a.Increment();
        cs.End(ts, a);
        Exit(rt, ts);
    };

    public static void OppositeOrders(ICriticalSections cs)
    {
        var rt = MiniRuntime.FreeThreaded();
        var a = new Counted(rt.ObjType);
        var b = new Counted(rt.ObjType);
        Action<PyObject, PyObject> body = (x, y) =>
        {
            var ts = Start(rt);
            for (int i = 0; i < 2; i++)
            {
                cs.Begin2(ts, x, y);
                a.Increment();
                b.Increment();
                cs.End2(ts, x, y);
            }
            Exit(rt, ts);
        };
        Threads.RunAll(() => body(a, b), () => body(b, a));
        Specification.Assert(a.Value == 4 && b.Value == 4, $"two-object sections lost updates: a={a.Value} b={b.Value}");
    }

    public static void SuspendedAcrossBlocking(ICriticalSections cs)
    {
        var rt = MiniRuntime.FreeThreaded();
        var a = new Counted(rt.ObjType);
        var lk = new LockCore();
        Specification.Assert(lk.TryAcquire(), "fresh lock");
        Threads.RunAll(
            () =>
            {
                var ts = Start(rt);
                cs.Begin(ts, a);
                a.Increment();
                // lock.acquire() inside the section: blocks, so the section must be suspended.
                if (!lk.TryAcquire())
                {
                    cs.Detach(ts);
                    lk.Acquire(ts, blocking: true, timeoutSeconds: -1, rt.WaitSeam);
                    cs.Attach(ts); // resumes the section: a is locked again
                }
                a.Increment();
                cs.End(ts, a);
                lk.Release();
                Exit(rt, ts);
            },
            () =>
            {
                var ts = Start(rt);
                cs.Begin(ts, a);   // possible only while the other thread's section is suspended
                a.Increment();
                cs.End(ts, a);
                lk.Release();
                Exit(rt, ts);
            });
        Specification.Assert(a.Value == 3, $"section suspended across a blocking call lost updates: {a.Value}");
    }

    /// <summary>The owner scenarios' frame: one thread claims <paramref name="a"/> (it owns it) and runs
    /// <paramref name="ownerBody"/>, two others each run one section on it; the owner ends with an empty
    /// section stack.</summary>
    private static void OwnerBesideTwoOthers(ICriticalSections cs, MiniRuntime rt, Counted a, Action<PyThreadState> ownerBody)
    {
        Action other = OneSection(cs, rt, a);
        Threads.RunAll(
            () =>
            {
                var ts = Start(rt);
                FreeThreadedSync.IncRef(ts, a); // claims it: this thread owns a
                ownerBody(ts);
                Specification.Assert(FreeThreadedSync.ThreadStateOf(ts).CriticalSectionDepth == 0, "critical-section stack not empty");
                Exit(rt, ts);
            },
            other, other);
        Specification.Assert(!ObjectMutex.IsLocked(a), "the mutex is still locked");
    }

    public static void OwnerAndOthers(ICriticalSections cs)
    {
        var rt = MiniRuntime.FreeThreaded();
        var a = new Counted(rt.ObjType);
        bool ownerSections = false;
        OwnerBesideTwoOthers(cs, rt, a, ts =>
        {
            for (int i = 0; i < 2; i++)
            {
                cs.Begin(ts, a);
                ownerSections |= !ObjectMutex.IsLocked(a);
                a.Increment();
                cs.EvalBreakerCheck(ts); // a handshake may suspend the section here
                a.Increment();
                cs.EvalBreakerCheck(ts);
                a.Increment();
                cs.End(ts, a);
                cs.EvalBreakerCheck(ts);
            }
        });
        Specification.Assert(a.Value == 8, $"owner sections lost updates: {a.Value} (owner sections used: {ownerSections})");
    }

    public static void OwnerLeafAndOthers(ICriticalSections cs)
    {
        var rt = MiniRuntime.FreeThreaded();
        var a = new Counted(rt.ObjType);
        OwnerBesideTwoOthers(cs, rt, a, ts =>
        {
            for (int i = 0; i < 2; i++)
            {
                cs.BeginLeaf(ts, a);
                a.Increment();
                cs.EndLeaf(ts, a);
                cs.EvalBreakerCheck(ts);
            }
            cs.Begin(ts, a);
            cs.EvalBreakerCheck(ts);     // a handshake may suspend the outer section here
            cs.BeginLeaf(ts, a);         // nested in it: must match the End below
            a.Increment();
            cs.EndLeaf(ts, a);
            a.Increment();
            cs.End(ts, a);
        });
        Specification.Assert(a.Value == 6, $"leaf owner sections lost updates: {a.Value}");
    }

    public static void ElisionBackOn(ICriticalSections cs)
    {
        var rt = MiniRuntime.FreeThreadedEliding();
        var a = new Counted(rt.ObjType);
        var first = Start(rt); // the runtime's first thread: it elides
        bool elidedAgain = false;
        Action<int> shortLived = late =>
        {
            for (int k = 0; k < late; k++) SchedulingPoint.Interleave(); // starts at any moment, often late
            var ts = Start(rt);
            cs.Begin(ts, a);
            a.Increment();
            cs.End(ts, a);
            cs.EvalBreakerCheck(ts);
            Exit(rt, ts);
        };
        cs.Detach(first);
        Threads.RunAll(
            () =>
            {
                cs.Attach(first);
                for (int i = 0; i < 3; i++)
                {
                    cs.Begin(first, a);
                    a.Increment();
                    cs.End(first, a);
                    cs.BeginLeaf(first, a);
                    a.Increment();
                    cs.EndLeaf(first, a);
                    cs.EvalBreakerCheck(first);
                    cs.Detach(first); // a blocking call: where elision may come back on
                    cs.Attach(first);
                    elidedAgain |= FreeThreadedSync.ThreadStateOf(first).ElidesLocks;
                }
                Specification.Assert(FreeThreadedSync.ThreadStateOf(first).CriticalSectionDepth == 0, "critical-section stack not empty");
                cs.Detach(first);
            },
            () => shortLived(0), () => shortLived(8));
        Specification.Assert(a.Value == 8, $"sections lost updates around elision: {a.Value} (elided again: {elidedAgain})");
        Specification.Assert(!ObjectMutex.IsLocked(a), "the mutex is still locked");
    }

    public static void Nesting(ICriticalSections cs)
    {
        var rt = MiniRuntime.FreeThreaded();
        var a = new Counted(rt.ObjType);
        var b = new Counted(rt.ObjType);
        Action<Counted, Counted> body = (outer, inner) =>
        {
            var ts = Start(rt);
            cs.Begin(ts, outer);
            outer.Increment();
            cs.Begin(ts, outer);       // re-entrant: a no-op that End must match
            cs.Begin(ts, inner);       // contended: parks, suspending the outer section
            inner.Increment();
            cs.End(ts, inner);
            cs.End(ts, outer);
            outer.Increment();         // the outer section is the top again: resumed
            cs.End(ts, outer);
            Specification.Assert(FreeThreadedSync.ThreadStateOf(ts).CriticalSectionDepth == 0, "critical-section stack not empty");
            Exit(rt, ts);
        };
        Threads.RunAll(() => body(a, b), () => body(b, a));
        Specification.Assert(a.Value == 3 && b.Value == 3, $"nested sections lost updates: a={a.Value} b={b.Value}");
        Specification.Assert(!ObjectMutex.IsLocked(a) && !ObjectMutex.IsLocked(b), "a mutex is still locked");
    }
}
