// Quiescent-state-based reclamation of dead containers' storage (CPython: Python/qsbr.c,
// Include/internal/pycore_qsbr.h), for the per-thread pools (Runtime/Pools/DeadStorage.cs).
//
// Design note.
// THE HAZARD. A thread reads a container out of a shared place (a global, a list slot, an
// attribute) lock-free and holds it uncounted for a while: LOAD_GLOBAL and BINARY_SUBSCR push a
// borrowed reference, which is counted only when a STORE_FAST or a call's binding stores it, or
// which an instruction consumes (d.get(k) loaded from a global) after EnsureSharedOnRead. If the
// container's owner drops the last count meanwhile (rebinds the global and the slot), a pooled and
// emptied container shows up empty to that reader, which CPython never shows (its reader either
// counts the container while it is alive or reads the new one). tests/FreeThreaded/
// DeadStorageStressTests.cs shows it when the storage is pooled at death (3 runs in 5 failed).
// Where a reader can hold it uncounted, and across what (Interpreter.Eval.cs, FreeThreadedSync):
//  * between the load (LOAD_GLOBAL: GlobalCache's lock-free hit; BINARY_SUBSCR on a list:
//    ListOps' lock-free read; LOAD_ATTR of an instance's dict value) and the store or binding that
//    counts it, or the EnsureSharedOnRead of the consuming read (PyDict lookups, list reads).
//    No eval-breaker check and no detach lies between them in one instruction sequence of the
//    interpreter;
//  * on a value stack, across a call made with it below the arguments (`G_D[k()]`,
//    `G_L.index(f())`): the callee's RESUME and backward jumps check the eval breaker, and a
//    blocking call detaches. That reader reports quiescent while holding the container borrowed:
//    NOT covered by this scheme (CPython's stack holds strong references there); see below.
// THE SCHEME. A dead container whose storage may be pooled (DeadStorage.IsCandidate) keeps it and
// goes to its thread's pending queue (owner thread only: no lock) stamped with goal =
// ++FtRuntimeState.QsbrSeq (one Interlocked per death of such a container, ~1 per 1000 appends in
// issue 4's builds). Every thread publishes the sequence it saw (FtThreadState.QsbrObserved, one
// volatile write) when it reports a quiescent state: at its eval-breaker check when the QsbrReport
// bit is set, and at every Detach (a detached thread runs no Python code). The retiring thread sets
// QsbrReport on each attached thread that has not yet reported the goal, and releases (DeadStorage.
// Release) the entries whose goal every other ATTACHED thread's QsbrObserved has reached; detached,
// suspended and exited threads count as quiescent (CPython's offline threads). A thread that elides
// locks is the runtime's only thread: it releases at once. Release itself re-checks, in the
// container's section, that no reader marked it shared or counted it since (DeadStorage.cs), so a
// reader that still holds it (the stack case above) sees at worst the emptied container, never
// another container's items. At most MaxPending entries wait; when full, the oldest is released
// if it may be, else dropped (it keeps its storage, which the .NET GC reclaims). A retirement
// releases at most PerPoll entries: a burst of reports after the other thread was descheduled would
// otherwise release more arrays than the pool keeps, and the queue feeds the pool instead. Pending
// entries are never shared: an exiting thread's queue is dropped with it.
// WHY A REPORT IS ENOUGH. The container was unpublished (no shared place holds it) before it died,
// and the goal is taken after that (Interlocked: a full fence). A thread whose QsbrObserved >= goal
// read the sequence after the increment, at a point where it held no uncounted reference taken by
// the first kind above; every later load of the shared place sees the new value.
// Tests: tests/FreeThreaded/QsbrTests.cs (goals, reports, detached threads, release conditions);
// concurrency-tests/FreeThreaded/DeadStorageTests.cs (Coyote: a reader between the load and the
// read) and SeededBugs/SeededQsbrTests.cs (a seeded bug: released without waiting for the report).
using Vm.Objects;
using Vm.Runtime;

namespace Vm.FreeThreaded;

/// <summary>A thread's dead containers waiting for their storage's grace period (owner thread only).</summary>
internal sealed class QsbrPending
{
    private readonly PyObject?[] _items = new PyObject?[Qsbr.MaxPending];
    private readonly long[] _goals = new long[Qsbr.MaxPending];
    private int _head, _count;

    public int Count => _count;
    public long OldestGoal => _goals[_head];

    public void Enqueue(PyObject o, long goal)
    {
        int i = (_head + _count) % Qsbr.MaxPending;
        _items[i] = o;
        _goals[i] = goal;
        _count++;
    }

    public PyObject Dequeue()
    {
        var o = _items[_head]!;
        _items[_head] = null;
        _head = (_head + 1) % Qsbr.MaxPending;
        _count--;
        return o;
    }
}

