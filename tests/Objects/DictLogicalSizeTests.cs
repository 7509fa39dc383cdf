// A dict's entry positions (what iteration walks) and the moments its table drops deleted entries
// must be CPython 3.13's whatever pyvm allocates (Objects/PyDict.cs, "Logical size"): a display's
// dict has exactly the entries of its pairs, a refilled cleared dict keeps its old table, a copy keeps
// positions when CPython clones. Checked against a model of CPython's combined table (positions,
// table size, resize at two thirds to the size for the live entries, dict_new_presized, PyDict_Copy)
// on random insertions, deletions, clears and copies, through DictOps on both backends.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.Builtins.Containers;
using Xunit;

namespace Vm.Tests.Objects;

public sealed class DictLogicalSizeTests
{
    /// <summary>CPython's table: entry positions (null = deleted), index size (1 for the shared empty keys).</summary>
    private sealed class CPythonTable
    {
        public List<long?> Entries = new();
        public int Size = 1;
        public int Used;

        public static int Usable(int size) => size * 2 / 3;

        public static int SizeFor(int minSize)
        {
            int s = 8;
            while (s < minSize) s <<= 1;
            return s;
        }

        // dict_new_presized
        public static CPythonTable Presized(int n)
        {
            var t = new CPythonTable();
            if (n > 5) t.Size = n > Usable(1 << 17) ? 1 << 17 : SizeFor((3 * n + 1) / 2);
            return t;
        }

        public void Insert(long k)
        {
            if (Entries.Contains(k)) return;
            if (Entries.Count >= Usable(Size)) Resize(SizeFor(3 * Used));
            Entries.Add(k);
            Used++;
        }

        public void Delete(long k)
        {
            int i = Entries.IndexOf(k);
            if (i < 0) return;
            Entries[i] = null;
            Used--;
        }

        private void Resize(int size)
        {
            Entries = Entries.Where(e => e != null).ToList();
            Size = size;
        }

        public void Clear()
        {
            Entries = new();
            Size = 1;
            Used = 0;
        }

        // PyDict_Copy: a clone when at least two thirds of the entries are live, else a merge into a new dict
        public CPythonTable Copy()
        {
            if (Used > 0 && Used >= Entries.Count * 2 / 3) return new CPythonTable { Entries = new(Entries), Size = Size, Used = Used };
            var c = Used > 5 ? Presized(Used) : new CPythonTable();
            foreach (var e in Entries) if (e is { } k) c.Insert(k);
            return c;
        }
    }

