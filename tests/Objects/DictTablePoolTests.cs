// The per-thread dict table pool (src/Vm.Shared/Runtime/Pools/DictTablePool.cs):
// - it keeps only the size classes it is for (index 32 ... 4096 slots, entries exactly two thirds),
//   at most MaxPerClass a class and MaxBytes in all, and hands out a new DictTable object over
//   cleared arrays (no entry, a zeroed index, Count 0, the logical size and kind asked for);
// - a thread that builds and drops private dicts by item assignment rents back the tables of earlier
//   resizes and deaths (Python programs on both backends), and what the program sees (iteration
//   order during mutation, sys.getsizeof) is the same with a warm pool as with an empty one;
// - a table is returned only when the sync policy allows it: a dict another thread read through
//   DictOps (EnsureSharedOnRead) never gives its tables to the pool on the free-threaded backend;
// - a real-thread stress test: one thread builds and drops private dicts and grows a dict the others
//   read lock-free (through DictOps and through GetStr, which does not mark the dict shared); a
//   reader only ever sees the value stored under the key it asked for (or nothing yet).
// Lookups whose __eq__ empties or regrows the dict and builds other dicts meanwhile:
// tests/programs/types_dict_set/dict_lookup_eq_replaces_table.py.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.Builtins.Containers;
using Vm.Tests.Runtime;
using Xunit;

namespace Vm.Tests.Objects;

public sealed class DictTablePoolTests
{
    private static DictTable Filled(PyRuntime rt, int indexSize)
    {
        var t = new DictTable(indexSize);
        for (int i = 0; i < t.Entries.Length; i++)
        {
            t.Entries[i] = new DictEntry { Hash = i, Key = rt.NewStr("k" + i), Value = rt.NewStr("v" + i) };
            t.SetSlot(i & t.Mask, i + 1);
        }
        t.Count = t.Entries.Length;
        return t;
    }

    [Fact]
    public void PoolKeepsItsClassesWithinBoundsAndHandsOutResetTables()
    {
        var rt = Runtimes.Gil();
        rt.MainThread.DictTables = null; // a new pool: the runtime's start-up used the thread's
        var pool = DictTablePool<GilSync>.Of(rt.MainThread);
        // outside the classes: too small, too large (LOH), or entries not two thirds of the index
        pool.Return(Filled(rt, 16));
        pool.Return(Filled(rt, 8192));
        pool.Return(new DictTable(64, 10, 64));
        Assert.Equal(3, pool.Dropped);
        Assert.Equal(0, pool.PooledBytes);

        for (int i = 0; i < DictTablePool.MaxPerClass + 2; i++) pool.Return(Filled(rt, 64));
        Assert.Equal(DictTablePool.MaxPerClass, pool.CountFor(64));
        Assert.Equal(5, pool.Dropped);

        var old = Filled(rt, 256);
        pool.Return(old);
        var t = pool.Rent(256, DictTable.UsableFor(256), 128, generalKind: true)!;
        Assert.NotSame(old, t);                 // a new table object: table identities are never reused
        Assert.Same(old.Entries, t.Entries);    // over the old arrays
        Assert.All(t.Entries, e => Assert.True(e.Key == null && e.Value == null && e.Hash == 0));
        for (int i = 0; i < t.IndexSize; i++) Assert.Equal(DictTable.EmptySlot, t.Slot(i));
        Assert.Equal(256, t.IndexSize);
        Assert.Equal(128, t.LogicalSize);
        Assert.True(t.GeneralKind);
        Assert.False(t.GeneralKeys);
        Assert.Null(pool.Rent(256, DictTable.UsableFor(256), 256, false)); // none left of that class
        Assert.Null(pool.Rent(64, 10, 64, false));                          // not a pooled shape

        // the byte bound: four each of the four largest classes (72, 36, 18 and 9 KB) pass 512 KB
        long before = pool.Dropped;
        foreach (int size in new[] { 4096, 2048, 1024, 512 })
            for (int i = 0; i < DictTablePool.MaxPerClass; i++) pool.Return(Filled(rt, size));
        Assert.True(pool.PooledBytes <= DictTablePool.MaxBytes);
        Assert.True(pool.Dropped > before);
    }

    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string PrivateBuilds = """
        import sys
        def build(n):
            d = {}
            for i in range(n):
                d[i] = i
            return d

        def layout():
            # iteration order while a dict is mutated, and sizes, on tables made after `build` ran
            out = []
            d = {}
            for i in range(30):
                d[i] = str(i)
            for i in range(0, 30, 3):
                del d[i]
            seen = []
            for k in d:
                seen.append(k)
                if k == 4:
                    d[100] = "x"
                    del d[100]
                if len(seen) > 40:
                    break
            out.append(seen)
            out.append([sys.getsizeof(build(n)) for n in (5, 30, 100, 700, 1500)])
            c = build(300)
            c.clear()
            for i in range(20):
                c[str(i)] = i
            out.append((list(c)[:5], sys.getsizeof(c), sys.getsizeof(c.copy())))
            return out

        cold = layout()
        total = 0
        for r in range(60):
            d = build(1000)
            total += len(d) + d[999]
            c = d.copy()
            total += len(c)
            c.clear()
        warm = layout()
        assert total == 60 * (1000 + 999 + 1000), total
        assert cold == warm, (cold, warm)
        """;