public static class Qsbr
{
    /// <summary>Dead containers a thread keeps waiting at most.</summary>
    public const int MaxPending = 64;
    /// <summary>Pending containers a retirement releases at most (one death, about one rent).</summary>
    public const int PerPoll = 2;

    /// <summary>Adds <paramref name="ft"/> to the threads whose reports a release waits for.</summary>
    internal static void Register(FtThreadState ft)
    {
        var rs = ft.RuntimeState;
        lock (rs.QsbrLock)
        {
            var old = rs.QsbrThreads;
            var arr = new FtThreadState[old.Length + 1];
            Array.Copy(old, arr, old.Length);
            arr[^1] = ft;
            Volatile.Write(ref rs.QsbrThreads, arr);
        }
    }

    /// <summary>Removes an exiting thread (it counts as quiescent from now on anyway).</summary>
    internal static void Unregister(FtThreadState ft)
    {
        var rs = ft.RuntimeState;
        lock (rs.QsbrLock)
        {
            var old = rs.QsbrThreads;
            int i = Array.IndexOf(old, ft);
            if (i < 0) return;
            var arr = new FtThreadState[old.Length - 1];
            Array.Copy(old, arr, i);
            Array.Copy(old, i + 1, arr, i, old.Length - i - 1);
            Volatile.Write(ref rs.QsbrThreads, arr);
        }
        ft.QsbrQueue = null;
    }

    /// <summary>A quiescent state: this thread holds no reference it loaded uncounted before now (eval-breaker check, detach).</summary>
    internal static void Report(PyThreadState ts, FtThreadState ft)
    {
        if ((Volatile.Read(ref ts.EvalBreaker) & EvalBreakerBits.QsbrReport) != 0) ts.ClearEvalBreakerBit(EvalBreakerBits.QsbrReport);
        Volatile.Write(ref ft.QsbrObserved, Volatile.Read(ref ft.RuntimeState.QsbrSeq));
    }

    /// <summary>ISyncPolicy.RetireStorage: <paramref name="o"/> died on this thread; its storage is pooled once every other attached thread has reported (file header).</summary>
    public static void Retire(PyThreadState ts, PyObject o)
    {
        var ft = FreeThreadedSync.ThreadStateOf(ts);
        if (ft.Elide)
        {
            DeadStorage<FreeThreadedSync>.Release(ts, o); // the runtime's only thread
            ft.QsbrReleased++;
            return;
        }
        var rs = ft.RuntimeState;
        var q = ft.QsbrQueue ??= new QsbrPending();
        long min = MinObserved(ft);
        if (q.Count == MaxPending)
        {
            if (q.OldestGoal <= min) Release(ts, ft, q.Dequeue());
            else
            {
                q.Dequeue(); // keeps its storage
                ft.QsbrDropped++;
            }
        }
        long goal = Interlocked.Increment(ref rs.QsbrSeq);
        q.Enqueue(o, goal);
        RequestReports(ft, goal);
        // At most PerPoll: a burst of reports after a pause would otherwise release more storage than
        // the pool keeps (8 arrays a class); the rest waits here and feeds the pool at later deaths.
        for (int k = 0; k < PerPoll && q.Count > 0 && q.OldestGoal <= min; k++) Release(ts, ft, q.Dequeue());
    }

    private static void Release(PyThreadState ts, FtThreadState ft, PyObject o)
    {
        if (DeadStorage<FreeThreadedSync>.Release(ts, o)) ft.QsbrReleased++;
        else ft.QsbrRefused++;
    }

    /// <summary>The least sequence another attached thread has reported (long.MaxValue when none is attached).</summary>
    internal static long MinObserved(FtThreadState self)
    {
        long min = long.MaxValue;
        foreach (var t in Volatile.Read(ref self.RuntimeState.QsbrThreads))
        {
            if (ReferenceEquals(t, self) || Volatile.Read(ref t.Status) != ThreadStatus.Attached) continue;
            long seen = Volatile.Read(ref t.QsbrObserved);
            if (seen < min) min = seen;
        }
        return min;
    }

    /// <summary>Asks each other attached thread that has not reported <paramref name="goal"/> to report at its next eval-breaker check.</summary>
    private static void RequestReports(FtThreadState self, long goal)
    {
        foreach (var t in Volatile.Read(ref self.RuntimeState.QsbrThreads))
        {
            if (ReferenceEquals(t, self) || Volatile.Read(ref t.Status) != ThreadStatus.Attached) continue;
            if (Volatile.Read(ref t.QsbrObserved) >= goal) continue;
            if ((Volatile.Read(ref t.Thread.EvalBreaker) & EvalBreakerBits.QsbrReport) == 0) t.Thread.SetEvalBreakerBit(EvalBreakerBits.QsbrReport);
        }
    }
}
