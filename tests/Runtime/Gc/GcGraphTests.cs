// The cycle collector's graph arithmetic (Runtime/Gc/GcGraph.cs) on hand-built object graphs with
// given reference counts: what is garbage, what outside references, zero counts and stack roots keep.
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime.Gc;
using Xunit;

namespace Vm.Tests.Runtime.Gc;

public sealed class GcGraphTests
{
    private static readonly Vm.Runtime.PyRuntime s_rt = GilEngine.Create();

    private static PyList List(params PyObject[] items)
    {
        var l = new PyList(s_rt.ListType);
        foreach (var i in items) l.AppendLockHeld<GilSync>(s_rt.MainThread, i);
        return l;
    }

    private static List<PyObject> Garbage(IEnumerable<PyObject> candidates, Dictionary<PyObject, long> counts, params PyObject[] stackRoots)
    {
        var g = GcGraph.Build(candidates);
        g.ComputeExternal(o => counts.TryGetValue(o, out var c) ? c : 1);
        foreach (var r in stackRoots) g.AddRoot(r);
        return g.Unreachable();
    }

    [Fact]
    public void TwoListCycle_WithOnlyInternalReferences_IsGarbage()
    {
        var a = List();
        var b = List(a);
        a.AppendLockHeld<GilSync>(s_rt.MainThread, b);
        var counts = new Dictionary<PyObject, long>(ReferenceEqualityComparer.Instance) { [a] = 1, [b] = 1 };
        var garbage = Garbage([a], counts);
        Assert.Equal(2, garbage.Count);
        Assert.Contains(a, garbage);
        Assert.Contains(b, garbage);
    }

    [Fact]
    public void Cycle_WithAnOutsideReference_IsKeptWithEverythingItReaches()
    {
        var leaf = List();
        var a = List(leaf);
        var b = List(a);
        a.AppendLockHeld<GilSync>(s_rt.MainThread, b);
        // b has one reference from a and one from outside the graph.
        var counts = new Dictionary<PyObject, long>(ReferenceEqualityComparer.Instance) { [a] = 1, [b] = 2, [leaf] = 1 };
        Assert.Empty(Garbage([a], counts));
    }

    [Fact]
    public void GarbageCycle_TakesTheObjectsOnlyItReferences()
    {
        var leaf = List();
        var a = List(leaf);
        a.AppendLockHeld<GilSync>(s_rt.MainThread, a);
        var counts = new Dictionary<PyObject, long>(ReferenceEqualityComparer.Instance) { [a] = 1, [leaf] = 1 };
        var garbage = Garbage([a], counts);
        Assert.Equal(2, garbage.Count);
        Assert.Contains(leaf, garbage);
    }

    [Fact]
    public void ZeroCount_MeansAnUncountedHolder_AndKeepsItsCycle()
    {
        // A floating object (count 0: only a value stack or a .NET local holds it) is never freed,
        // nor anything it reaches.
        var a = List();
        var b = List(a);
        a.AppendLockHeld<GilSync>(s_rt.MainThread, b);
        var holder = List(a);
        var counts = new Dictionary<PyObject, long>(ReferenceEqualityComparer.Instance) { [a] = 2, [b] = 1, [holder] = 0 };
        Assert.Empty(Garbage([holder, a], counts));
    }

    [Fact]
    public void StackRoot_KeepsAGarbageLookingCycle()
    {
        var a = List();
        a.AppendLockHeld<GilSync>(s_rt.MainThread, a);
        var counts = new Dictionary<PyObject, long>(ReferenceEqualityComparer.Instance) { [a] = 1 };
        Assert.Empty(Garbage([a], counts, a));
    }

    [Fact]
    public void NegativeGcRefs_FromAMiscount_IsTreatedAsReachable()
    {
        var a = List();
        a.AppendLockHeld<GilSync>(s_rt.MainThread, a);
        a.AppendLockHeld<GilSync>(s_rt.MainThread, a);
        // Two internal references but a count of 1: never free what the counts do not explain.
        var counts = new Dictionary<PyObject, long>(ReferenceEqualityComparer.Instance) { [a] = 1 };
        Assert.Empty(Garbage([a], counts));
    }

    [Fact]
    public void ImmortalObjects_EndTheWalk()
    {
        var a = List();
        a.AppendLockHeld<GilSync>(s_rt.MainThread, s_rt.None);
        a.AppendLockHeld<GilSync>(s_rt.MainThread, a);
        var g = GcGraph.Build([a]);
        Assert.Equal(1, g.Count);
    }

    [Fact]
    public void Within_IgnoresReferencesLeavingTheSet()
    {
        var outside = List();
        var a = List(outside);
        a.AppendLockHeld<GilSync>(s_rt.MainThread, a);
        var g = GcGraph.Build([a], within: true);
        Assert.Equal(1, g.Count);
    }
}
