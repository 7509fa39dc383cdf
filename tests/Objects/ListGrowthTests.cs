// How a list's item array grows (Objects/PyList.cs, GROWTH): below PyList.DoublingLimit slots a full
// array doubles, from there it grows by half; append, extend and insert share the policy. The
// contents through every growth are checked against a model on both backends, and
// tests/programs/types_list_tuple/list_growth.py checks them against CPython.
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Vm.Tests.Builtins.Containers;
using Xunit;

namespace Vm.Tests.Objects;

public sealed class ListGrowthTests
{
    private static int[] CapacitiesWhileAppending(int n)
    {
        var rt = Runtimes.Gil();
        var l = new PyList(rt.ListType);
        var seen = new List<int>();
        for (int i = 0; i < n; i++)
        {
            l.AppendLockHeld<GilSync>(rt.MainThread, rt.None);
            if (seen.Count == 0 || seen[^1] != l._items.Length) seen.Add(l._items.Length);
        }
        return [.. seen];
    }

    [Fact]
    public void AppendedArray_DoublesBelowTheLimit_ThenGrowsByHalf()
    {
        Assert.Equal(4096, PyList.DoublingLimit);
        Assert.Equal([4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 6144, 9216, 13824], CapacitiesWhileAppending(13_000));
    }

    [Fact]
    public void GrownCapacity_IsAtLeastWhatIsNeeded_AndStopsGrowingAtArrayMaxLength()
    {
        Assert.Equal(4, PyList.GrownCapacity(0, 1));
        Assert.Equal(100, PyList.GrownCapacity(0, 100)); // extend of an empty list by 100: exactly 100
        Assert.Equal(16, PyList.GrownCapacity(8, 9));
        Assert.Equal(40, PyList.GrownCapacity(8, 40));
        Assert.Equal(6144, PyList.GrownCapacity(4096, 4097));
        Assert.Equal(Array.MaxLength, PyList.GrownCapacity(Array.MaxLength / 3 * 2 + 10, Array.MaxLength / 3 * 2 + 11));
        Assert.Equal(Array.MaxLength, PyList.GrownCapacity(Array.MaxLength, Array.MaxLength));
    }

    [Fact] public void ItemsThroughEveryGrowth_EqualTheModel_Gil() => ItemsThroughEveryGrowth<GilSync>(Runtimes.Gil());
    [Fact] public void ItemsThroughEveryGrowth_EqualTheModel_FreeThreaded() => ItemsThroughEveryGrowth<FreeThreadedSync>(Runtimes.FreeThreaded());

    /// <summary>Appends, inserts at the front and in the middle, and extends, each crossing growths of the array
    /// (both sides of DoublingLimit), against a List&lt;long&gt; doing the same.</summary>
    private static void ItemsThroughEveryGrowth<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        var l = Ops<TSync>.NewList(ts);
        var model = new List<long>();
        long next = 0;
        for (int round = 0; round < 14; round++)
        {
            int k = 1 << round;
            for (int i = 0; i < k; i++, next++)
            {
                ListOps<TSync>.Append(ts, l, rt.NewInt(next));
                model.Add(next);
            }
            ListOps<TSync>.Insert(ts, l, 0, rt.NewInt(-next));
            model.Insert(0, -next);
            ListOps<TSync>.Insert(ts, l, model.Count / 2, rt.NewInt(-next - 1));
            model.Insert(model.Count / 2, -next - 1);
            var more = Enumerable.Range(0, round * 3).Select(i => (PyObject)rt.NewInt(1_000_000 + i)).ToArray();
            ListOps<TSync>.Extend(ts, l, new PyTuple(rt.TupleType, more));
            model.AddRange(Enumerable.Range(0, round * 3).Select(i => 1_000_000L + i));
            Assert.True(l._items.Length >= l.Count);
            Assert.Equal(model, l.ToArrayLockHeld().Select(o => ((PyInt)o).Small));
        }
        Assert.True(l.Count > PyList.DoublingLimit);
    }

    [Fact]
    public void SizeOf_ReportsTheArrayTheListHolds()
    {
        using var engine = Vm.Hosting.PythonEngine.Create(Vm.Hosting.Backend.Parse("free-threaded"));
        engine.Execute("""
            l = []
            for i in range(5): l.append(i)
            sizes = [[].__sizeof__(), l.__sizeof__(), ([None] * 5).__sizeof__(), list(range(5)).__sizeof__()]
            """);
        // 40 bytes of list and 8 per slot; 5 appended items sit in an array of 8, a presized list's array is exact
        Assert.Equal("[40, 104, 80, 80]", engine.Evaluate<string>("repr(sizes)"));
    }
}
