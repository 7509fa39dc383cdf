// clear() leaves a dict an empty table that remembers the cleared table's size (DictTable.AfterClear
// in src/Vm.Shared/Objects/PyDict.cs): it must read as empty, and the first insertion must allocate that
// size at once. Behaviour after a refill is covered by tests/programs/types_dict_set/dict_clear_refill.py.
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.Builtins.Containers;
using Xunit;

namespace Vm.Tests.Objects;

public sealed class DictRefillTests
{
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
        Assert.Equal(new[] { DictTable.EmptySlot }, cleared.Indices);
        Assert.Equal(t.Indices.Length, cleared.RefillIndexSize);
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
        Assert.Equal(before.Indices.Length, d._table.Indices.Length);
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
}