    [Theory]
    [MemberData(nameof(Backends))]
    public void PrivateDictsReuseTheirTablesAndLookTheSame(string backend)
    {
        var (rt, _) = ProgramRun.RunAsMain(backend, PrivateBuilds, "<dictpool>");
        var pool = rt.MainThread.DictTables!;
        // each 1000-key dict grows through 32 ... 2048 slots: from the second one on, most of its
        // tables come from the pool, and its resizes and death give them back
        Assert.True(pool.Rented >= 59 * 6, $"rented {pool.Rented}");
        Assert.True(pool.Returned >= 59 * 6, $"returned {pool.Returned}");
        Assert.True(pool.PooledBytes <= DictTablePool.MaxBytes);
    }

    [Fact] public void ADeadPrivateDictKeepsItsTable_Gil() => DeadDictTable<GilSync>(Runtimes.Gil());
    [Fact] public void ADeadPrivateDictGivesItsTableBack_FreeThreaded() => DeadDictTable<FreeThreadedSync>(Runtimes.FreeThreaded());

    /// <summary>Free-threaded, the only thread: an exact dict that dies at count zero leaves the empty table
    /// behind and its table goes to the pool (cleared); GIL: it keeps its table. A dict of a subclass
    /// keeps its table (only exact dicts are pooled).</summary>
    private static void DeadDictTable<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        var pool = DictTablePool<TSync>.Of(ts);
        var d = new PyDict(rt.DictType);
        for (int i = 0; i < 300; i++) DictOps<TSync>.SetItem(ts, d, rt.NewInt(1000 + i), rt.NewInt(i));
        var t = d._table;
        long returned = pool.Returned;
        ObjectLifecycle<TSync>.DropBorrowed(ts, d);
        if (TSync.GilEnabled)
        {
            Assert.Equal(returned, pool.Returned); // GIL: a dead dict keeps its table (GilSync.RetireStorage)
            Assert.Same(t, d._table);
        }
        else
        {
            Assert.Equal(returned + 1, pool.Returned);
            Assert.Same(DictTable.Empty, d._table);
            Assert.All(t.Entries, e => Assert.Null(e.Key));
        }