    private static void AssertLayout(CPythonTable m, PyDict d, string what)
    {
        var t = d.Table;
        Assert.True(m.Size == t.LogicalSize, $"{what}: logical size {t.LogicalSize}, CPython's {m.Size}");
        Assert.True(m.Entries.Count == t.Count, $"{what}: {t.Count} entries, CPython's {m.Entries.Count}");
        Assert.Equal(m.Used, d.Count);
        for (int j = 0; j < t.Count; j++)
        {
            var k = t.Entries[j].Key;
            Assert.True(m.Entries[j] == (k == null ? null : ((PyInt)k).Small), $"{what}: entry {j}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EntryPositionsAndResizesAreCPythons_Gil(int seed) => EntryPositionsAndResizesAreCPythons<GilSync>(Runtimes.Gil(), seed);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EntryPositionsAndResizesAreCPythons_FreeThreaded(int seed) => EntryPositionsAndResizesAreCPythons<FreeThreadedSync>(Runtimes.FreeThreaded(), seed);

    private static void EntryPositionsAndResizesAreCPythons<TSync>(PyRuntime rt, int seed) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        var rng = new Random(seed);
        for (int round = 0; round < 300; round++)
        {
            // a presized dict of n pairs (exact: as a display builds it), filled with its pairs
            int n = rng.Next(round % 10 == 0 ? 300 : 14);
            var d = new PyDict(rt.DictType, n, exact: round % 2 == 0);
            var m = CPythonTable.Presized(n);
            for (int i = 0; i < n; i++)
            {
                DictOps<TSync>.SetItemUnshared(ts, d, rt.NewInt(i), rt.None);
                m.Insert(i);
            }
            AssertLayout(m, d, $"round {round}: display of {n}");
            int keys = Math.Max(4, n * 2);
            for (int step = 0; step < 60; step++)
            {
                int op = rng.Next(20);
                long k = rng.Next(keys);
                if (op < 10)
                {
                    DictOps<TSync>.SetItem(ts, d, rt.NewInt(k), rt.None);
                    m.Insert(k);
                }
                else if (op < 17)
                {
                    DictOps<TSync>.Delete(ts, d, rt.NewInt(k));
                    m.Delete(k);
                }
                else if (op < 19)
                {
                    d = DictOps<TSync>.Copy(ts, d);
                    m = m.Copy();
                }
                else
                {
                    if (d.Count > 0 && rng.Next(2) == 0)
                    {
                        // grow first so that clear() has a table worth remembering
                        for (int i = 0; i < 50; i++)
                        {
                            DictOps<TSync>.SetItem(ts, d, rt.NewInt(1000 + i), rt.None);
                            m.Insert(1000 + i);
                        }
                    }
                    DictOps<TSync>.Clear(ts, d);
                    m.Clear();
                }
                AssertLayout(m, d, $"round {round}, step {step}, op {op}, key {k}");
            }
        }
    }

    [Fact]
    public void DisplayDictHasExactlyTheEntriesOfItsPairsAndExtendsThemInPlaceOfAResize()
    {
        var rt = Runtimes.FreeThreaded();
        var d = new PyDict(rt.DictType, 2, exact: true);
        Assert.Equal(2, d.Table.Entries.Length);
        Assert.Equal(8, d.Table.IndexSize);
        var eq = new PlainKeyEq();
        d.SetPlainLockHeld(rt.NewInt(0), 0, rt.None);
        d.SetPlainLockHeld(rt.NewInt(1), 1, rt.None);
        d.RemoveEntryLockHeld(d.FindEntry(d.Table, rt.NewInt(0), 0, ref eq));
        var before = d.Table;
        d.SetPlainLockHeld(rt.NewInt(2), 2, rt.None);
        // extended: a new table of CPython's 5 entries with the deleted one still at position 0
        Assert.NotSame(before, d.Table);
        Assert.Equal(5, d.Table.Entries.Length);
        Assert.Equal(3, d.Table.Count);
        Assert.Null(d.Table.Entries[0].Key);
        Assert.Equal(8, d.Table.LogicalSize);
        for (int i = 1; i < 3; i++) Assert.Equal(i, d.FindEntry(d.Table, rt.NewInt(i), i, ref eq));
        // the old table still answers its readers
        Assert.Equal(1, d.FindEntry(before, rt.NewInt(1), 1, ref eq));
        Assert.Equal(-1, d.FindEntry(before, rt.NewInt(2), 2, ref eq));
    }

    [Fact]
    public void RefilledDictTakesCPythonsSizesInPlaceWhileNothingIsDeleted()
    {
        var rt = Runtimes.FreeThreaded();
        var d = new PyDict(rt.DictType);
        for (int i = 0; i < 1000; i++) d.SetPlainLockHeld(rt.NewInt(i), i, rt.None);
        d.ClearLockHeld();
        d.SetPlainLockHeld(rt.NewInt(0), 0, rt.None);
        var refilled = d.Table;
        Assert.Equal(1365, refilled.Entries.Length);
        Assert.Equal(8, refilled.LogicalSize);
        for (int i = 1; i < 100; i++) d.SetPlainLockHeld(rt.NewInt(i), i, rt.None);
        Assert.Same(refilled, d.Table);
        Assert.Equal(256, refilled.LogicalSize); // 8 -> 16 -> ... -> 256 as CPython's grows, without a new table
        // a deletion, then CPython's next resize point: this one drops the deleted entry
        var eq = new PlainKeyEq();
        for (int i = 100; i < 170; i++) d.SetPlainLockHeld(rt.NewInt(i), i, rt.None);
        d.RemoveEntryLockHeld(d.FindEntry(d.Table, rt.NewInt(5), 5, ref eq));
        Assert.Same(refilled, d.Table);
        d.SetPlainLockHeld(rt.NewInt(170), 170, rt.None);
        Assert.NotSame(refilled, d.Table);
        Assert.Equal(170, d.Table.Count);
        Assert.Equal(512, d.Table.LogicalSize);
    }
}
