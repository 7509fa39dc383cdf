// Baseline compiler: the steps for iteration, subscripts, unpacking, building and unary/identity/
// membership tests (the conventions of Interpreter.JitOps.cs: each is its Eval case on the spilled
// stack, unless it says it takes its operands from compiled code's locals).
using System.Runtime.CompilerServices;
using Vm.Builtins.Containers;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>GET_ITER: the iterator at sp - 1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject JitGetIter(PyThreadState ts, Frame f, int sp)
    {
        var slots = f.Slots;
        f.Sp = sp;
        var iterable = slots[sp - 1]!;
        var iter = Ops<TSync>.GetIter(ts, iterable);
        Put(slots, sp - 1, iter);
        if (!ReferenceEquals(iter, iterable)) ObjectLifecycle<TSync>.DropBorrowed(ts, iterable);
        return iter;
    }

    /// <summary>FOR_ITER's step for an iterator other than a range, list or tuple iterator (those run
    /// inline through TryNextRangeOrList): the next item, or null when exhausted.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitForIterNext(PyThreadState ts, Frame f, int sp)
    {
        var it = f.Slots[sp - 1]!;
        f.Sp = sp;
        if (it is PyGenerator g) return Generators<TSync>.NextOrNull(ts, g);
        if (it is PyIterBase nit) return nit.Next(ts);
        return Ops<TSync>.Next(ts, it);
    }

    /// <summary>FOR_ITER then UNPACK_SEQUENCE 2 (JitEmitter.Unpack.cs, ForIterPair) for an iterator other
    /// than a range, list or tuple iterator: Eval's NextPair path when the iterator has pairs (1 with
    /// the parts, -1 when exhausted), else 0 with nothing done (then JitForIterNext).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int JitForIterPair(PyThreadState ts, Frame f, int sp, out PyObject? a, out PyObject? b)
    {
        a = b = null;
        if (f.Slots[sp - 1] is not PyIterBase { HasPairs: true } nit) return 0;
        f.Sp = sp;
        return nit.NextPair(ts, out a, out b) ? 1 : -1;
    }

    /// <summary>FOR_ITER at its end: the exhausted iterator at sp - 1 popped and released.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitEndFor(PyThreadState ts, Frame f, int sp) => EndForLoop(ts, f, f.Slots, sp, f.Slots[sp - 1]!);

    /// <summary>BINARY_SUBSCR of an exact list or tuple that something else holds by a machine int in
    /// range, from compiled code's locals: the item (nothing to release), else null (take JitSubscr).
    /// <paramref name="ofLocal"/>: the compiler saw o pushed by a LOAD_FAST (JitEmitter.Attrs.cs,
    /// PushedByLoadFast), so the local holds it and the floating test is skipped. Otherwise the test
    /// runs in SubscrUnlessFloating, a tail call: on the free-threaded backend its slow path is a call,
    /// and a call here with o and i live across it made every use save and restore six registers.</summary>
    internal static PyObject? JitSubscrFast(PyThreadState ts, PyObject o, PyObject k, bool ofLocal)
    {
        if (k.GetType() != typeof(PyInt) || Unsafe.As<PyInt>(k).IsBig || !ReferenceEquals(k.Type, ts.Rt.IntType)) return null;
        long i = Unsafe.As<PyInt>(k).Small;
        if (o.GetType() == typeof(PyList) && ReferenceEquals(o.Type, ts.Rt.ListType))
            return ofLocal ? ListOps<TSync>.GetIndexOrNull(ts, Unsafe.As<PyList>(o), i) : SubscrUnlessFloating(ts, o, i);
        if (o.GetType() == typeof(PyTuple) && ReferenceEquals(o.Type, ts.Rt.TupleType))
            return ofLocal || o.IsImmortal ? TupleIndexOrNull(Unsafe.As<PyTuple>(o), i) : SubscrUnlessFloating(ts, o, i);
        return null;
    }

    /// <summary>JitSubscrFast's answer for an exact list or tuple o the compiler could not see held: null when o is floating.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? SubscrUnlessFloating(PyThreadState ts, PyObject o, long i)
    {
        if (TSync.IsFloating(ts, o)) return null;
        return o.GetType() == typeof(PyList) ? ListOps<TSync>.GetIndexOrNull(ts, Unsafe.As<PyList>(o), i) : TupleIndexOrNull(Unsafe.As<PyTuple>(o), i);
    }

    /// <summary>BINARY_SUBSCR: the item at sp - 2, or null with the error pending (o and k kept).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitSubscr(PyThreadState ts, Frame f, int sp)
    {
        var rt = ts.Rt;
        var slots = f.Slots;
        var k = slots[--sp]!;
        var o = slots[sp - 1]!;
        f.Sp = sp + 1;
        PyObject? v;
        if (o is PyList l && l.Type == rt.ListType && k is PyInt ki && !ki.IsBig && k.Type == rt.IntType)
        {
            if ((v = ListOps<TSync>.GetIndexOrNull(ts, l, ki.Small)) == null) return IndexErrorOrNull(ts, o);
        }
        else if ((v = SubscrOrNull(ts, o, k)) == null) return null; // Eval's own general case (EvalHelpers.cs), its error pending
        Put(slots, sp - 1, v);
        if (!o.IsImmortal) DropKeeping(ts, o, v, slots, sp - 3);
        if (!k.IsImmortal) DropKeeping(ts, k, v, slots, sp - 2);
        f.Sp = sp;
        return v;
    }

    private static PyObject? IndexErrorOrNull(PyThreadState ts, PyObject o)
    {
        ts.CurrentException = IndexOutOfRange(ts, o).Value;
        return null;
    }

    /// <summary>STORE_SUBSCR: Eval's case (v, o, k popped from sp).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitStoreSubscr(PyThreadState ts, Frame f, int sp)
    {
        var slots = f.Slots;
        var k = slots[--sp]!;
        var o = slots[--sp]!;
        var v = slots[--sp]!;
        f.Sp = sp;
        if (ReferenceEquals(o.Type, ts.Rt.ListType) && o is PyList l && k is PyInt ki && !ki.IsBig) // the type first: `is` of a dict is a class-hierarchy walk
        {
            ListOps<TSync>.SetIndex(ts, l, ki.Small, v);
            ObjectLifecycle<TSync>.DropBorrowed(ts, o);
        }
        else StoreSubscrSlow(ts, o, k, v);
    }

    /// <summary>UNPACK_SEQUENCE of the value at sp - 1 into n values: the new sp.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int JitUnpack(PyThreadState ts, Frame f, int sp, int n)
    {
        var slots = f.Slots;
        var seq = slots[--sp]!;
        if (ExactItemsOfLength(ts.Rt, seq, n) is { } src && (seq.IsImmortal || !TSync.IsFloating(ts, seq)))
        {
            for (int i = n - 1; i >= 0; i--) Put(slots, sp++, src[i]);
            return sp;
        }
        f.Sp = sp;
        return UnpackSequenceOp(ts, seq, slots, sp, n);
    }

    internal static PyObject JitNewTuple(PyThreadState ts, PyObject[] items) => Ops<TSync>.NewTuple(ts, items);

    internal static PyObject JitNewList(PyThreadState ts, PyObject[] items) => Ops<TSync>.NewList(ts, items);

    /// <summary>UNARY_POSITIVE / NEGATIVE / INVERT of the value at sp - 1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject JitUnary(PyThreadState ts, Frame f, int sp, int op)
    {
        f.Sp = sp;
        var r = UnaryOp(ts, (Opcode)op, f.Slots[sp - 1]!);
        Put(f.Slots, sp - 1, r);
        return r;
    }

    /// <summary>UNARY_NOT of the value at sp - 1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject JitNot(PyThreadState ts, Frame f, int sp)
    {
        f.Sp = sp;
        var v = f.Slots[sp - 1]!;
        PyObject r = Ops<TSync>.IsTrue(ts, v) ? ts.Rt.False : ts.Rt.True;
        Put(f.Slots, sp - 1, r);
        ObjectLifecycle<TSync>.DropBorrowed(ts, v);
        return r;
    }

    /// <summary>IS_OP from compiled code's locals: whether an operand is floating (then JitIsOpDrop runs the case).</summary>
    internal static bool JitIsNeedsDrop(PyThreadState ts, PyObject a, PyObject b) =>
        (!a.IsImmortal && TSync.IsFloating(ts, a)) || (!b.IsImmortal && TSync.IsFloating(ts, b));

    /// <summary>IS_OP with a floating operand: Eval's case on the stack.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject JitIsOpDrop(PyThreadState ts, Frame f, int sp, int arg)
    {
        var slots = f.Slots;
        var b = slots[--sp]!;
        var a = slots[sp - 1]!;
        PyObject res = ReferenceEquals(a, b) ^ (arg != 0) ? ts.Rt.True : ts.Rt.False;
        Put(slots, sp - 1, res);
        f.Sp = sp;
        DropIsOperands(ts, slots, sp - 1, a, b);
        return res;
    }

    /// <summary>CONTAINS_OP's inline case from compiled code's stack locals: `a in b` (or `not in`) for an exact set or
    /// frozenset b and a plain key a, when no Python code runs and neither operand needs a drop (as IS_OP's
    /// inline case: a borrowed operand that is not floating is left as it is); null otherwise, for JitContains.</summary>
    internal static PyObject? JitContainsPlain(PyThreadState ts, PyObject a, PyObject b, int arg)
    {
        var rt = ts.Rt;
        if (b.GetType() != typeof(PySet) || (b.Type != rt.SetType && b.Type != rt.FrozenSetType)) return null;
        if ((!a.IsImmortal && TSync.IsFloating(ts, a)) || (arg < CompareOpArgs.KeepsRight && !b.IsImmortal && TSync.IsFloating(ts, b))) return null;
        int r = SetOps<TSync>.ContainsPlain(ts, Unsafe.As<PySet>(b), a);
        if (r < 0) return null;
        return (r > 0) ^ ((arg & 1) != 0) ? rt.True : rt.False;
    }

    /// <summary>CONTAINS_OP: Eval's case.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject JitContains(PyThreadState ts, Frame f, int sp, int arg)
    {
        var slots = f.Slots;
        var b = slots[--sp]!;
        var a = slots[sp - 1]!;
        f.Sp = sp + 1;
        bool res = Ops<TSync>.Contains(ts, b, a) ^ ((arg & 1) != 0);
        PyObject r = res ? ts.Rt.True : ts.Rt.False;
        Put(slots, sp - 1, r);
        ObjectLifecycle<TSync>.DropBorrowed(ts, a);
        if (arg < CompareOpArgs.KeepsRight) ObjectLifecycle<TSync>.DropBorrowed(ts, b);
        f.Sp = sp;
        return r;
    }

    /// <summary>STORE_GLOBAL of the value at sp - 1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitStoreGlobal(PyThreadState ts, Frame f, int sp, int arg)
    {
        var v = f.Slots[--sp]!;
        f.Sp = sp;
        DictOps<TSync>.SetItem(ts, f.Globals, f.Code.Names[arg], v);
    }
}