        var sub = (PyType)Ops<TSync>.Call(ts, rt.TypeType, [rt.NewStr("D"), Ops<TSync>.NewTuple(ts, [rt.DictType]), Ops<TSync>.NewDict(ts)], null);
        var e = new PyDict(sub);
        for (int i = 0; i < 300; i++) DictOps<TSync>.SetItem(ts, e, rt.NewInt(1000 + i), rt.NewInt(i));
        var te = e._table;
        returned = pool.Returned;
        ObjectLifecycle<TSync>.DropBorrowed(ts, e);
        Assert.Equal(returned, pool.Returned);
        Assert.Same(te, e._table);
    }

    [Fact]
    public void ADictReadByAnotherThreadNeverGivesItsTablesToThePool_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var main = rt.MainThread;
        PyDict? shared = null;
        C<FreeThreadedSync>.RunThreads(rt, main, 2, (ts, id) =>
        {
            if (id == 0)
            {
                var d = new PyDict(rt.DictType);
                ObjectLifecycle<FreeThreadedSync>.IncRef(ts, d); // counted (owned by this thread), as any dict a program can hand to another thread
                for (int i = 0; i < 100; i++) DictOps<FreeThreadedSync>.SetItem(ts, d, rt.NewInt(i), rt.NewInt(i));
                long returned = DictTablePool<FreeThreadedSync>.Of(ts).Returned;
                Assert.True(returned > 0); // private so far: its resizes gave tables back
                Volatile.Write(ref shared, d);
                SpinWait.SpinUntil(() => (Volatile.Read(ref d.FlagBits) & (int)ObjectFlags.LockShared) != 0, 30_000);
                for (int i = 100; i < 2000; i++) DictOps<FreeThreadedSync>.SetItem(ts, d, rt.NewInt(i), rt.NewInt(i));
                Assert.Equal(returned, DictTablePool<FreeThreadedSync>.Of(ts).Returned);
                DictOps<FreeThreadedSync>.Clear(ts, d);
                Assert.Equal(returned, DictTablePool<FreeThreadedSync>.Of(ts).Returned);
            }
            else
            {
                PyDict? d;
                while ((d = Volatile.Read(ref shared)) == null) Thread.Yield();
                Assert.NotNull(DictOps<FreeThreadedSync>.GetItemOrNull(ts, d, rt.NewInt(5))); // marks it shared
            }
        });
    }

    /// <summary>
    /// A module's dict is immortal and, never counted, keeps ObTid 0 while every thread reads it
    /// (EnsureSharedOnRead does not mark an ObTid of 0): its tables must never be reused. The policy
    /// said yes before (it took ObTid 0 for "only its maker can see it").
    /// </summary>
    [Fact]
    public void AModulesDictNeverReusesItsTables_FreeThreaded()
    {
        var rt = Runtimes.FreeThreaded();
        var ts = rt.MainThread;
        var g = rt.NewModuleDict("m", null);
        _ = new PyModule(rt.ModuleType, "m", g);
        Assert.True(g.IsImmortal);
        Assert.Equal(0, g.ObTid);
        Assert.False(FreeThreadedSync.MayReuseStorage(ts, g));
        Assert.False(DictTablePool<FreeThreadedSync>.Of(ts).MayReuse(g));
        var plain = new PyDict(rt.DictType);
        Assert.True(FreeThreadedSync.MayReuseStorage(ts, plain)); // a new unpublished dict: yes
    }

    [Fact]
    public void ReadersOnlySeeTheirKeysValuesWhileAnOwnerPoolsTables_FreeThreaded() => ReadersOnlySeeTheirKeysValues<FreeThreadedSync>(Runtimes.FreeThreaded());

    [Fact]
    public void ReadersOnlySeeTheirKeysValuesWhileAnOwnerPoolsTables_Gil() => ReadersOnlySeeTheirKeysValues<GilSync>(Runtimes.Gil());

    /// <summary>
    /// Thread 0 owns dicts it builds and drops (their tables go to its pool and come back) and a dict
    /// `grown` it fills while the others read it: through GetStr (no thread state, never marks) and
    /// DictOps.GetItemOrNull (marks it shared). Every value found must be the one stored under that key.
    /// </summary>
    private static void ReadersOnlySeeTheirKeysValues<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        const int Keys = 3000, Rounds = 40;
        var strKeys = Enumerable.Range(0, Keys).Select(i => rt.NewStr("key" + i)).ToArray();
        var intKeys = Enumerable.Range(0, Keys).Select(i => (PyObject)rt.NewInt(100_000 + i)).ToArray();
        var values = Enumerable.Range(0, Keys).Select(i => (PyObject)rt.NewStr("value" + i)).ToArray();
        var foreign = rt.NewStr("foreign");
        foreach (var o in strKeys.Concat(intKeys).Concat(values).Append(foreign)) o.MakeImmortal();
        PyDict? grown = null;
        int done = 0;
        C<TSync>.RunThreads(rt, rt.MainThread, 3, (ts, id) =>
        {
            if (id == 0)
            {
                for (int round = 0; round < Rounds; round++)
                {
                    var g = new PyDict(rt.DictType);
                    ObjectLifecycle<TSync>.IncRef(ts, g); // counted (owned by this thread) before another thread can see it
                    Volatile.Write(ref grown, g);
                    for (int i = 0; i < Keys; i++)
                    {
                        DictOps<TSync>.SetItem(ts, g, strKeys[i], values[i]);
                        DictOps<TSync>.SetItem(ts, g, intKeys[i], values[i]);
                        if (i % 500 == 0)
                        {
                            // private dicts with the same keys and other values: their tables cycle through the pool
                            var p = new PyDict(rt.DictType);
                            for (int j = 0; j < 1000; j++)
                            {
                                DictOps<TSync>.SetItem(ts, p, strKeys[j], foreign);
                                DictOps<TSync>.SetItem(ts, p, intKeys[j], foreign);
                            }
                            ObjectLifecycle<TSync>.DropBorrowed(ts, p);
                            TSync.Detach(ts); // let the readers run (the GIL backend)
                            TSync.Attach(ts);
                        }
                    }
                }
                Volatile.Write(ref done, 1);
            }
            else
            {
                var rng = new Random(id);
                while (Volatile.Read(ref done) == 0)
                {
                    var g = Volatile.Read(ref grown);
                    if (g == null)
                    {
                        TSync.Detach(ts); // the GIL backend: thread 0 needs the GIL to publish it
                        TSync.Attach(ts);
                        continue;
                    }
                    int i = rng.Next(Keys);
                    var v = id == 1 ? g.GetStr(strKeys[i]) : DictOps<TSync>.GetItemOrNull(ts, g, intKeys[i]);
                    if (v != null && !ReferenceEquals(v, values[i])) Assert.Fail($"key {i}: read {Ops<TSync>.ReprValue(ts, v)}");
                    if (rng.Next(64) == 0)
                    {
                        TSync.Detach(ts);
                        TSync.Attach(ts);
                    }
                }
            }
        });
    }
}
