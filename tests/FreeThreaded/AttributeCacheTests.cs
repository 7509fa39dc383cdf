// The per-type attribute lookup cache (src/Vm.Shared/Objects/PyType.AttributeCache.cs): names
// that share a slot must not evict each other on every lookup. With the direct-mapped table of
// 32 slots, `bump` and `count` (the method_calls scaling workload) shared slot 26: every call
// allocated two cache entries and wrote them into a slot both threads read, and two threads ran
// at 0.5-0.8x of one.
using Vm.FreeThreaded;
using Vm.Objects;
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class AttributeCacheTests
{
    private static (PyType Type, PyStr[] Names, PyObject[] Values, Vm.Runtime.PyRuntime Rt) MakeClass(string[] names)
    {
        var rt = FreeThreadedEngine.Create();
        var t = new PyType(rt.TypeType, "C") { Dict = new PyDict(rt.DictType) };
        t.Mro = [t, rt.ObjectType];
        var keys = names.Select(rt.Intern).ToArray();
        var values = names.Select((_, i) => (PyObject)rt.NewInt(100_000 + i)).ToArray();
        for (int i = 0; i < keys.Length; i++) t.Dict.InsertNewLockHeld(keys[i], keys[i].Hash, values[i]);
        return (t, keys, values, rt);
    }

    private static long AllocatedBytesOfLookups(PyType t, PyStr[] names, PyObject[] values, int rounds)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < names.Length; i++)
                if (!ReferenceEquals(t.Lookup(names[i]), values[i])) Assert.Fail($"wrong value for {names[i].Value}");
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void TwoNamesSharingASlot_AlternateWithoutAllocating()
    {
        var (t, names, values, _) = MakeClass(["bump", "count"]);
        AllocatedBytesOfLookups(t, names, values, 3);    // fills the table
        Assert.Equal(0, AllocatedBytesOfLookups(t, names, values, 1000));
    }

    [Fact]
    public void FortyNames_SettleAndThenLookUpWithoutAllocating()
    {
        // More names than the first table has slots: it grows instead of evicting.
        var (t, names, values, _) = MakeClass([.. Enumerable.Range(0, 40).Select(i => "attr" + i)]);
        AllocatedBytesOfLookups(t, names, values, 10);
        Assert.Equal(0, AllocatedBytesOfLookups(t, names, values, 20));
    }

    [Fact]
    public void HundredsOfNames_RarelyRefill()
    {
        // At the largest size a name whose two slots are taken evicts only on every 8th fill.
        var (t, names, values, _) = MakeClass([.. Enumerable.Range(0, 600).Select(i => "attr" + i)]);
        AllocatedBytesOfLookups(t, names, values, 10);
        const int rounds = 20;
        long perLookup = AllocatedBytesOfLookups(t, names, values, rounds) / (rounds * names.Length);
        Assert.True(perLookup < 4, $"{perLookup} bytes allocated per lookup (an entry is 40)");
    }

    [Fact]
    public void ANameBuiltAtRunTime_HitsTheEntryOfItsInternedTwin()
    {
        var (t, names, values, rt) = MakeClass(["bump", "count"]);
        AllocatedBytesOfLookups(t, names, values, 3);
        var built = rt.NewStr(string.Concat("bu", "mp"));
        Assert.NotSame(names[0], built);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) Assert.Same(values[0], t.Lookup(built));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void AnAbsentNameIsRemembered_UntilTheClassGetsIt()
    {
        var (t, names, values, rt) = MakeClass(["bump", "count"]);
        var later = rt.Intern("later");
        for (int i = 0; i < 3; i++) Assert.Null(t.Lookup(later));
        var v = rt.NewInt(7_000_000);
        t.Dict.InsertNewLockHeld(later, later.Hash, v);
        Assert.Same(v, t.Lookup(later));
        Assert.Same(values[0], t.Lookup(names[0]));
    }
}
