// DictTable (src/Vm.Shared/Objects/PyDict.cs), below Python:
// - clear() leaves a dict an empty table that remembers the cleared table's size (DictTable.AfterClear):
//   it must read as empty, and the first insertion must allocate that size at once. Behaviour after a
//   refill is covered by tests/programs/types_dict_set/dict_clear_refill.py.
// - Growth follows CPython's sizes (index a power of two >= 3 x used, two thirds of it usable).
// - The index slots are 1, 2 or 4 bytes by the entry capacity (CPython's int8/int16/int32 index): a
//   dict grown through all three widths, with deletions leaving dummies in each, finds every key
//   and the index reads back the same entry numbers as a plain int array kept beside it.
// - A plain-key store (SetPlainLockHeld: one probe finds the key or the slot a new entry takes) leaves
//   the dict exactly as the general store (SetLockHeld: FindEntry, then InsertNewLockHeld's own probe
//   for a free slot) would: same entries in the same order, the same index slots (a dummy left by a
//   deletion reused the same way), the same values returned, on one random sequence of stores,
//   overwrites and deletions of int and str keys, with resizes.
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.Builtins.Containers;
using Xunit;

namespace Vm.Tests.Objects;

public sealed class DictTableTests
{
    /// <summary>PyDict.FindEntry in table <paramref name="t"/> (which it may replace by the dict's current one after a key's __eq__).</summary>
    private static int Find<TEq>(PyDict d, DictTable t, PyObject key, long h, ref TEq eq) where TEq : struct, IKeyEquality =>
        d.FindEntry(ref t, key, h, ref eq);

    private static readonly PyRuntime s_rt = Runtimes.FreeThreaded();

    private static PyDict Filled(int keys)
    {
        var d = new PyDict(s_rt.DictType);
        for (int i = 0; i < keys; i++) d.InsertNewLockHeld(s_rt.NewStr("k" + i), i * 7919L, s_rt.None);
        return d;
    }

    private static DictTable Grown(int keys) => Filled(keys)._table;

    [Fact]
    public void ClearedTableIsEmptyAndRemembersTheSize()
    {
        var t = Grown(1000);
        var cleared = DictTable.AfterClear(t);
        Assert.Equal(0, cleared.Count);
        Assert.Empty(cleared.Entries);
        Assert.Equal(1, cleared.IndexSize);
        Assert.Equal(DictTable.EmptySlot, cleared.Slot(0));
        Assert.Equal(t.IndexSize, cleared.RefillIndexSize);
        Assert.Equal(t.Entries.Length, cleared.RefillCapacity);
        Assert.Same(cleared, DictTable.AfterClear(cleared));
    }

    [Fact]
    public void FirstInsertionAfterClearAllocatesTheRememberedSize()
    {
        var d = Filled(1000);
        var before = d._table;
        d.ClearLockHeld();
        Assert.Equal(0, d.Count);
        d.InsertNewLockHeld(s_rt.NewStr("a"), 1, s_rt.None);
        Assert.Equal(before.IndexSize, d._table.IndexSize);
        Assert.Equal(before.Entries.Length, d._table.Entries.Length);
        Assert.Equal(1, d.Count);
        Assert.Equal(0, d._table.RefillCapacity);
    }

    [Fact]
    public void SmallAndLargeTablesAreNotRemembered()
    {
        Assert.Same(DictTable.Empty, DictTable.AfterClear(Grown(3)));
        Assert.Same(DictTable.Empty, DictTable.AfterClear(Grown(DictTable.MaxRefillCapacity + 1)));
        Assert.Same(DictTable.Empty, DictTable.AfterClear(DictTable.Empty));
    }

    private static (PyObject Key, long Hash) Key(int n) =>
        n % 3 == 0 ? (s_rt.NewStr("k" + n), s_rt.NewStr("k" + n).Hash) : (s_rt.NewInt(n * 37L), n * 37L);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void PlainStoreLeavesTheSameTableAsTheGeneralStore(int seed)
    {
        var rng = new Random(seed);
        var fast = new PyDict(s_rt.DictType);
        var slow = new PyDict(s_rt.DictType);
        var eq = new PlainKeyEq();
        for (int step = 0; step < 20000; step++)
        {
            int n = rng.Next(step < 10000 ? 3000 : 600);
            var (key, h) = Key(n);
            if (rng.Next(4) == 0)
            {
                int fi = Find(fast, fast._table, key, h, ref eq);
                int si = Find(slow, slow._table, key, h, ref eq);
                Assert.Equal(si, fi);
                if (fi >= 0)
                {
                    fast.RemoveEntryLockHeld(fi);
                    slow.RemoveEntryLockHeld(si);
                }
                continue;
            }
            var value = s_rt.NewInt(step);
            var oldFast = fast.SetPlainLockHeld(key, h, value);
            var oldSlow = slow.SetLockHeld(key, h, value, ref eq);
            Assert.Same(oldSlow, oldFast);
            AssertSameTable(slow, fast);
        }
    }

    private static void AssertSameTable(PyDict expected, PyDict actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        var e = expected._table;
        var a = actual._table;
        Assert.Equal(e.Count, a.Count);
        Assert.Equal(e.IndexSize, a.IndexSize);
        for (int i = 0; i < e.IndexSize; i++) Assert.Equal(e.Slot(i), a.Slot(i));
        Assert.Equal(e.Entries.Length, a.Entries.Length);
        for (int j = 0; j < e.Count; j++)
        {
            Assert.Equal(e.Entries[j].Hash, a.Entries[j].Hash);
            Assert.Same(e.Entries[j].Key, a.Entries[j].Key);
            Assert.Same(e.Entries[j].Value, a.Entries[j].Value);
        }
    }

