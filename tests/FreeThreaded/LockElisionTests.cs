// Single-thread lock elision (src/Vm.FreeThreaded/CriticalSections.cs, "ELISION"): the runtime's
// first thread keeps the same critical-section stack without taking mutexes, and the first attach
// of another thread stops the world and makes every section of the first thread that can still run
// hold its mutex for real (the top one at once, outer ones as they become the top).
using Vm.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class LockElisionTests
{
    private static int Depth(PyThreadState ts) => FreeThreadedSync.ThreadStateOf(ts).CriticalSectionDepth;
    private static bool Elides(PyThreadState ts) => FreeThreadedSync.ThreadStateOf(ts).ElidesLocks;

    [Fact]
    public void FirstThread_KeepsTheSameStack_WithoutTakingMutexes()
    {
        var rt = new FtTestRuntime(elide: true);
        var ts = rt.NewAttachedThread();
        Assert.True(Elides(ts));
        var a = rt.NewObj();
        var b = rt.NewObj();
        FreeThreadedSync.Lock(ts, a);
        FreeThreadedSync.Lock(ts, a); // re-entrant: no new entry
        Assert.Equal(1, Depth(ts));
        Assert.True(CriticalSections.IsHeldByTop(ts, a));
        FreeThreadedSync.Lock2(ts, a, b);
        Assert.Equal(2, Depth(ts));
        Assert.True(CriticalSections.IsHeldByTop(ts, b));
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(a));
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(b));

        // Detach suspends and Attach resumes, as on the locked path, still without mutexes.
        FreeThreadedSync.Detach(ts);
        Assert.False(CriticalSections.IsHeldByTop(ts, b));
        FreeThreadedSync.Attach(ts);
        Assert.True(CriticalSections.IsHeldByTop(ts, b));
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(b));

        FreeThreadedSync.Unlock2(ts, a, b);
        FreeThreadedSync.Unlock(ts, a);
        Assert.Equal(1, Depth(ts));
        FreeThreadedSync.Unlock(ts, a);
        Assert.Equal(0, Depth(ts));
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(a));
    }

    [Fact]
    public void OnlyTheFirstThread_Elides_AndNotWhenDisabled()
    {
        var rt = new FtTestRuntime(elide: true);
        var first = rt.NewThreadState();
        var second = rt.NewThreadState();
        Assert.True(Elides(first));
        Assert.False(Elides(second));

        var off = new FtTestRuntime();
        Assert.False(Elides(off.NewAttachedThread()));
        Assert.False(off.State.MayElide);
    }

    [Fact]
    public void SecondThreadAttaching_MakesTheFirstThreadsSectionsLockForReal()
    {
        var rt = new FtTestRuntime(elide: true);
        var main = rt.NewAttachedThread();
        var outer = rt.NewObj();
        var inner = rt.NewObj();
        FreeThreadedSync.Lock(main, outer);
        FreeThreadedSync.Lock(main, inner);
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(inner));

        int attached = 0, mainHolds = 0, acquired = 0;
        var errors = new List<Exception>();
        var t = FtThreads.Start(() =>
        {
            var ts = rt.NewThreadState();
            FreeThreadedSync.Attach(ts); // stops the world: main must park once
            Volatile.Write(ref attached, 1);
            // (While main was parked its sections were suspended, as for any parked thread.)
            while (Volatile.Read(ref mainHolds) == 0) Thread.Yield();
            FreeThreadedSync.Lock(ts, inner); // must wait for main's section on inner
            Volatile.Write(ref acquired, 1);
            FreeThreadedSync.Unlock(ts, inner);
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        }, errors);

        // The eval loop's part: poll the eval breaker until the worker is in.
        FtThreads.WaitUntil(() =>
        {
            if (Volatile.Read(ref main.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(main);
            return Volatile.Read(ref attached) == 1;
        }, "the worker to attach");
        Assert.False(Elides(main));
        Assert.False(rt.State.MayElide);
        // The top section was resumed with its mutex; the outer one stays suspended until popped to.
        Assert.NotEqual(ObjectMutex.Unlocked, ObjectMutex.StateOf(inner));
        Assert.True(CriticalSections.IsHeldByTop(main, inner));
        Volatile.Write(ref mainHolds, 1);
        Thread.Sleep(200); // the worker, if the section did not hold the mutex, would get in now
        Assert.Equal(0, Volatile.Read(ref acquired));

        FreeThreadedSync.Unlock(main, inner);
        // Popping down to the outer section re-locked it for real.
        Assert.NotEqual(ObjectMutex.Unlocked, ObjectMutex.StateOf(outer));
        Assert.True(CriticalSections.IsHeldByTop(main, outer));
        FreeThreadedSync.Unlock(main, outer);
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(outer));
        FtThreads.Join(t, errors);
        Assert.Equal(1, Volatile.Read(ref acquired));
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(inner));
        Assert.Equal(0, Depth(main));
    }

    [Fact]
    public void FirstThreadDetachedAtTheSwitch_ResumesItsSectionWithTheMutex()
    {
        var rt = new FtTestRuntime(elide: true);
        var main = rt.NewAttachedThread();
        var keeper = rt.NewThreadState(); // live (never attached): main is not left alone after the worker exits
        var obj = rt.NewObj();
        FreeThreadedSync.Lock(main, obj);
        FreeThreadedSync.Detach(main); // blocked, as in a join: the pause suspends it as it is

        var errors = new List<Exception>();
        var t = FtThreads.Start(() =>
        {
            var ts = rt.NewAttachedThread();
            // main holds nothing while detached: the worker may take the object meanwhile.
            FreeThreadedSync.Lock(ts, obj);
            FreeThreadedSync.Unlock(ts, obj);
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        }, errors);
        FtThreads.Join(t, errors);

        FreeThreadedSync.Attach(main);
        Assert.False(Elides(main));
        Assert.Equal(ObjectMutex.Locked, ObjectMutex.StateOf(obj));
        FreeThreadedSync.Unlock(main, obj);
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(obj));
        Assert.NotNull(keeper);
    }

    /// <summary>
    /// CriticalSections.ResumeElision: a thread that re-attaches with no section open when every other thread has
    /// exited elides again (inside a section it does not: the section resumes with its mutex); a new thread ends
    /// that elision as it ended the first (it sees main not eliding), and main elides again once that one has
    /// exited too.
    /// </summary>
    [Fact]
    public void AloneAgain_ElidesAgain_AndTheNextThreadEndsIt()
    {
        var rt = new FtTestRuntime(elide: true);
        var main = rt.NewAttachedThread();
        var keeper = rt.NewThreadState(); // live: elision stays off until it exits
        var obj = rt.NewObj();
        var errors = new List<Exception>();
        FreeThreadedSync.Detach(main);
        FtThreads.Join(FtThreads.Start(() =>
        {
            var ts = rt.NewAttachedThread();
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        }, errors), errors);
        FreeThreadedSync.Attach(main);
        Assert.False(Elides(main)); // the keeper lives
        FreeThreadedSync.Lock(main, obj);
        Assert.Equal(ObjectMutex.Locked, ObjectMutex.StateOf(obj));
        FreeThreadedSync.Detach(main); // suspends the section: the mutex is released
        rt.DeleteThreadState(keeper);
        FreeThreadedSync.Attach(main);
        Assert.False(Elides(main)); // alone, but inside a section: not now
        Assert.Equal(ObjectMutex.Locked, ObjectMutex.StateOf(obj)); // resumed with its mutex
        FreeThreadedSync.Unlock(main, obj);
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(obj));
        FreeThreadedSync.Detach(main);
        FreeThreadedSync.Attach(main);
        Assert.True(Elides(main)); // alone, no section: elides again
        FreeThreadedSync.Lock(main, obj);
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(obj)); // an elided section
        FreeThreadedSync.Unlock(main, obj);
        Assert.Equal(0, Depth(main));

        FreeThreadedSync.Lock(main, obj);
        FreeThreadedSync.Detach(main);
        bool sawMainEliding = true;
        FtThreads.Join(FtThreads.Start(() =>
        {
            var ts = rt.NewAttachedThread(); // ends main's elision: a pause
            sawMainEliding = Elides(main);
            FreeThreadedSync.Lock(ts, obj);  // main's section is suspended: free
            FreeThreadedSync.Unlock(ts, obj);
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        }, errors), errors);
        Assert.False(sawMainEliding);
        FreeThreadedSync.Attach(main); // alone again, but inside the section
        Assert.False(Elides(main));
        FreeThreadedSync.Unlock(main, obj);
        Assert.Equal(0, Depth(main));
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(obj));
        FreeThreadedSync.Detach(main);
        FreeThreadedSync.Attach(main);
        Assert.True(Elides(main));
    }

    [Fact]
    public void ManyThreads_AfterTheSwitch_KeepMutualExclusion()
    {
        var rt = new FtTestRuntime(elide: true);
        var main = rt.NewAttachedThread();
        var obj = rt.NewObj();
        long counter = 0, mainRounds = 0;
        const int perThread = 2000;
        FtThreads.Run(4, _ =>
        {
            var ts = rt.NewAttachedThread();
            for (int i = 0; i < perThread; i++)
            {
                FreeThreadedSync.Lock(ts, obj);
                long c = counter; // a plain read-modify-write: only the section makes it exact
                Thread.SpinWait(5);
                counter = c + 1;
                FreeThreadedSync.Unlock(ts, obj);
                if (Volatile.Read(ref ts.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(ts);
            }
            FreeThreadedSync.Detach(ts);
            rt.DeleteThreadState(ts);
        }, mainLoop: () =>
        {
            FreeThreadedSync.Lock(main, obj);
            long c = counter;
            Thread.SpinWait(5);
            counter = c + 1;
            FreeThreadedSync.Unlock(main, obj);
            if (Volatile.Read(ref main.EvalBreaker) != 0) FreeThreadedSync.HandleEvalBreaker(main);
            mainRounds++;
        });
        // (main may elide again by now: it does once it re-attaches after the last worker exited, ResumeElision)
        Assert.Equal(4L * perThread + mainRounds, counter);
    }

    /// <summary>
    /// Leaf sections (CriticalSections.cs, "LEAF SECTIONS"): skipped entirely while the thread
    /// elides, ordinary sections (an entry, the mutex held) when it does not, and after the switch.
    /// </summary>
    [Fact]
    public void LeafSections_SkippedWhileEliding_OrdinaryOtherwise()
    {
        var rt = new FtTestRuntime(elide: true);
        var (main, a) = (rt.NewAttachedThread(), rt.NewObj());
        FreeThreadedSync.LockLeaf(main, a);
        Assert.Equal(0, Depth(main));
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(a));
        FreeThreadedSync.UnlockLeaf(main, a);
        Assert.Equal(0, Depth(main));
        // Inside an ordinary section on the same object: nothing added, nothing removed.
        FreeThreadedSync.Lock(main, a);
        FreeThreadedSync.LockLeaf(main, a);
        FreeThreadedSync.UnlockLeaf(main, a);
        Assert.Equal(1, Depth(main));
        Assert.True(CriticalSections.IsHeldByTop(main, a));
        FreeThreadedSync.Unlock(main, a);
        Assert.Equal(0, Depth(main));

        // Without elision: an ordinary section.
        var off = new FtTestRuntime();
        var ts = off.NewAttachedThread();
        var b = off.NewObj();
        FreeThreadedSync.LockLeaf(ts, b);
        Assert.Equal(1, Depth(ts));
        Assert.True(CriticalSections.IsHeldByTop(ts, b));
        Assert.Equal(ObjectMutex.Locked, ObjectMutex.StateOf(b));
        FreeThreadedSync.UnlockLeaf(ts, b);
        Assert.Equal(0, Depth(ts));
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(b));

        // After the switch the first thread's leaf sections lock too (while another thread lives).
        var keeper = rt.NewThreadState();
        FreeThreadedSync.Detach(main);
        var errors = new List<Exception>();
        var t = FtThreads.Start(() =>
        {
            var w = rt.NewAttachedThread();
            FreeThreadedSync.Detach(w);
            rt.DeleteThreadState(w);
        }, errors);
        FtThreads.Join(t, errors);
        FreeThreadedSync.Attach(main);
        Assert.False(Elides(main));
        FreeThreadedSync.LockLeaf(main, a);
        Assert.Equal(1, Depth(main));
        Assert.Equal(ObjectMutex.Locked, ObjectMutex.StateOf(a));
        FreeThreadedSync.UnlockLeaf(main, a);
        Assert.Equal(ObjectMutex.Unlocked, ObjectMutex.StateOf(a));
    }

    /// <summary>
    /// The paths that use leaf sections (list append, item and slice stores, instance attribute
    /// stores), run by the main thread alone (skipped), then by it and four workers at once after
    /// the switch (locked): no append or attribute store is lost, on either backend.
    /// </summary>
    [Fact]
    public void LeafSectionPaths_BeforeAndAfterTheSwitch_LoseNothing()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + """
            class O:
                pass
            shared = O()
            l = []
            K = 4000
            for j in range(K):
                l.append(-1)
                setattr(shared, "m%d" % (j % 5), j)
            l[0:2] = [-1, -1]
            def w(i):
                for j in range(K):
                    l.append(i)
                    setattr(shared, "a%d_%d" % (i, j % 5), j)
                    l[j] = -1
            ts = [threading.Thread(target=w, args=(i,)) for i in range(4)]
            for t in ts:
                t.start()
            for j in range(K):
                l.append(-2)
                setattr(shared, "m%d" % (j % 5), j)
                l[j + 1:j + 1] = []
            for t in ts:
                t.join()
            assert len(l) == 6 * K, len(l)
            assert l.count(-1) == K and l.count(-2) == K, (l.count(-1), l.count(-2))
            for i in range(4):
                assert l.count(i) == K, (i, l.count(i))
                for k in range(5):
                    assert getattr(shared, "a%d_%d" % (i, k)) == K - 5 + k
            for k in range(5):
                assert getattr(shared, "m%d" % k) == K - 5 + k
            assert len(vars(shared)) == 25, len(vars(shared))
            print("ok")
            """);
    }

    /// <summary>A stored object whose count the programs below check at the end (`box`, `base`).</summary>
    private const string BoxPrelude = """
        class Box:
            pass
        box = Box()
        base = sys.getrefcount(box)

        """;

    /// <summary>
    /// The mutating methods that run as leaf sections (list pop/insert/del/clear/extend, dict pop/popitem/clear of
    /// plain keys, set pop/clear, deque and bytearray mutators): skipped by the main thread alone, then owner leaf
    /// sections (no entry) on the objects each thread owns, and locked on the objects shared by five threads, one
    /// of which created them (its bias revoked). No pop is lost or duplicated, and the counts of a popped object
    /// come back to where they started, on either backend.
    /// </summary>
    [Fact]
    public void LeafMutators_BeforeAndAfterTheSwitch_LoseAndDuplicateNothing()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + BoxPrelude + """
            from collections import deque
            K = 3000
            def private(i):
                l, d, s, q, b = [], {}, set(), deque(), bytearray()
                for j in range(K):
                    l.insert(0, box); l.extend((j, box)); d[j] = box; d["k%d" % j] = j
                    s.add(j); q.append(box); q.appendleft(j); b.append(j & 255)
                    if j % 3 == 0:
                        del l[0]; l.pop(); d.pop(j); d.popitem(); s.pop(); q.pop(); q.popleft(); b.pop()
                n = len(l)
                assert n == 3 * K - 2 * ((K + 2) // 3), (i, n)
                l.clear(); d.clear(); s.clear(); q.clear(); del b[:]
                assert not l and not d and not s and not q and not b
            private(-1)
            assert sys.getrefcount(box) == base, (sys.getrefcount(box), base)
            sl = list(range(5 * K))
            sd = {j: j for j in range(5 * K)}
            sk = {j: j for j in range(5 * K)}
            sq = deque(range(5 * K))
            ss = set(range(5 * K))
            got = [([], [], [], [], []) for _ in range(5)]
            def w(i):
                private(i)
                fl, fd, fk, fq, fs = got[i]
                for j in range(K):
                    fl.append(sl.pop())
                    fd.append(sd.popitem()[1])
                    fk.append(sk.pop(5 * j + i))
                    fq.append(sq.popleft())
                    fs.append(ss.pop())
            ts = [threading.Thread(target=w, args=(i,)) for i in range(4)]
            for t in ts:
                t.start()
            w(4)
            for t in ts:
                t.join()
            assert not sl and not sd and not sk and not sq and not ss, (len(sl), len(sd), len(sk), len(sq), len(ss))
            for src in range(5):
                allv = sorted(v for g in got for v in g[src])
                assert allv == list(range(5 * K)), ("a pop was lost or duplicated", src)
            assert sys.getrefcount(box) == base, (sys.getrefcount(box), base)
            print("ok")
            """);
    }

    /// <summary>
    /// Elision back on (CriticalSections.ResumeElision) and off again, in rounds: workers append to a shared list
    /// and pop from a shared dict while main does too, main joins them (alone again: it elides), appends and pops
    /// alone, and the next round's workers end its elision again. Nothing is lost or duplicated and the counts of
    /// a stored object come back to their start, on either backend.
    /// </summary>
    [Fact]
    public void ElisionBackOnBetweenRounds_LosesNothing()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + BoxPrelude + """
            K = 2000
            l = []
            d = {j: j for j in range(20 * K)}
            popped = []
            def w(i):
                for j in range(K):
                    l.append(box)
                    popped.append(d.popitem()[0])
            for r in range(3):
                ts = [threading.Thread(target=w, args=(i,)) for i in range(2)]
                for t in ts:
                    t.start()
                w(2)
                for t in ts:
                    t.join()
                w(3)  # alone
            assert len(l) == 12 * K, len(l)
            assert len(popped) == 12 * K and len(set(popped)) == 12 * K, len(set(popped))
            assert len(d) == 8 * K and not (set(d) & set(popped))
            l.clear()
            assert sys.getrefcount(box) == base, (sys.getrefcount(box), base)
            print("ok")
            """);
    }

    /// <summary>FreeThreadedSync.IsFloating's inline cases answer as BiasedRefCount.IsFloating does.</summary>
    [Fact]
    public void InlineIsFloating_EqualsTheSlowPath()
    {
        foreach (bool elide in new[] { true, false })
        {
            var rt = new FtTestRuntime(elide);
            var ts = rt.NewAttachedThread();
            var other = rt.NewThreadState(); // never attached: only its id is used, as an owner
            foreach (int tid in new[] { 0, ts.Id, other.Id, BiasedRefCount.MergedTid })
            foreach (int local in new[] { 0, 1, 2 })
            foreach (int shared in new[] { 0, 1 << SharedState.Shift, -(1 << SharedState.Shift), SharedState.Queued, (1 << SharedState.Shift) | SharedState.Queued, SharedState.Merged, (1 << SharedState.Shift) | SharedState.Merged })
            foreach (var flags in new[] { ObjectFlags.None, ObjectFlags.Immortal })
            {
                if (tid == 0 && local != 0) continue; // a fresh object has no local count
                var o = rt.NewObj();
                o.ObTid = tid;
                o.RefLocal = local;
                o.RefShared = shared;
                o.FlagBits = (int)flags;
                Assert.True(BiasedRefCount.IsFloating(ts, o) == FreeThreadedSync.IsFloating(ts, o),
                    $"elide={elide} tid={tid} local={local} shared={shared} flags={flags}");
            }
        }
    }
}
