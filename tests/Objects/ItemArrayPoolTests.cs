// The per-thread pool of list item arrays (Runtime/Pools/ItemArrayPool.cs) and PyList's STORAGE
// REUSE rules (Objects/PyList.cs): size classes, bounds, cleared arrays, capacities identical with
// and without the pool, what goes back (the old arrays of growing exact lists, the grown array of a
// dead exact list on the free-threaded backend) and what never does (arrays a caller installed, a list another thread read
// lock-free, alive or dead), on both
// backends; and a
// real-thread stress run where readers only ever see items of the list they read.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Vm.Runtime.Pools;
using Vm.Tests.Builtins.Containers;
using Xunit;

namespace Vm.Tests.Objects;

public sealed class ItemArrayPoolTests
{
    [Fact]
    public void SizeClasses_AreTheDoublingCapacitiesFrom16To4096()
    {
        int[] pooled = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096];
        for (int k = 0; k < pooled.Length; k++) Assert.Equal(k, ItemArrayPool.ClassOf(pooled[k]));
        foreach (int c in new[] { 0, 1, 4, 8, 15, 17, 24, 100, 6144, 8192, 9216 }) Assert.Equal(-1, ItemArrayPool.ClassOf(c));
        // Every class is a capacity the growth policy produces.
        for (int c = 16; c <= 4096; c *= 2) Assert.Equal(c, PyList.GrownCapacity(c / 2, c / 2 + 1));
    }

    [Fact]
    public void Rent_GivesAClearedArrayOfTheAskedLength_PooledOrNew()
    {
        var pool = new ItemArrayPool();
        var none = Runtimes.Gil().NewInt(1_000_007);
        var a = pool.Rent(64);
        Assert.Equal(64, a.Length);
        a[0] = none;
        a[63] = none;
        pool.Return(a);
        Assert.Equal(1, pool.Pooled(64));
        Assert.All(a, x => Assert.Null(x)); // cleared when pooled: keeps nothing alive
        var b = pool.Rent(64);
        Assert.Same(a, b);
        Assert.Equal(0, pool.Pooled(64));
        Assert.Equal(100, pool.Rent(100).Length); // not a class: a new array
        Assert.Equal(8, pool.Rent(8).Length);
    }

    [Fact]
    public void Return_KeepsAtMostPerClassArraysOfAClass_AndNoneOutsideTheClasses()
    {
        var pool = new ItemArrayPool();
        for (int i = 0; i < ItemArrayPool.PerClass + 3; i++) pool.Return(new PyObject?[128]);
        Assert.Equal(ItemArrayPool.PerClass, pool.Pooled(128));
        var small = new PyObject?[8];
        var big = new PyObject?[8192];
        var odd = new PyObject?[100];
        pool.Return(small);
        pool.Return(big);
        pool.Return(odd);
        Assert.False(pool.Holds(small) || pool.Holds(big) || pool.Holds(odd));
    }

    private static int[] CapacitiesWhileAppending<TSync>(PyThreadState ts, int n) where TSync : struct, ISyncPolicy
    {
        var l = Ops<TSync>.NewList(ts);
        var seen = new List<int>();
        for (int i = 0; i < n; i++)
        {
            ListOps<TSync>.Append(ts, l, ts.Rt.None);
            if (seen.Count == 0 || seen[^1] != l._items.Length) seen.Add(l._items.Length);
        }
        ObjectLifecycle<TSync>.DropBorrowed(ts, l);
        return [.. seen];
    }

    [Fact] public void Capacities_AreTheSameWithAPrimedPool_Gil() => CapacitiesSameWithPrimedPool<GilSync>(Runtimes.Gil());
    [Fact] public void Capacities_AreTheSameWithAPrimedPool_FreeThreaded() => CapacitiesSameWithPrimedPool<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void CapacitiesSameWithPrimedPool<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        int[] expected = [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 6144, 9216];
        Assert.Equal(expected, CapacitiesWhileAppending<TSync>(ts, 9000)); // fills the pool as it goes
        Assert.True(ts.ItemArrays.Pooled(4096) > 0 && ts.ItemArrays.Pooled(16) > 0);
        Assert.Equal(expected, CapacitiesWhileAppending<TSync>(ts, 9000)); // takes from it
        for (int n = 0; n < 300; n += 7)
        {
            var l = Ops<TSync>.NewList(ts);
            for (int i = 0; i < n; i++) ListOps<TSync>.Append(ts, l, rt.None);
            var size = Ops<TSync>.CallMethod(ts, l, "__sizeof__", []);
            int cap = n == 0 ? 0 : n <= 4 ? 4 : (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)n);
            Assert.Equal(40 + 8L * cap, ((PyInt)size).Small);
            ObjectLifecycle<TSync>.DropBorrowed(ts, l);
        }
    }

    [Fact] public void GrownListsOldArrays_ServeTheNextLists_ADeadListKeepsItsArray_Gil() => OldArraysReused<GilSync>(Runtimes.Gil());
    [Fact] public void GrownListsOldArrays_AndADeadListsArray_ServeTheNextLists_FreeThreaded() => OldArraysReused<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void OldArraysReused<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        var pool = ts.ItemArrays;
        while (pool.Pooled(64) > 0) pool.Rent(64); // empty the classes used here
        while (pool.Pooled(128) > 0) pool.Rent(128);
        var l = Ops<TSync>.NewList(ts);
        PyObject?[]? a64 = null;
        for (int i = 0; i < 100; i++)
        {
            ListOps<TSync>.Append(ts, l, rt.NewInt(1_000_000 + i));
            if (l._items.Length == 64) a64 = l._items;
        }
        Assert.True(pool.Holds(a64!)); // the old array of a growth, cleared
        Assert.All(a64!, x => Assert.Null(x));
        var a128 = l._items;
        ObjectLifecycle<TSync>.DropBorrowed(ts, l);
        if (TSync.GilEnabled)
        {
            // GIL: a dead list keeps its array (GilSync.RetireStorage)
            Assert.False(pool.Holds(a128));
            Assert.Same(a128, l._items);
            Assert.Equal(100, l.Count);
        }
        else
        {
            // free-threaded, the only thread: a deallocated list's grown array goes to the pool at once
            // (PyList.cs, "AT DEALLOCATION"; Vm.FreeThreaded/Qsbr.cs), cleared
            Assert.True(pool.Holds(a128));
            Assert.All(a128, x => Assert.Null(x));
            Assert.Empty(l._items); // the dead list is left empty, never sharing an array with a live one
            Assert.Equal(0, l.Count);
            var big = Ops<TSync>.NewList(ts);
            for (int i = 0; i < 100; i++) ListOps<TSync>.Append(ts, big, rt.None);
            Assert.Same(a128, big._items); // its last growth took the dead list's array
            ObjectLifecycle<TSync>.DropBorrowed(ts, big);
        }
        var m = Ops<TSync>.NewList(ts);
        for (int i = 0; i < 40; i++) ListOps<TSync>.Append(ts, m, rt.None);
        Assert.Same(a64, m._items); // taken from the pool, holding only m's items
        Assert.All(m._items.Take(40), x => Assert.Same(rt.None, x));
        Assert.All(m._items.Skip(40), x => Assert.Null(x));
        ObjectLifecycle<TSync>.DropBorrowed(ts, m);
    }

    [Fact] public void AnArrayACallerInstalled_IsNeverPooled_Gil() => InstalledArrayNotPooled<GilSync>(Runtimes.Gil());
    [Fact] public void AnArrayACallerInstalled_IsNeverPooled_FreeThreaded() => InstalledArrayNotPooled<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void InstalledArrayNotPooled<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        var items = Enumerable.Range(0, 32).Select(i => (PyObject)rt.NewInt(i)).ToArray();
        var l = Ops<TSync>.NewList(ts, items); // the caller's array, 32 slots: a size class
        var installed = l._items;
        ListOps<TSync>.Append(ts, l, rt.None); // grows: the installed array is left alone
        Assert.False(ts.ItemArrays.Holds(installed));
        var given = Ops<TSync>.NewList(ts, Enumerable.Range(0, 64).Select(i => (PyObject)rt.NewInt(i)).ToArray());
        var givenItems = given._items;
        ListOps<TSync>.Append(ts, given, rt.None); // grows: the given array is left alone
        Assert.False(ts.ItemArrays.Holds(givenItems));
        ObjectLifecycle<TSync>.DropBorrowed(ts, given);
        ObjectLifecycle<TSync>.DropBorrowed(ts, l);
        // A dead list whose array a caller installed keeps it (and its items' slots as they were).
        var keep = Ops<TSync>.NewList(ts, Enumerable.Range(0, 64).Select(i => (PyObject)rt.NewInt(i)).ToArray());
        var keptItems = keep._items;
        ObjectLifecycle<TSync>.DropBorrowed(ts, keep);
        Assert.False(ts.ItemArrays.Holds(keptItems));
        Assert.Same(keptItems, keep._items);
        Assert.Equal(64, keep.Count);
    }

    /// <summary>
    /// A list another thread has read lock-free is shared (EnsureSharedOnRead): its owner's growth
    /// leaves the old array to the .NET GC. The same steps without the foreign read pool it.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AListAnotherThreadRead_NeverHandsItsOldArrayToThePool_FreeThreaded(bool foreignRead)
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        var l = Ops<FreeThreadedSync>.NewList(main);
        ObjectLifecycle<FreeThreadedSync>.IncRef(main, l);
        for (int i = 0; i < 20; i++) ListOps<FreeThreadedSync>.Append(main, l, rt.NewInt(i)); // 32 slots, its own
        var old = l._items;
        if (foreignRead)
            C<FreeThreadedSync>.RunThreads(rt, main, 1, (ts, _) => Assert.NotNull(ListOps<FreeThreadedSync>.GetItemOrNull(ts, l, 3)));
        for (int i = 20; i < 40; i++) ListOps<FreeThreadedSync>.Append(main, l, rt.NewInt(i));
        Assert.NotSame(old, l._items);
        Assert.Equal(!foreignRead, main.ItemArrays.Holds(old));
        var last = l._items;
        ObjectLifecycle<FreeThreadedSync>.DecRef(main, l); // dies: its array is pooled only if never read by another thread
        Assert.Equal(!foreignRead, main.ItemArrays.Holds(last));
    }

    /// <summary>
    /// Real threads, free-threaded (not timed): each worker owns a list it keeps growing after the
    /// others have started reading it lock-free, and grows and drops private lists in between (so its
    /// pool would hand a wrongly pooled old array to a private list at once). Readers check that every
    /// item they see in a worker's list is one of that list's items.
    /// </summary>
    [Fact]
    public void ReadersOfGrowingSharedLists_SeeOnlyTheirItems_WhileOwnersReuseArrays_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        const int Workers = 3, Rounds = 40, PerRound = 600;
        var lists = new PyList?[Workers];
        var done = 0;
        C<FreeThreadedSync>.RunThreads(rt, main, Workers * 2, (ts, id) =>
        {
            if (id < Workers)
            {
                long tag = (id + 1) * 1_000_000L;
                for (int round = 0; round < Rounds; round++)
                {
                    var shared = Ops<FreeThreadedSync>.NewList(ts);
                    ObjectLifecycle<FreeThreadedSync>.IncRef(ts, shared);
                    var prev = Interlocked.Exchange(ref lists[id], shared);
                    for (int i = 0; i < PerRound; i++)
                    {
                        ListOps<FreeThreadedSync>.Append(ts, shared, rt.NewInt(tag + i));
                        if (i % 50 == 0)
                        {
                            var mine = Ops<FreeThreadedSync>.NewList(ts);
                            for (int k = 0; k < 300; k++) ListOps<FreeThreadedSync>.Append(ts, mine, rt.NewInt(-1 - k));
                            ObjectLifecycle<FreeThreadedSync>.DropBorrowed(ts, mine);
                        }
                    }
                    // The previous list stays alive (readers may hold it without counting): leaked on purpose.
                    GC.KeepAlive(prev);
                }
                Interlocked.Increment(ref done);
            }
            else
            {
                var rnd = new Random(id);
                while (Volatile.Read(ref done) < Workers)
                {
                    int w = rnd.Next(Workers);
                    var l = Volatile.Read(ref lists[w]);
                    if (l == null) continue;
                    long tag = (w + 1) * 1_000_000L;
                    int n = l.Count;
                    for (int i = Math.Max(0, n - 40); i < n; i++)
                    {
                        var x = ListOps<FreeThreadedSync>.GetItemOrNull(ts, l, i);
                        if (x == null) continue;
                        long v = ((PyInt)x).Small;
                        Assert.InRange(v, tag, tag + PerRound - 1);
                    }
                    foreach (var x in l.ToArray<FreeThreadedSync>(ts)) Assert.InRange(((PyInt)x).Small, tag, tag + PerRound - 1);
                }
            }
        });
    }
}