    [Fact]
    public void GrowingTablesDoubleAndStayTwoThirdsFull()
    {
        var d = new PyDict(s_rt.DictType);
        int resizes = 0;
        var t = d._table;
        for (int i = 0; i < 5000; i++)
        {
            d.SetPlainLockHeld(s_rt.NewInt(i), i, s_rt.None);
            if (!ReferenceEquals(t, d._table))
            {
                resizes++;
                t = d._table;
                Assert.Equal(DictTable.UsableFor(t.IndexSize), t.Entries.Length);
                Assert.True(t.Entries.Length >= 2 * i || t.Entries.Length == 5, $"capacity {t.Entries.Length} after {i} keys");
            }
        }
        // 5, 10, 21, 42, 85, 170, 341, 682, 1365, 2730, 5461 entries: CPython's sizes for the same keys
        Assert.Equal(11, resizes);
        Assert.Equal(8192, d._table.IndexSize);
    }

    [Fact]
    public void EverySlotWidthFindsEveryKey()
    {
        var d = new PyDict(s_rt.DictType);
        var eq = new PlainKeyEq();
        var widths = new HashSet<int>();
        const int n = 40000; // 65536 index slots at the end: 4-byte slots
        var keys = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = s_rt.NewInt(i * 7919L);
            d.SetPlainLockHeld(keys[i], i * 7919L, keys[i]);
            if (i % 3 == 1) d.RemoveEntryLockHeld(Find(d, d._table, keys[i - 1], (i - 1) * 7919L, ref eq)); // dummies
            var t = d._table;
            widths.Add(t.SlotWidth);
            if ((i & (i + 1)) == 0 || i == n - 1) AssertIndexMatchesEntries(t);
        }
        Assert.Equal(new HashSet<int> { 1, 2, 4 }, widths);
        for (int i = 0; i < n; i++)
        {
            int ix = Find(d, d._table, keys[i], i * 7919L, ref eq);
            if (i % 3 == 0 && i < n - 1) Assert.Equal(-1, ix);
            else Assert.Same(keys[i], d._table.Entries[ix].Value);
        }
    }

    // Tables of up to 8 index slots keep them in the table object: growing from empty through the
    // inline table (5 entries) to the first index array (10 entries), with deletions leaving inline
    // dummies, finds every key and the index names every live entry once at every step.
    [Fact]
    public void SmallTablesKeepTheirIndexInline()
    {
        var d = new PyDict(s_rt.DictType);
        var eq = new PlainKeyEq();
        var keys = new PyObject[12];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = s_rt.NewInt(i * 8L); // every key starts its probe at slot 0 of an 8-slot index
            d.SetPlainLockHeld(keys[i], i * 8L, keys[i]);
            if (i == 2) d.RemoveEntryLockHeld(Find(d, d._table, keys[1], 8, ref eq)); // a dummy in the inline index
            var t = d._table;
            Assert.Equal(t.IndexSize <= DictTable.InlineSlots, t.IndexBytes == null);
            AssertIndexMatchesEntries(t);
            for (int j = 0; j <= i; j++)
            {
                int ix = Find(d, t, keys[j], j * 8L, ref eq);
                if (j == 1 && i >= 2) Assert.Equal(-1, ix);
                else Assert.Same(keys[j], t.Entries[ix].Value);
            }
        }
        Assert.Null(new PyDict(s_rt.DictType, 5)._table.IndexBytes);
        Assert.NotNull(new PyDict(s_rt.DictType, 6)._table.IndexBytes);
    }

    // The plain-keys flag lives in the table: a resize carries it, clear() drops it, and it is never
    // written into the shared empty table.
    [Fact]
    public void GeneralKeysFlagFollowsTheTable()
    {
        var d = new PyDict(s_rt.DictType);
        var eq = new PlainKeyEq();
        Assert.True(d.HasOnlyPlainKeys);
        d.InsertNewLockHeld(s_rt.NewTupleImmortalItems([s_rt.NewInt(1)]), 17, s_rt.None);
        Assert.False(d.HasOnlyPlainKeys);
        Assert.False(DictTable.Empty.GeneralKeys);
        for (int i = 0; i < 40; i++) d.SetLockHeld(s_rt.NewInt(i), i, s_rt.None, ref eq); // resizes
        Assert.False(d.HasOnlyPlainKeys);
        d.ClearLockHeld();
        Assert.True(d.HasOnlyPlainKeys);
        d.InsertNewLockHeld(s_rt.NewInt(1), 1, s_rt.None);
        Assert.True(d.HasOnlyPlainKeys);
        Assert.False(DictTable.Empty.GeneralKeys);
    }

    // Every live entry is named by exactly one slot; every other slot is empty or a dummy.
    private static void AssertIndexMatchesEntries(DictTable t)
    {
        var seen = new int[t.Count + 1];
        for (int i = 0; i < t.IndexSize; i++)
        {
            int ix = t.Slot(i);
            Assert.InRange(ix, DictTable.DummySlot, t.Count);
            if (ix > 0) seen[ix]++;
        }
        for (int j = 0; j < t.Count; j++) Assert.Equal(t.Entries[j].Key == null ? 0 : 1, seen[j + 1]);
    }
}
