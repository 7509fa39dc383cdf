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
    /// <summary>PyDict.FindEntry in table <paramref name="t"/> (which it may replace by the dict's current one after a key's __eq__).</summary>
    private static int Find<TEq>(PyDict d, DictTable t, PyObject key, long h, ref TEq eq) where TEq : struct, IKeyEquality =>
        d.FindEntry(ref t, key, h, ref eq);

    /// <summary>
    /// CPython 3.13's combined table: entry positions (null = deleted), index size (1 for the shared
    /// empty keys), kind (unicode while every key is an exact str). Keys are longs: a multiple of 3
    /// stands for the str "s{k}", any other for the int k.
    /// </summary>
    private sealed class CPythonTable
    {
        public List<long?> Entries = new();
        public int Size = 1;
        public int Used;
        public bool Unicode = true;

        public static bool IsStr(long k) => k % 3 == 0;

        public static int Usable(int size) => size * 2 / 3;

        // calculate_log2_keysize, as a size
        public static int SizeFor(long minSize)
        {
            long m = ((minSize | 8) - 1) | 7;
            int bits = 0;
            while (m > 0) { bits++; m >>= 1; }
            return 1 << bits;
        }

        // estimate_log2_keysize, as a size
        public static int Estimate(int n) => SizeFor((3L * n + 1) / 2);

        // a display: 6-15 pairs presized (dict_new_presized, unicode when every key is a str), else
        // the empty keys and one insertion per pair
        public static CPythonTable Display(long[] keys)
        {
            var t = new CPythonTable();
            if (keys.Length > 5 && keys.Length < 16)
            {
                t.Size = Estimate(keys.Length);
                t.Unicode = keys.All(IsStr);
            }
            foreach (var k in keys) t.Insert(k);
            return t;
        }

        // insertdict / insert_to_emptydict
        public void Insert(long k)
        {
            if (Size != 1 && Unicode && !IsStr(k))
            {
                Resize(SizeFor(3L * Used));
                Unicode = false;
            }
            if (Entries.Contains(k)) return;
            if (Size == 1) Unicode = IsStr(k);
            if (Entries.Count >= Usable(Size)) Resize(SizeFor(3L * Used));
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
            Unicode = true;
        }

        // PyDict_Copy: a clone when at least two thirds of the entries are live, else a merge into a
        // new dict resized once to the estimate for the items, with the source's kind
        public CPythonTable Copy()
        {
            if (Used == 0) return new CPythonTable();
            if (Used >= Entries.Count * 2 / 3) return new CPythonTable { Entries = new(Entries), Size = Size, Used = Used, Unicode = Unicode };
            var c = new CPythonTable { Size = Estimate(Used), Unicode = Unicode };
            foreach (var e in Entries) if (e is { } k) c.Insert(k);
            return c;
        }
    }

    private static PyObject KeyObject(PyRuntime rt, long k) => CPythonTable.IsStr(k) ? rt.NewStr("s" + k) : rt.NewInt(k);

    private static long KeyOf(PyObject o) => o is PyStr s ? long.Parse(s.Value.AsSpan(1)) : ((PyInt)o).Small;

    private static void AssertLayout(CPythonTable m, PyDict d, string what)
    {
        var t = d.Table;
        Assert.True(m.Size == t.LogicalSize, $"{what}: logical size {t.LogicalSize}, CPython's {m.Size}");
        Assert.True(m.Entries.Count == t.Count, $"{what}: {t.Count} entries, CPython's {m.Entries.Count}");
        if (m.Size != 1) Assert.True(m.Unicode != t.GeneralKind, $"{what}: general kind {t.GeneralKind}");
        Assert.Equal(m.Used, d.Count);
        for (int j = 0; j < t.Count; j++)
        {
            var k = t.Entries[j].Key;
            Assert.True(m.Entries[j] == (k == null ? null : KeyOf(k)), $"{what}: entry {j}");
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
            // a display of n pairs (some keys repeated, str keys in some rounds only)
            int n = rng.Next(round % 10 == 0 ? 40 : 16);
            int keys = Math.Max(4, n * 2);
            bool strOnly = round % 3 == 0, noStr = round % 3 == 1;
            long NextKey()
            {
                long k = rng.Next(keys);
                return strOnly ? k * 3 : noStr && k % 3 == 0 ? k + 1 : k;
            }
            var displayKeys = new long[n];
            for (int i = 0; i < n; i++) displayKeys[i] = rng.Next(4) == 0 && i > 0 ? displayKeys[rng.Next(i)] : NextKey();
            var keyObjects = displayKeys.Select(k => KeyObject(rt, k)).ToArray();
            var d = PyDict.ForDisplay(rt.DictType, keyObjects, 0, 1, n);
            foreach (var k in keyObjects) DictOps<TSync>.SetItemUnshared(ts, d, k, rt.None);
            var m = CPythonTable.Display(displayKeys);
            AssertLayout(m, d, $"round {round}: display of {n}");
            for (int step = 0; step < 60; step++)
            {
                int op = rng.Next(20);
                long k = rng.Next(4) == 0 ? rng.Next(keys) : NextKey();
                if (op < 10)
                {
                    DictOps<TSync>.SetItem(ts, d, KeyObject(rt, k), rt.None);
                    m.Insert(k);
                }
                else if (op < 17)
                {
                    DictOps<TSync>.Delete(ts, d, KeyObject(rt, k));
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
                            DictOps<TSync>.SetItem(ts, d, KeyObject(rt, 1000 + i), rt.None);
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

    // CPython 3.13's size arithmetic, with its two surprises: 1 or 2 live entries resize to 16 slots,
    // and a merge of 21 items (estimate_log2_keysize of a power of two) makes 64, not 32.
    [Fact]
    public void SizesAreCPythons()
    {
        Assert.Equal(8, DictTable.IndexSizeFor(0));
        Assert.Equal(16, DictTable.IndexSizeFor(1));
        Assert.Equal(16, DictTable.IndexSizeFor(2));
        Assert.Equal(16, DictTable.IndexSizeFor(5));
        Assert.Equal(32, DictTable.IndexSizeFor(10));
        Assert.Equal(2048, DictTable.IndexSizeFor(682));
        Assert.Equal(16, DictTable.EstimateSizeFor(6));
        Assert.Equal(32, DictTable.EstimateSizeFor(11));
        Assert.Equal(64, DictTable.EstimateSizeFor(21));
        for (long m = 0; m < 5000; m++) Assert.Equal(CPythonTable.SizeFor(m), DictTable.KeySizeFor(m));
    }

    [Fact]
    public void DisplayDictHasExactlyTheEntriesOfItsPairsAndExtendsThemInPlaceOfAResize()
    {
        var rt = Runtimes.FreeThreaded();
        var d = new PyDict(rt.DictType, 2, exact: true, generalKind: true);
        Assert.Equal(2, d.Table.Entries.Length);
        Assert.Equal(8, d.Table.IndexSize);
        var eq = new PlainKeyEq();
        d.SetPlainLockHeld(rt.NewInt(0), 0, rt.None);
        d.SetPlainLockHeld(rt.NewInt(1), 1, rt.None);
        d.RemoveEntryLockHeld(Find(d, d.Table, rt.NewInt(0), 0, ref eq));
        var before = d.Table;
        d.SetPlainLockHeld(rt.NewInt(2), 2, rt.None);
        // extended: a new table of CPython's 5 entries with the deleted one still at position 0
        Assert.NotSame(before, d.Table);
        Assert.Equal(5, d.Table.Entries.Length);
        Assert.Equal(3, d.Table.Count);
        Assert.Null(d.Table.Entries[0].Key);
        Assert.Equal(8, d.Table.LogicalSize);
        for (int i = 1; i < 3; i++) Assert.Equal(i, Find(d, d.Table, rt.NewInt(i), i, ref eq));
        // the old table still answers its readers
        Assert.Equal(1, Find(d, before, rt.NewInt(1), 1, ref eq));
        Assert.Equal(-1, Find(d, before, rt.NewInt(2), 2, ref eq));
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
        d.RemoveEntryLockHeld(Find(d, d.Table, rt.NewInt(5), 5, ref eq));
        Assert.Same(refilled, d.Table);
        d.SetPlainLockHeld(rt.NewInt(170), 170, rt.None);
        Assert.NotSame(refilled, d.Table);
        Assert.Equal(170, d.Table.Count);
        Assert.Equal(512, d.Table.LogicalSize);
    }
}
