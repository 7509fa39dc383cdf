// Per-object critical sections (src/Vm.FreeThreaded/CriticalSections.cs) and the object mutex
// under them (ObjectMutex.cs): re-entrancy, two-object order, suspension on detach and lazy
// resumption, locking an object an outer section holds, and real-thread contention.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class CriticalSectionTests
{
    private static bool Locked(PyObject o) => ObjectMutex.IsLocked(o);
    private static int Depth(PyThreadState ts) => FreeThreadedSync.ThreadStateOf(ts).CriticalSectionDepth;

    [Fact]
    public void SingleSection_LocksAndUnlocks()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var a = rt.NewObj();
        using (new CriticalSection<FreeThreadedSync>(ts, a))
        {
            Assert.Equal(ObjectMutex.Locked, ObjectMutex.StateOf(a));
            Assert.Equal(1, Depth(ts));
            Assert.True(CriticalSections.IsHeldByTop(ts, a));
        }
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(a));
        Assert.Equal(0, Depth(ts));
    }

    [Fact]
    public void ReentrantSection_OnTheTopObject_IsANoOp()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var a = rt.NewObj();
        FreeThreadedSync.Lock(ts, a);
        FreeThreadedSync.Lock(ts, a);
        FreeThreadedSync.Lock(ts, a);
        Assert.Equal(1, Depth(ts));
        FreeThreadedSync.Unlock(ts, a);
        Assert.True(Locked(a));
        FreeThreadedSync.Unlock(ts, a);
        Assert.True(Locked(a));
        FreeThreadedSync.Unlock(ts, a);
        Assert.False(Locked(a));
        Assert.Equal(0, Depth(ts));
    }

    [Fact]
    public void TwoObjectSection_LocksBoth_AndSameObjectLocksOnce()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var a = rt.NewObj();
        var b = rt.NewObj();
        using (new CriticalSection2<FreeThreadedSync>(ts, a, b))
        {
            Assert.True(Locked(a));
            Assert.True(Locked(b));
            Assert.Equal(1, Depth(ts));
            // Re-entrant on either object, or on both in either order.
            using (new CriticalSection<FreeThreadedSync>(ts, b))
            using (new CriticalSection2<FreeThreadedSync>(ts, b, a))
                Assert.Equal(1, Depth(ts));
            Assert.True(Locked(a));
            Assert.True(Locked(b));
        }
        Assert.False(Locked(a));
        Assert.False(Locked(b));

        using (new CriticalSection2<FreeThreadedSync>(ts, a, a))
        {
            Assert.Equal(ObjectMutex.Locked, ObjectMutex.StateOf(a));
            Assert.Equal(1, Depth(ts));
        }
        Assert.False(Locked(a));
        Assert.Equal(0, Depth(ts));
    }

    [Fact]
    public void LockOrder_IsAStrictTotalOrder()
    {
        var rt = new FtTestRuntime();
        var objs = Enumerable.Range(0, 200).Select(_ => rt.NewObj()).ToArray();
        foreach (var x in objs)
        {
            foreach (var y in objs)
            {
                if (ReferenceEquals(x, y)) continue;
                Assert.NotEqual(CriticalSections.OrderedBefore(rt.State, x, y), CriticalSections.OrderedBefore(rt.State, y, x));
            }
        }
        // The tie-breaker is unique and stable.
        Assert.Equal(rt.State.OrderIdOf(objs[0]), rt.State.OrderIdOf(objs[0]));
        Assert.NotEqual(rt.State.OrderIdOf(objs[0]), rt.State.OrderIdOf(objs[1]));
    }

    [Fact]
    public void NestedSections_OnDifferentObjects_HoldBoth()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var a = rt.NewObj();
        var b = rt.NewObj();
        FreeThreadedSync.Lock(ts, a);
        FreeThreadedSync.Lock(ts, b);
        Assert.True(Locked(a));
        Assert.True(Locked(b));
        Assert.Equal(2, Depth(ts));
        FreeThreadedSync.Unlock(ts, b);
        Assert.True(Locked(a));
        Assert.False(Locked(b));
        FreeThreadedSync.Unlock(ts, a);
        Assert.False(Locked(a));
    }

    [Fact]
    public void Detach_SuspendsAll_AttachResumesOnlyTheTop_EndResumesTheOuter()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var a = rt.NewObj();
        var b = rt.NewObj();
        var c = rt.NewObj();
        FreeThreadedSync.Lock(ts, a);
        FreeThreadedSync.Lock2(ts, b, c);

        FreeThreadedSync.Detach(ts);
        Assert.False(Locked(a));
        Assert.False(Locked(b));
        Assert.False(Locked(c));
        Assert.Equal(ThreadStatus.Detached, FreeThreadedSync.ThreadStateOf(ts).CurrentStatus);

        FreeThreadedSync.Attach(ts);
        Assert.Equal(ThreadStatus.Attached, FreeThreadedSync.ThreadStateOf(ts).CurrentStatus);
        Assert.False(Locked(a)); // outer: resumed lazily
        Assert.True(Locked(b));
        Assert.True(Locked(c));

        FreeThreadedSync.Unlock2(ts, b, c);
        Assert.False(Locked(b));
        Assert.False(Locked(c));
        Assert.True(Locked(a)); // popped down to it: re-locked

        FreeThreadedSync.Unlock(ts, a);
        Assert.False(Locked(a));
        Assert.Equal(0, Depth(ts));
    }

    [Fact]
    public void DetachedScope_SuspendsAndResumes()
    {
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var a = rt.NewObj();
        using (new CriticalSection<FreeThreadedSync>(ts, a))
        {
            using (new Detached<FreeThreadedSync>(ts))
                Assert.False(Locked(a));
            Assert.True(Locked(a));
        }
        Assert.False(Locked(a));
    }

    [Fact]
    public void LockingAnObjectAnOuterSectionHolds_SuspendsTheOuter_InsteadOfDeadlocking()
    {
        // CPython's rule: only the top section is re-entrant for free; an object held further
        // down is "contended", so the thread detaches (suspending its sections, which releases
        // the object) and then takes it.
        var rt = new FtTestRuntime();
        var ts = rt.NewAttachedThread();
        var a = rt.NewObj();
        var b = rt.NewObj();
        FreeThreadedSync.Lock(ts, a);
        FreeThreadedSync.Lock(ts, b);
        FreeThreadedSync.Lock(ts, a); // not the top: goes through the slow path
        Assert.Equal(3, Depth(ts));
        Assert.True(Locked(a));
        Assert.False(Locked(b)); // suspended

        FreeThreadedSync.Unlock(ts, a);
        Assert.False(Locked(a));
        Assert.True(Locked(b)); // resumed as the new top

        FreeThreadedSync.Unlock(ts, b);
        Assert.True(Locked(a));
        Assert.False(Locked(b));

        FreeThreadedSync.Unlock(ts, a);
        Assert.False(Locked(a));
        Assert.Equal(0, Depth(ts));
    }

    [Fact]
    public void BlockedThread_SuspendsItsSections_SoTheHolderCanTakeThem()
    {
        // t holds A and will want C; main holds C and wants A. Without suspension this deadlocks.
        var rt = new FtTestRuntime();
        var main = rt.NewAttachedThread();
        var a = rt.NewObj();
        var c = rt.NewObj();
        var errors = new List<Exception>();
        int tHoldsA = 0, mainHasA = 0;

        FreeThreadedSync.Lock(main, c);
        var t = FtThreads.Start(() =>
        {
            var ts = rt.NewAttachedThread();
            FreeThreadedSync.Lock(ts, a);
            Volatile.Write(ref tHoldsA, 1);
            FreeThreadedSync.Lock(ts, c); // blocks until main lets go of c
            Assert.True(CriticalSections.IsHeldByTop(ts, c));
            FreeThreadedSync.Unlock(ts, c);
            Assert.True(Locked(a)); // a was resumed
            FreeThreadedSync.Unlock(ts, a);
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        }, errors);

        FtThreads.WaitUntil(() => Volatile.Read(ref tHoldsA) == 1, "t to lock a");
        // main blocks on a: it suspends its own section on c, which unblocks t, which finishes
        // and releases a.
        FreeThreadedSync.Lock(main, a);
        Volatile.Write(ref mainHasA, 1);
        FreeThreadedSync.Unlock(main, a);
        Assert.True(Locked(c)); // main's section on c is the top again (resumed if it was suspended)
        FreeThreadedSync.Unlock(main, c);
        FtThreads.Join(t, errors);
        Assert.Equal(1, mainHasA);
        Assert.False(Locked(a));
        Assert.False(Locked(c));
    }

    [Fact]
    public void TwoObjectSections_InOppositeArgumentOrder_DoNotDeadlock_AndExclude()
    {
        var rt = new FtTestRuntime();
        var a = rt.NewObj();
        var b = rt.NewObj();
        var counter = new Counter();
        const int N = 20_000;
        FtThreads.Run(4, k =>
        {
            var ts = rt.NewAttachedThread();
            for (int i = 0; i < N; i++)
            {
                var (x, y) = (k & 1) == 0 ? (a, b) : (b, a);
                FreeThreadedSync.Lock2(ts, x, y);
                counter.Value++;
                FreeThreadedSync.Unlock2(ts, x, y);
            }
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        });
        Assert.Equal(4 * N, counter.Value);
        Assert.False(Locked(a));
        Assert.False(Locked(b));
    }

    [Fact]
    public void NestedSections_InOppositeOrder_DoNotDeadlock_AndTheTopObjectIsExclusive()
    {
        // Thread kinds lock a-then-b and b-then-a. Each plain counter is only touched while its
        // object's section is the running (top) one.
        var rt = new FtTestRuntime();
        var a = rt.NewObj();
        var b = rt.NewObj();
        var ca = new Counter();
        var cb = new Counter();
        const int N = 10_000;
        FtThreads.Run(4, k =>
        {
            var ts = rt.NewAttachedThread();
            var (x, y, cx, cy) = (k & 1) == 0 ? (a, b, ca, cb) : (b, a, cb, ca);
            for (int i = 0; i < N; i++)
            {
                FreeThreadedSync.Lock(ts, x);
                cx.Value++;
                FreeThreadedSync.Lock(ts, y);
                cy.Value++;
                FreeThreadedSync.Unlock(ts, y);
                cx.Value++;
                FreeThreadedSync.Unlock(ts, x);
            }
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        });
        Assert.Equal(3 * 2 * N, ca.Value);
        Assert.Equal(3 * 2 * N, cb.Value);
    }

    [Fact]
    public void ObjectMutex_Basics()
    {
        var rt = new FtTestRuntime();
        var o = rt.NewObj();
        Assert.True(ObjectMutex.TryLock(o));
        Assert.False(ObjectMutex.TryLock(o));
        ObjectMutex.Unlock(rt.State, o);
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(o));
        Assert.Throws<InvalidOperationException>(() => ObjectMutex.Unlock(rt.State, o));
    }

    [Fact]
    public void ObjectMutex_ProtectsAPlainCounter_FourThreads()
    {
        var rt = new FtTestRuntime();
        var o = rt.NewObj();
        var counter = new Counter();
        const int N = 100_000;
        FtThreads.Run(4, _ =>
        {
            for (int i = 0; i < N; i++)
            {
                ObjectMutex.Lock(rt.State, o);
                counter.Value++;
                ObjectMutex.Unlock(rt.State, o);
            }
        });
        Assert.Equal(4 * N, counter.Value);
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(o));
    }

    [Fact]
    public void ObjectMutex_DetachingLock_ProtectsAPlainCounter_FourThreads()
    {
        var rt = new FtTestRuntime();
        var o = rt.NewObj();
        var counter = new Counter();
        const int N = 50_000;
        FtThreads.Run(4, _ =>
        {
            var ts = rt.NewAttachedThread();
            for (int i = 0; i < N; i++)
            {
                ObjectMutex.Lock(ts, o);
                counter.Value++;
                ObjectMutex.Unlock(rt.State, o);
            }
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        });
        Assert.Equal(4 * N, counter.Value);
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(o));
    }

    [Fact]
    public void ObjectMutex_ManyObjectsSharingBuckets_NoLostWakeUps()
    {
        // Two parking buckets for 8 objects: waiters of different objects share a monitor.
        var rt = new FtTestRuntime();
        var rs = new FtRuntimeState(rt, parkingBuckets: 2);
        var objs = Enumerable.Range(0, 8).Select(_ => rt.NewObj()).ToArray();
        var counters = objs.Select(_ => new Counter()).ToArray();
        const int N = 20_000;
        FtThreads.Run(6, k =>
        {
            for (int i = 0; i < N; i++)
            {
                int j = (i * 7 + k) & 7;
                ObjectMutex.Lock(rs, objs[j]);
                counters[j].Value++;
                ObjectMutex.Unlock(rs, objs[j]);
            }
        });
        Assert.Equal(6 * N, counters.Sum(c => c.Value));
    }

    [Fact]
    public void ObjectMutex_SharesItsWordWithTheFlags_WithoutDisturbingThem()
    {
        // The mutex is two bits of FlagBits: locking and unlocking (fast and slow paths) keep every
        // other flag and the deferred-index bits, and a flag changed while the mutex is held survives.
        var rt = new FtTestRuntime();
        var o = rt.NewObj();
        int others = (int)(ObjectFlags.GcBuffered | ObjectFlags.HasWeakRefs) | (12345 << DeferredRefCount.IndexShift);
        o.FlagBits = others;
        Assert.True(ObjectMutex.TryLock(o));
        Assert.Equal(others | (int)ObjectFlags.MutexLocked, o.FlagBits);
        Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.HasId); // another thread's flag update while held
        Assert.True(ObjectMutex.TryUnlockUncontended(o));
        Assert.Equal(others | (int)ObjectFlags.HasId, o.FlagBits);

        // Slow path: locked with waiters (state 2) unlocks through the atomic AND.
        o.FlagBits = others | (int)(ObjectFlags.MutexLocked | ObjectFlags.MutexWaiters);
        Assert.Equal(ObjectMutex.LockedWithWaiters, ObjectMutex.StateOf(o));
        Assert.False(ObjectMutex.TryUnlockUncontended(o));
        ObjectMutex.Unlock(rt.State, o);
        Assert.Equal(others, o.FlagBits);
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(o));
    }

    [Fact]
    public void ObjectMutex_AndFlagUpdates_OnOneWord_LoseNothing()
    {
        // Two threads take the mutex around a plain counter while two others set and clear their own
        // flag bit with Interlocked (as GcCandidates and id() do). A lost update on the shared word
        // would show as a wrong count (mutual exclusion broken), a flag bit that did not stick, or a
        // mutex bit left behind.
        var rt = new FtTestRuntime();
        var o = rt.NewObj();
        var counter = new Counter();
        var lostFlags = new Counter();
        const int N = 50_000;
        int[] bits = [(int)ObjectFlags.GcBuffered, (int)ObjectFlags.HasId];
        FtThreads.Run(4, k =>
        {
            if (k < 2)
            {
                for (int i = 0; i < N; i++)
                {
                    ObjectMutex.Lock(rt.State, o);
                    counter.Value++;
                    ObjectMutex.Unlock(rt.State, o);
                }
                return;
            }
            int bit = bits[k - 2];
            for (int i = 0; i < N; i++)
            {
                Interlocked.Or(ref o.FlagBits, bit);
                if ((Volatile.Read(ref o.FlagBits) & bit) == 0) Interlocked.Increment(ref lostFlags.Value);
                Interlocked.And(ref o.FlagBits, ~bit);
                if ((Volatile.Read(ref o.FlagBits) & bit) != 0) Interlocked.Increment(ref lostFlags.Value);
            }
        });
        Assert.Equal(2 * N, counter.Value);
        Assert.Equal(0, lostFlags.Value);
        Assert.Equal(0, o.FlagBits);
    }

    private sealed class Counter
    {
        public int Value;
    }
}
