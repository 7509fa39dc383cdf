// The native stdlib objects under real threads: deque mutations are atomic (every appended item
// is popped exactly once), lru_cache stays consistent and within maxsize, a shared Random never
// corrupts its state, and a shared itertools iterator never crashes.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.Builtins.Containers;
using Xunit;

namespace Vm.Tests.Modules;

public sealed class ModuleConcurrencyTests
{
    private const int Threads = 4;

    [Fact] public void Deque_AppendPopleft_EachItemOnce_FreeThreaded() => DequeAppendPop<FreeThreadedSync>(Runtimes.FreeThreaded());
    [Fact] public void Deque_AppendPopleft_EachItemOnce_Gil() => DequeAppendPop<GilSync>(Runtimes.Gil());

    private static void DequeAppendPop<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var main = rt.MainThread;
        var coll = rt.ImportModule(main, "collections");
        var dequeType = Ops<TSync>.GetAttr(main, coll, "deque");
        var d = Ops<TSync>.Call(main, dequeType, [], null);
        const int N = 5_000;
        var popped = new System.Collections.Concurrent.ConcurrentBag<long>();
        C<TSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            for (int i = 0; i < N; i++)
            {
                Ops<TSync>.CallMethod(ts, d, id % 2 == 0 ? "append" : "appendleft", [ts.Rt.NewInt(id * N + i)]);
                if (i % 2 == 1)
                {
                    var v = Ops<TSync>.CallMethod(ts, d, id % 2 == 0 ? "popleft" : "pop", []);
                    popped.Add(((PyInt)v).Small);
                }
            }
        });
        var rest = Ops<TSync>.ToArray(main, d).Select(o => ((PyInt)o).Small);
        var all = popped.Concat(rest).OrderBy(x => x).ToArray();
        Assert.Equal(Enumerable.Range(0, Threads * N).Select(x => (long)x), all);
    }

    [Fact] public void Deque_MaxlenHolds_FreeThreaded() => DequeMaxlen<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void DequeMaxlen<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var main = rt.MainThread;
        var dequeType = Ops<TSync>.GetAttr(main, rt.ImportModule(main, "collections"), "deque");
        var d = Ops<TSync>.Call(main, dequeType, [rt.EmptyTuple, rt.NewInt(10)], null);
        C<TSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            for (int i = 0; i < 3_000; i++)
            {
                Ops<TSync>.CallMethod(ts, d, "append", [ts.Rt.NewInt(i)]);
                Assert.True(Ops<TSync>.Len(ts, d) <= 10);
            }
        });
        Assert.Equal(10, Ops<TSync>.Len(main, d));
    }

    [Fact] public void LruCache_ConsistentUnderThreads_FreeThreaded() => LruCache<FreeThreadedSync>(Runtimes.FreeThreaded());
    [Fact] public void LruCache_ConsistentUnderThreads_Gil() => LruCache<GilSync>(Runtimes.Gil());

    private static void LruCache<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var main = rt.MainThread;
        var functools = rt.ImportModule(main, "functools");
        var lru = Ops<TSync>.GetAttr(main, functools, "lru_cache");
        var deco = Ops<TSync>.Call(main, lru, [rt.NewInt(16)], null);
        var fn = new PyBuiltinFunction(rt.BuiltinFunctionType, "square", (ts, a, kw) =>
        {
            var v = ((PyInt)a[0]).Small;
            return ts.Rt.NewInt(v * v);
        });
        var cached = Ops<TSync>.Call(main, deco, [fn], null);
        C<TSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            for (int i = 0; i < 4_000; i++)
            {
                long k = (i * 7 + id) % 40;
                var r = Ops<TSync>.Call(ts, cached, [ts.Rt.NewInt(k)], null);
                Assert.Equal(k * k, ((PyInt)r).Small);
            }
        });
        var info = Ops<TSync>.CallMethod(main, cached, "cache_info", []);
        var items = ((PyTuple)info).Items;
        long hits = ((PyInt)items[0]).Small, misses = ((PyInt)items[1]).Small, size = ((PyInt)items[3]).Small;
        Assert.Equal(Threads * 4_000L, hits + misses);
        Assert.True(size <= 16, $"currsize {size} exceeds maxsize");
    }

    [Fact] public void SharedRandom_NoCorruption_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        var random = rt.ImportModule(main, "random");
        var r = Ops<FreeThreadedSync>.Call(main, Ops<FreeThreadedSync>.GetAttr(main, random, "Random"), [rt.NewInt(1)], null);
        C<FreeThreadedSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            for (int i = 0; i < 5_000; i++)
            {
                var v = ((PyFloat)Ops<FreeThreadedSync>.CallMethod(ts, r, "random", [])).Value;
                Assert.InRange(v, 0.0, 1.0);
                var b = Ops<FreeThreadedSync>.CallMethod(ts, r, "getrandbits", [ts.Rt.NewInt(70)]);
                Assert.True(((PyInt)b).Big < System.Numerics.BigInteger.One << 70);
            }
        });
    }

    [Fact] public void SharedPermutations_NeverCrash_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        var it = rt.ImportModule(main, "itertools");
        var perms = Ops<FreeThreadedSync>.CallMethod(main, it, "permutations", [C<FreeThreadedSync>.New(main, rt.RangeType, rt.NewInt(7))]);
        var count = 0;
        C<FreeThreadedSync>.RunThreads(rt, main, Threads, (ts, id) =>
        {
            while (Ops<FreeThreadedSync>.Next(ts, perms) is { } p)
            {
                Assert.Equal(7, ((PyTuple)p).Count);
                Interlocked.Increment(ref count);
            }
        });
        Assert.Equal(5040, count);
    }
}
