// A plain-key store (Objects/PyDict.cs, SetPlainLockHeld: one probe finds the key or the slot a new
// entry takes) must leave the dict exactly as the general store (SetLockHeld: FindEntry, then
// InsertNewLockHeld's own probe for a free slot) would: same entries in the same order, the same index
// slots (a dummy left by a deletion reused the same way), the same values returned. Both are run on
// the same random sequence of stores, overwrites and deletions of int and str keys, with resizes.
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.Builtins.Containers;
using Xunit;

namespace Vm.Tests.Objects;

public sealed class DictPlainStoreTests
{
    private static readonly PyRuntime s_rt = Runtimes.FreeThreaded();

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
                int fi = fast.FindEntry(fast._table, key, h, ref eq);
                int si = slow.FindEntry(slow._table, key, h, ref eq);
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
        Assert.Equal(e.Indices, a.Indices);
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
                Assert.Equal(DictTable.UsableFor(t.Indices.Length), t.Entries.Length);
                Assert.True(t.Entries.Length >= 2 * i || t.Entries.Length == 5, $"capacity {t.Entries.Length} after {i} keys");
            }
        }
        // 5, 10, 21, 42, 85, 170, 341, 682, 1365, 2730, 5461 entries: CPython's sizes for the same keys
        Assert.Equal(11, resizes);
        Assert.Equal(8192, d._table.Indices.Length);
    }
}
