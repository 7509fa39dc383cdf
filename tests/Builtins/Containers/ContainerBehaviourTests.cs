// Single-threaded behaviour of the container builtins through the Python-level methods, on both
// backends: hashes and iteration orders that must equal CPython 3.13's, sort stability, repr.
using Vm.Builtins;
using Vm.Builtins.Containers;
using Vm.Concurrency;
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Objects;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Builtins.Containers;

public sealed class ContainerBehaviourTests
{
    [Fact] public void Hashes_MatchCPython_Gil() => Hashes<GilSync>(Runtimes.Gil());
    [Fact] public void Hashes_MatchCPython_FreeThreaded() => Hashes<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void Hashes<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        PyObject I(long v) => rt.NewInt(v);
        // Values printed by CPython 3.13 (hash() of ints/tuples/frozensets/ranges/slices does not depend on PYTHONHASHSEED).
        Assert.Equal(5740354900026072187L, Ops<TSync>.Hash(ts, rt.EmptyTuple));
        Assert.Equal(-3550055125485641917L, Ops<TSync>.Hash(ts, Ops<TSync>.NewTuple(ts, [I(1), I(2)])));
        Assert.Equal(-2340833382717974474L, Ops<TSync>.Hash(ts, new PySlice(rt.SliceType, I(1), I(2), I(3))));
        var fs = SetOps<TSync>.NewFrozen(ts, Ops<TSync>.NewList(ts, [I(1), I(2)]));
        Assert.Equal(-1826646154956904602L, Ops<TSync>.Hash(ts, fs));
        var range = C<TSync>.New(ts, rt.RangeType, I(0), I(5));
        Assert.Equal(5795932985296280846L, Ops<TSync>.Hash(ts, range));
    }

    [Fact] public void SetOrder_MatchesCPython_Gil() => SetOrder<GilSync>(Runtimes.Gil());
    [Fact] public void SetOrder_MatchesCPython_FreeThreaded() => SetOrder<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void SetOrder<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        var s = Ops<TSync>.NewSet(ts);
        foreach (var v in new long[] { 0, 8, 16 }) SetOps<TSync>.Add(ts, s, rt.NewInt(v));
        SetOps<TSync>.Discard(ts, s, rt.NewInt(0));
        SetOps<TSync>.Discard(ts, s, rt.NewInt(8));
        SetOps<TSync>.Add(ts, s, rt.NewInt(24));
        SetOps<TSync>.Add(ts, s, rt.NewInt(32));
        // CPython reuses the LAST dummy slot on its probe path: {32, 24, 16}.
        Assert.Equal("{32, 24, 16}", C<TSync>.Repr(ts, s));

        var a = C<TSync>.New(ts, rt.SetType, C<TSync>.New(ts, rt.RangeType, rt.NewInt(10)));
        var b = Ops<TSync>.NewSet(ts);
        foreach (var v in new long[] { 3, 4, 9, 17 }) SetOps<TSync>.Add(ts, b, rt.NewInt(v));
        Assert.Equal("{0, 1, 2, 5, 6, 7, 8, 17}", C<TSync>.Repr(ts, Ops<TSync>.BinaryOp(ts, a, b, Vm.Bytecode.BinaryOpArg.Xor)));
    }

    [Fact] public void SortIsStable_Gil() => SortIsStable<GilSync>(Runtimes.Gil());
    [Fact] public void SortIsStable_FreeThreaded() => SortIsStable<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void SortIsStable<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        var rnd = new Random(42);
        foreach (int n in new[] { 0, 1, 2, 5, 63, 64, 65, 200, 1000, 5000 })
        {
            var pairs = Enumerable.Range(0, n).Select(i => (Key: (long)rnd.Next(n / 3 + 1), Index: (long)i)).ToArray();
            var items = pairs.Select(p => (PyObject)Ops<TSync>.NewTuple(ts, [rt.NewInt(p.Key), rt.NewInt(p.Index)])).ToArray();
            var list = Ops<TSync>.NewList(ts, items);
            ContainerTypes<TSync>.Sort(ts, list, null, false);
            var expected = pairs.OrderBy(p => p.Key).ThenBy(p => p.Index).ToArray();
            var got = list.ToArrayLockHeld().Select(o => (((PyInt)((PyTuple)o).Items[0]).Small, ((PyInt)((PyTuple)o).Items[1]).Small)).ToArray();
            Assert.Equal(expected.Select(p => (p.Key, p.Index)), got);

            // Stability proper: sort by key only (a key function returning the first item), also reversed.
            var list2 = Ops<TSync>.NewList(ts, items);
            var keyFn = new PyBuiltinFunction(rt.BuiltinFunctionType, "first", (ts2, a, kw) => ((PyTuple)a[0]).Items[0]);
            ContainerTypes<TSync>.Sort(ts, list2, keyFn, false);
            var stable = pairs.OrderBy(p => p.Key).ToArray(); // LINQ OrderBy is stable
            Assert.Equal(stable.Select(p => p.Index), list2.ToArrayLockHeld().Select(o => ((PyInt)((PyTuple)o).Items[1]).Small));
            var list3 = Ops<TSync>.NewList(ts, items);
            ContainerTypes<TSync>.Sort(ts, list3, keyFn, true);
            var stableDesc = pairs.OrderByDescending(p => p.Key).ToArray();
            Assert.Equal(stableDesc.Select(p => p.Index), list3.ToArrayLockHeld().Select(o => ((PyInt)((PyTuple)o).Items[1]).Small));
        }
    }

    [Fact] public void ReprOfRecursiveContainers_Gil() => ReprRecursive<GilSync>(Runtimes.Gil());
    [Fact] public void ReprOfRecursiveContainers_FreeThreaded() => ReprRecursive<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void ReprRecursive<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        var l = Ops<TSync>.NewList(ts);
        ListOps<TSync>.Append(ts, l, rt.NewInt(1));
        ListOps<TSync>.Append(ts, l, l);
        Assert.Equal("[1, [...]]", C<TSync>.Repr(ts, l));
        var d = Ops<TSync>.NewDict(ts);
        DictOps<TSync>.SetItem(ts, d, rt.NewInt(1), d);
        Assert.Equal("{1: {...}}", C<TSync>.Repr(ts, d));
        Assert.Equal("(1,)", C<TSync>.Repr(ts, Ops<TSync>.NewTuple(ts, [rt.NewInt(1)])));
        Assert.Equal("frozenset()", C<TSync>.Repr(ts, SetOps<TSync>.NewFrozen(ts, null)));
        Assert.Equal("set()", C<TSync>.Repr(ts, Ops<TSync>.NewSet(ts)));
        Assert.Equal("range(0, 5, 2)", C<TSync>.Repr(ts, C<TSync>.New(ts, rt.RangeType, rt.NewInt(0), rt.NewInt(5), rt.NewInt(2))));
        Assert.Equal("slice(1, 2, None)", C<TSync>.Repr(ts, new PySlice(rt.SliceType, rt.NewInt(1), rt.NewInt(2), rt.None)));
    }

    [Fact] public void ErrorMessages_Gil() => ErrorMessages<GilSync>(Runtimes.Gil());
    [Fact] public void ErrorMessages_FreeThreaded() => ErrorMessages<FreeThreadedSync>(Runtimes.FreeThreaded());

    private static void ErrorMessages<TSync>(PyRuntime rt) where TSync : struct, ISyncPolicy
    {
        var ts = rt.MainThread;
        string Err(Action a)
        {
            var e = Assert.Throws<PyException>(a);
            return e.Value.Type.Name + ": " + Ops<TSync>.StrValue(ts, e.Value);
        }
        var l = Ops<TSync>.NewList(ts, [rt.NewInt(1), rt.NewInt(2)]);
        Assert.Equal("IndexError: list index out of range", Err(() => C<TSync>.Call(ts, l, "__getitem__", rt.NewInt(5))));
        Assert.Equal("TypeError: list indices must be integers or slices, not str", Err(() => C<TSync>.Call(ts, l, "__getitem__", rt.NewStr("a"))));
        Assert.Equal("ValueError: 3 is not in list", Err(() => C<TSync>.Call(ts, l, "index", rt.NewInt(3))));
        Assert.Equal("ValueError: list.remove(x): x not in list", Err(() => C<TSync>.Call(ts, l, "remove", rt.NewInt(3))));
        Assert.Equal("IndexError: pop from empty list", Err(() => C<TSync>.Call(ts, Ops<TSync>.NewList(ts), "pop")));
        Assert.Equal("TypeError: can only concatenate list (not \"tuple\") to list",
            Err(() => Ops<TSync>.BinaryOp(ts, l, rt.EmptyTuple, Vm.Bytecode.BinaryOpArg.Add)));
        var slice = new PySlice(rt.SliceType, rt.None, rt.None, rt.NewInt(2));
        Assert.Equal("ValueError: attempt to assign sequence of size 2 to extended slice of size 1",
            Err(() => C<TSync>.Call(ts, l, "__setitem__", slice, Ops<TSync>.NewList(ts, [rt.NewInt(1), rt.NewInt(2)]))));
        Assert.Equal("KeyError: 'popitem(): dictionary is empty'", Err(() => C<TSync>.Call(ts, Ops<TSync>.NewDict(ts), "popitem")));
        Assert.Equal("KeyError: 'pop from an empty set'", Err(() => C<TSync>.Call(ts, Ops<TSync>.NewSet(ts), "pop")));
        Assert.Equal("ValueError: range() arg 3 must not be zero", Err(() => C<TSync>.New(ts, rt.RangeType, rt.NewInt(1), rt.NewInt(2), rt.NewInt(0))));
        Assert.Equal("TypeError: cannot convert dictionary update sequence element #0 to a sequence",
            Err(() => C<TSync>.New(ts, rt.DictType, Ops<TSync>.NewList(ts, [rt.NewInt(1)]))));
        Assert.Equal("TypeError: sort() takes no positional arguments", Err(() => C<TSync>.Call(ts, l, "sort", rt.NewInt(1))));
    }
}
