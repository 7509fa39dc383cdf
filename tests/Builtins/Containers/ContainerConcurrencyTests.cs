// The containers under real threads on the free-threaded backend (and, where cheap, the GIL one):
// CPython's documented guarantees (list.append/pop and l[i]=v, dict get/set, set.add are atomic),
// shared iterators that may skip or repeat but never crash, sort racing with mutation raising
// "list modified during sort" at worst, and readers running lock-free against writers.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Builtins.Containers;

public sealed class ContainerConcurrencyTests
{
    private const int Threads = 4;

    [Fact] public void ConcurrentAppends_AllArrive_FreeThreaded() => ConcurrentAppends<FreeThreadedSync>(Runtimes.FreeThreaded());
    [Fact] public void ConcurrentAppends_AllArrive_Gil() => ConcurrentAppends<GilSync>(Runtimes.Gil());

    private static void ConcurrentAppends<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var main = rt.MainThread;
        var list = Ops<TSync>.NewList(main);
        const int N = 20_000;
        C<TSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            for (int i = 0; i < N; i++) C<TSync>.Call(ts, list, "append", ts.Rt.NewInt(id * N + i));
        });
        Assert.Equal(Threads * N, list.Count);
        var seen = list.ToArrayLockHeld().Select(o => ((PyInt)o).Small).OrderBy(x => x).ToArray();
        Assert.Equal(Enumerable.Range(0, Threads * N).Select(x => (long)x), seen);
    }

    /// <summary>
    /// Lists made one after another by one thread lie next to each other in memory (the padding of
    /// HotFieldPadding.cs keeps their written words apart). Each worker appends to and pops from its
    /// own lists of such a run, which another thread made and owns, while reading its neighbours'
    /// lists lock-free: every list ends with exactly its own items, and the lists' reference
    /// counts are back where they started.
    /// </summary>
    [Fact]
    public void NeighbouringListsOfOneMaker_EachKeepsExactlyItsItems_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        const int PerThread = 2, N = 20_000;
        var lists = new PyList[Threads * PerThread];
        for (int i = 0; i < lists.Length; i++) lists[i] = Ops<FreeThreadedSync>.NewList(main);
        foreach (var l in lists) ObjectLifecycle<FreeThreadedSync>.IncRef(main, l); // held by `lists`, owned by main
        var counts = lists.Select(l => FreeThreadedSync.RefCount(l)).ToArray();
        C<FreeThreadedSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            for (int i = 0; i < N; i++)
            {
                for (int k = 0; k < PerThread; k++)
                {
                    var mine = lists[id * PerThread + k];
                    ObjectLifecycle<FreeThreadedSync>.IncRef(ts, mine); // a foreign reference: RefShared, in the header
                    C<FreeThreadedSync>.Call(ts, mine, "append", ts.Rt.NewInt(((long)id * PerThread + k) * N + i));
                    if (i % 3 == 2) C<FreeThreadedSync>.Call(ts, mine, "pop"); // every third item leaves again
                    ObjectLifecycle<FreeThreadedSync>.DecRef(ts, mine);
                }
                var neighbour = lists[(id * PerThread + PerThread) % lists.Length];
                Assert.InRange(neighbour.Count, 0, N);
            }
        });
        for (int j = 0; j < lists.Length; j++)
        {
            var expected = Enumerable.Range(0, N).Where(i => i % 3 != 2).Select(i => (long)j * N + i);
            Assert.Equal(expected, lists[j].ToArrayLockHeld().Select(o => ((PyInt)o).Small));
            Assert.Equal(counts[j], FreeThreadedSync.RefCount(lists[j]));
        }
    }

    [Fact]
    public void AppendAndPop_PopsEveryItemExactlyOnce_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        var list = Ops<FreeThreadedSync>.NewList(main);
        const int N = 20_000;
        var popped = new System.Collections.Concurrent.ConcurrentBag<long>();
        const int Per = 5_000;
        C<FreeThreadedSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            if (id % 2 == 0)
            {
                for (int i = 0; i < Per; i++) C<FreeThreadedSync>.Call(ts, list, "append", ts.Rt.NewInt(id * N + i));
            }
            else
            {
                int got = 0;
                while (got < Per)
                {
                    try
                    {
                        popped.Add(((PyInt)C<FreeThreadedSync>.Call(ts, list, "pop")).Small);
                        got++;
                    }
                    catch (PyException e) when (e.Value.Type.Name == "IndexError")
                    {
                        Thread.Yield();
                    }
                }
            }
        });
        Assert.Equal(0, list.Count);
        var all = popped.OrderBy(x => x).ToArray();
        var expected = Enumerable.Range(0, Threads).Where(i => i % 2 == 0).SelectMany(i => Enumerable.Range(i * N, Per)).Select(x => (long)x).OrderBy(x => x);
        Assert.Equal(expected, all);
    }

    [Fact]
    public void SetItemAndReaders_NeverSeeTornState_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        var list = Ops<FreeThreadedSync>.NewList(main, Enumerable.Range(0, 64).Select(i => (PyObject)rt.NewInt(i)).ToArray());
        int stop = 0;
        C<FreeThreadedSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            if (id == 0)
            {
                for (int round = 0; round < 2_000; round++)
                {
                    for (int i = 0; i < 64; i++) C<FreeThreadedSync>.Call(ts, list, "__setitem__", ts.Rt.NewInt(i), ts.Rt.NewInt(i + round));
                    C<FreeThreadedSync>.Call(ts, list, "reverse");
                    C<FreeThreadedSync>.Call(ts, list, "insert", ts.Rt.NewInt(0), ts.Rt.NewInt(-1));
                    C<FreeThreadedSync>.Call(ts, list, "pop", ts.Rt.NewInt(0));
                }
                Volatile.Write(ref stop, 1);
            }
            else
            {
                while (Volatile.Read(ref stop) == 0)
                {
                    // Lock-free readers: indexing, iteration, repr, contains, count.
                    var v = C<FreeThreadedSync>.Call(ts, list, "__getitem__", ts.Rt.NewInt(id * 7 % 64));
                    Assert.IsAssignableFrom<PyInt>(v);
                    var it = Ops<FreeThreadedSync>.GetIter(ts, list);
                    int n = 0;
                    while (Ops<FreeThreadedSync>.Next(ts, it) is { } x)
                    {
                        Assert.IsAssignableFrom<PyInt>(x);
                        n++;
                    }
                    Assert.InRange(n, 0, 65);
                    _ = Ops<FreeThreadedSync>.ReprValue(ts, list);
                    _ = Ops<FreeThreadedSync>.Contains(ts, list, ts.Rt.NewInt(5));
                }
            }
        });
        Assert.Equal(64, list.Count);
    }

    [Fact]
    public void SharedIterator_SkipsOrRepeatsButNeverCrashes_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        const int N = 50_000;
        var list = Ops<FreeThreadedSync>.NewList(main, Enumerable.Range(0, N).Select(i => (PyObject)rt.NewInt(i)).ToArray());
        var dict = Ops<FreeThreadedSync>.NewDict(main);
        for (int i = 0; i < 5_000; i++) DictOps<FreeThreadedSync>.SetItem(main, dict, rt.NewInt(i), rt.NewInt(i));
        var set = C<FreeThreadedSync>.New(main, rt.SetType, list);
        foreach (var src in new PyObject[] { list, C<FreeThreadedSync>.New(main, rt.TupleType, list), dict, set, C<FreeThreadedSync>.New(main, rt.RangeType, rt.NewInt(N)) })
        {
            var it = Ops<FreeThreadedSync>.GetIter(main, src);
            long total = 0;
            C<FreeThreadedSync>.RunThreads(rt, main, Threads, (ts, id) =>
            {
                long count = 0;
                while (Ops<FreeThreadedSync>.Next(ts, it) is { } x)
                {
                    Assert.IsAssignableFrom<PyInt>(x);
                    count++;
                }
                Interlocked.Add(ref total, count);
            });
            long len = Ops<FreeThreadedSync>.Len(main, src);
            if (src is PyDict || src is PySet)
                Assert.Equal(len, total); // dict and set iterators advance with a CAS: each item exactly once
            else
                Assert.InRange(total, len, len * Threads); // racing readers may repeat an item, never skip one
        }
    }

    [Fact]
    public void SortRacingWithAppends_SortsOrReportsModification_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        var rnd = new Random(3);
        for (int round = 0; round < 20; round++)
        {
            var items = Enumerable.Range(0, 5_000).Select(_ => (PyObject)rt.NewInt(rnd.Next(1000))).ToArray();
            var list = Ops<FreeThreadedSync>.NewList(main, items);
            int modified = 0;
            C<FreeThreadedSync>.RunThreads(rt, main, 2, (ts, id) =>
            {
                if (id == 0)
                {
                    try
                    {
                        C<FreeThreadedSync>.Call(ts, list, "sort");
                    }
                    catch (PyException e)
                    {
                        Assert.Equal("ValueError", e.Value.Type.Name);
                        Assert.Equal("list modified during sort", Ops<FreeThreadedSync>.StrValue(ts, e.Value));
                        Interlocked.Exchange(ref modified, 1);
                    }
                }
                else
                {
                    for (int i = 0; i < 50; i++)
                    {
                        C<FreeThreadedSync>.Call(ts, list, "append", ts.Rt.NewInt(-1));
                        _ = Ops<FreeThreadedSync>.Len(ts, list);
                        Thread.Yield();
                    }
                }
            });
            // Whatever happened, the original items are all still there (appends made during the sort are dropped).
            var final = list.ToArrayLockHeld().Select(o => ((PyInt)o).Small).ToList();
            var originals = final.Where(v => v >= 0).OrderBy(v => v).ToArray();
            Assert.Equal(items.Select(o => ((PyInt)o).Small).OrderBy(v => v), originals);
            if (modified == 0)
            {
                var sortedPart = final.Where(v => v >= 0).ToList();
                Assert.Equal(sortedPart.OrderBy(v => v), sortedPart);
            }
        }
    }

    [Fact] public void ConcurrentDictAndSetWriters_Gil() => DictAndSetWriters<GilSync>(Runtimes.Gil());
    [Fact] public void ConcurrentDictAndSetWriters_FreeThreaded() => DictAndSetWriters<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void DictAndSetWriters<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var main = rt.MainThread;
        var dict = Ops<TSync>.NewDict(main);
        var set = Ops<TSync>.NewSet(main);
        const int N = 10_000;
        C<TSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            for (int i = 0; i < N; i++)
            {
                var k = ts.Rt.NewInt(i);
                // Every thread writes the same keys: the final contents are the union.
                C<TSync>.Call(ts, dict, "__setitem__", k, ts.Rt.NewInt(id));
                C<TSync>.Call(ts, set, "add", k);
                _ = C<TSync>.Call(ts, dict, "get", ts.Rt.NewInt(i / 2));
                _ = Ops<TSync>.Contains(ts, set, ts.Rt.NewInt(i / 2));
                if (i % 3 == 0)
                {
                    C<TSync>.Call(ts, set, "discard", ts.Rt.NewInt(i + N));
                    C<TSync>.Call(ts, dict, "setdefault", ts.Rt.NewInt(i + 2 * N), ts.Rt.NewInt(0));
                }
            }
        });
        Assert.Equal(N + (N + 2) / 3, dict.Count);
        Assert.Equal(N, set.Count);
        for (int i = 0; i < N; i++) Assert.True(SetOps<TSync>.Contains(main, set, rt.NewInt(i)));
    }

    [Fact]
    public void DictIterationRacingWithWriters_RaisesOrCompletes_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        var dict = Ops<FreeThreadedSync>.NewDict(main);
        var set = Ops<FreeThreadedSync>.NewSet(main);
        for (int i = 0; i < 1000; i++)
        {
            DictOps<FreeThreadedSync>.SetItem(main, dict, rt.NewInt(i), rt.NewInt(i));
            SetOps<FreeThreadedSync>.Add(main, set, rt.NewInt(i));
        }
        int stop = 0;
        C<FreeThreadedSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            if (id == 0)
            {
                for (int i = 0; i < 20_000; i++)
                {
                    var k = ts.Rt.NewInt(1000 + i % 500);
                    DictOps<FreeThreadedSync>.SetItem(ts, dict, k, k);
                    DictOps<FreeThreadedSync>.Delete(ts, dict, k);
                    SetOps<FreeThreadedSync>.Add(ts, set, k);
                    SetOps<FreeThreadedSync>.Discard(ts, set, k);
                }
                Volatile.Write(ref stop, 1);
            }
            else
            {
                while (Volatile.Read(ref stop) == 0)
                {
                    foreach (var src in new PyObject[] { dict, set, C<FreeThreadedSync>.Call(ts, dict, "items") })
                    {
                        try
                        {
                            var it = Ops<FreeThreadedSync>.GetIter(ts, src);
                            while (Ops<FreeThreadedSync>.Next(ts, it) != null) { }
                        }
                        catch (PyException e)
                        {
                            Assert.Equal("RuntimeError", e.Value.Type.Name);
                        }
                    }
                    // Whole-set algorithms read a consistent snapshot of a set being mutated.
                    var u = Ops<FreeThreadedSync>.BinaryOp(ts, set, set, Vm.Bytecode.BinaryOpArg.Or);
                    Assert.InRange(Ops<FreeThreadedSync>.Len(ts, u), 1000, 1001);
                    var copy = DictOps<FreeThreadedSync>.Copy(ts, dict);
                    Assert.InRange(copy.Count, 1000, 1001);
                }
            }
        });
        Assert.Equal(1000, dict.Count);
        Assert.Equal(1000, set.Count);
    }
}
