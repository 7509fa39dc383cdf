// The eval loop's out-of-line helpers (Interpreter.Eval.cs): dropping stack references around a
// result that must stay alive, BINARY_SUBSCR's and STORE_SUBSCR's general cases, the exact-list
// unpack, FOR_ITER over other iterators, CONTAINS_OP, LOAD_ATTR's generic case and the
// eval-breaker handler.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// The eval loop's error exit for the exception in ts.CurrentException (f.Sp saved): a new
    /// raise (<paramref name="newRaise"/>) gets its __context__ and this frame's traceback entry, a
    /// re-raise neither. True when a handler of f takes it (f.Sp and f.Ip set for it); false when
    /// it leaves the frame (ts.CurrentException set, the locals released or passed to the traceback).
    /// </summary>
    private static bool RaiseInFrame(PyThreadState ts, Frame f, bool newRaise)
    {
        var e = (PyBaseException)ts.CurrentException!;
        ts.CurrentException = null;
        if (newRaise)
        {
            SetContext(ts, e);
            AddTraceback(ts, f, e);
        }
        if (Unwind(ts, f, e)) return true;
        Fail(ts, f, e);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void DropRange(PyThreadState ts, PyObject?[] slots, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var v = slots[i]!;
            Put(slots, i, null);
            if (!v.IsImmortal && TSync.IsFloating(ts, v)) ObjectLifecycle<TSync>.Deallocate(ts, v);
        }
    }

    /// <summary>
    /// Drops a stack reference to `o` while `keep` (possibly one of o's children) lives on, on the
    /// stack: if o is floating and gets deallocated, keep must not go with it. A floating o that
    /// is also at slots[copyAt] is a DUP_TOP/DUP_TOP_TWO copy of an augmented assignment's target
    /// (`mk().n += 1`, `mk()[i] += 1`): it is not dropped, the STORE that consumes the copy
    /// releases it after the store (CPython's stack holds a reference per copy).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void DropKeeping(PyThreadState ts, PyObject o, PyObject keep, PyObject?[] slots, int copyAt)
    {
        if (!TSync.IsFloating(ts, o) || (copyAt >= 0 && ReferenceEquals(slots[copyAt], o))) return;
        if (keep.IsImmortal || ReferenceEquals(keep, o))
        {
            if (!ReferenceEquals(keep, o)) ObjectLifecycle<TSync>.Deallocate(ts, o);
            return;
        }
        TSync.IncRef(ts, keep);
        ObjectLifecycle<TSync>.Deallocate(ts, o);
        TSync.DecRefNoDealloc(ts, keep);
    }

    /// <summary>STORE_SUBSCR's end with a mortal key: the container, then the key if it is floating
    /// (not stored). Out of line, so that Eval's STORE_SUBSCR does not grow by the free-threaded
    /// IsFloating (Eval's register allocation is sensitive to its size, runtime-conventions).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DropContainerAndKey(PyThreadState ts, PyObject o, PyObject k)
    {
        ObjectLifecycle<TSync>.DropBorrowed(ts, o);
        if (TSync.IsFloating(ts, k)) ObjectLifecycle<TSync>.Deallocate(ts, k);
    }

    /// <summary>
    /// BINARY_SUBSCR's <c>o[k]</c> other than an exact list with a machine-int index (Eval's inline case):
    /// the item, or null with the IndexError or KeyError in ts.CurrentException (an exact tuple's, dict's
    /// or str's miss raises through the frame's error path, not a .NET throw); anything else raises by
    /// throwing. Drops neither operand (the case does).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? SubscrOrNull(PyThreadState ts, PyObject o, PyObject k)
    {
        var rt = ts.Rt;
        PyObject? v;
        if (o is PyTuple tu && tu.Type == rt.TupleType && k is PyInt ti && !ti.IsBig && k.Type == rt.IntType)
        {
            if ((v = TupleIndexOrNull(tu, ti.Small)) == null) ts.CurrentException = IndexOutOfRange(ts, o).Value;
            return v;
        }
        if (o is PyDict dk && o.Type == rt.DictType)
        {
            // An exact dict has no __missing__: a missing key raises KeyError through
            // the frame's own error path, not a .NET throw (`try: d[k] except KeyError`
            // cost ~25x CPython's time when every miss unwound the .NET stack).
            if ((v = DictOps<TSync>.GetItemOrNull(ts, dk, k)) == null) ts.CurrentException = DictOps<TSync>.KeyError(ts, k).Value;
            return v;
        }
        if (o.Type == rt.StrType && k is PyInt si && !si.IsBig && k.Type == rt.IntType)
        {
            // str.__getitem__ with an int (its CharAtOrNull); out of range raises without a .NET throw.
            if ((v = Vm.Builtins.StrType<TSync>.CharAtOrNull(rt, Unsafe.As<PyStr>(o), si.Small)) == null) ts.CurrentException = IndexOutOfRange(ts, o).Value;
            return v;
        }
        if (o is PyList sl && sl.Type == rt.ListType && k is PySlice ks)
            return ListOps<TSync>.GetSlice(ts, sl, ks);   // what list.__getitem__ does with a slice
        return Ops<TSync>.GetItem(ts, o, k);
    }

    /// <summary>STORE_SUBSCR's <c>o[k] = v</c> other than an exact list with a machine-int index (Eval's inline
    /// case), with the releases of CPython's decrefs after it. Eval and the compiler's step both call it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void StoreSubscrSlow(PyThreadState ts, PyObject o, PyObject k, PyObject v)
    {
        var rt = ts.Rt;
        if (ReferenceEquals(o.Type, rt.ListType) && o is PyList sl && k is PySlice) // the type first: `is` of a dict is a class-hierarchy walk
        {
            Vm.Builtins.ContainerTypes<TSync>.ListSetItem(ts, sl, k, v);   // list.__setitem__ itself
            // It copied the items: a fresh value (`p[:k] = p[k-1::-1]`, `p[1:3] = [a, b]`)
            // dies here and releases them, as CPython's decref after STORE_SUBSCR; so does the slice.
            ObjectLifecycle<TSync>.DropBorrowed(ts, v);
            DropContainerAndKey(ts, sl, k);
            return;
        }
        Ops<TSync>.SetItem(ts, o, k, v);
        if (o.Type.IsHeapType)
        {
            // A user __setitem__ may have kept neither key nor value: value, container, key (CPython's order).
            ObjectLifecycle<TSync>.DropBorrowed(ts, v);
            DropContainerAndKey(ts, o, k);
        }
        // A floating key the container did not keep (an equal one was there: `d[K()] += 1`)
        // dies after the container, as CPython's decrefs after STORE_SUBSCR.
        else if (!k.IsImmortal) DropContainerAndKey(ts, o, k);
        else ObjectLifecycle<TSync>.DropBorrowed(ts, o);
    }

    private static void DropRangeKeeping(PyThreadState ts, PyObject?[] slots, int from, int to, PyObject keep)
    {
        if (keep.IsImmortal)
        {
            DropRange(ts, slots, from, to);
            return;
        }
        TSync.IncRef(ts, keep);
        DropRange(ts, slots, from, to);
        TSync.DecRefNoDealloc(ts, keep);
    }

    /// <summary>
    /// UNPACK_SEQUENCE's inline case: the item array of an exact tuple of length <paramref name="n"/>,
    /// or under the GIL (no other thread can change it meanwhile) of an exact list of that size; null
    /// otherwise. A subclass may iterate differently; a wrong length raises on the general path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject?[]? ExactItemsOfLength(PyRuntime rt, PyObject seq, int n)
    {
        if (seq.GetType() == typeof(PyTuple))
        {
            var items = Unsafe.As<PyTuple>(seq).Items;
            return items.Length == n && ReferenceEquals(seq.Type, rt.TupleType) ? items : null;
        }
        if (TSync.GilEnabled && seq.GetType() == typeof(PyList))
        {
            var l = Unsafe.As<PyList>(seq);
            return l._size == n && ReferenceEquals(seq.Type, rt.ListType) ? l._items : null;
        }
        return null;
    }

    /// <summary>
    /// UNPACK_SEQUENCE's general path (Eval takes held exact tuples, and exact lists under the GIL,
    /// itself): pushes the <paramref name="n"/> items of <paramref name="seq"/> last first and
    /// returns the new sp; ValueError when it has more or fewer.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int UnpackSequenceOp(PyThreadState ts, PyObject seq, PyObject?[] slots, int sp, int n)
    {
        var rt = ts.Rt;
        if (seq is PyList sl && sl.Type == rt.ListType && TryUnpackList(ts, sl, n, slots, sp)) return sp + n;
        var items = seq is PyTuple t && t.Items.Length == n && ReferenceEquals(t.Type, rt.TupleType) ? t.Items : UnpackIterable(ts, seq, n, -1);
        for (int i = n - 1; i >= 0; i--) Put(slots, sp++, items[i]);
        if (!seq.IsImmortal) DropKeepingAll(ts, seq, items);
        return sp;
    }

    /// <summary>
    /// UNPACK_SEQUENCE of an exact list that something else holds (a floating list would be freed
    /// by the drop, with its items: the general path keeps them). Copies its items to the stack in
    /// one critical section (what CPython's UNPACK_SEQUENCE_LIST does), so a concurrent mutation is
    /// seen whole or not at all, as through the snapshot of the general path; false, with nothing
    /// pushed, when the length differs (the general path raises the right error). The body copies
    /// references and runs no Python code, so it is a leaf section (CriticalSections.cs, "LEAF
    /// SECTIONS"): skipped while the only thread elides (nbody unpacked 50 lists a step, each an
    /// entry pushed and popped, where the GIL build does nothing).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    private static bool TryUnpackList(PyThreadState ts, PyList l, int n, PyObject?[] slots, int sp)
    {
        if (TSync.IsFloating(ts, l) || sp + n > slots.Length) return false;
        TSync.LockLeaf(ts, l); // plain array work: a leaf section
        try
        {
            if (l._size != n) return false;
            var arr = l._items;
            for (int i = 0; i < n; i++) Put(slots, sp + n - 1 - i, arr[i]);
            return true;
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
    }

    private static void DropKeepingAll(PyThreadState ts, PyObject seq, PyObject[] items)
    {
        if (!TSync.IsFloating(ts, seq)) return;
        if (seq.GetType() == typeof(PyTuple) && ReferenceEquals(Unsafe.As<PyTuple>(seq).Items, items) && ReferenceEquals(seq.Type, ts.Rt.TupleType))
        {
            ObjectLifecycle<TSync>.FreeTupleKeepingItems(ts, Unsafe.As<PyTuple>(seq));
            return;
        }
        Holds<TSync>.HoldAll(ts, items);
        ObjectLifecycle<TSync>.Deallocate(ts, seq);
        Holds<TSync>.GiveBackAll(ts, items);
    }

    /// <summary>
    /// FOR_ITER's step over a range, list or tuple iterator (CPython's FOR_ITER_RANGE, _LIST, _TUPLE): their
    /// own Next without the base-class test and the virtual call; <paramref name="v"/> null when
    /// exhausted. False, nothing done, for any other iterator.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryNextRangeOrList(PyThreadState ts, PyObject it, out PyObject? v)
    {
        if (it.GetType() == typeof(Vm.Builtins.Containers.RangeIterator))
        {
            v = Unsafe.As<Vm.Builtins.Containers.RangeIterator>(it).TryNextValue(out long rv) ? ts.Rt.NewInt(rv) : null;
            return true;
        }
        if (it.GetType() == typeof(Vm.Builtins.Containers.ListIterator<TSync>))
        {
            v = Unsafe.As<Vm.Builtins.Containers.ListIterator<TSync>>(it).NextItem(ts);
            return true;
        }
        if (it.GetType() == typeof(Vm.Builtins.Containers.TupleIterator<TSync>))
        {
            v = Unsafe.As<Vm.Builtins.Containers.TupleIterator<TSync>>(it).NextItem();
            return true;
        }
        v = null;
        return false;
    }

    /// <summary>
    /// FOR_ITER's step over any iterator but a range, list, tuple or generator (Eval's inline cases),
    /// f.Sp saved as sp: the next item pushed; or, with UNPACK_SEQUENCE 2 at instrs[ip] and an
    /// iterator of pairs, both items pushed as that unpack would push them (ip past it); or at the
    /// end the iterator dropped and ip at <paramref name="exit"/>. Returns the new ip and sp.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Ip, int Sp) ForIterOther(PyThreadState ts, Frame f, int[] instrs, PyObject?[] slots, int ip, int sp, PyObject it, int exit)
    {
        PyObject? v;
        if (it is PyIterBase nit) // (after the sealed PyGenerator: this test walks the class hierarchy)
        {
            // `for a, b in ...`: the pair without its 2-tuple (PyIterBase.NextPair).
            if (instrs[ip] == PairUnpackWord && nit.HasPairs)
            {
                if (nit.NextPair(ts, out var pa, out var pb))
                {
                    Put(slots, sp++, pb);
                    Put(slots, sp++, pa);
                    return (ip + 1, sp);
                }
                v = null;
            }
            else v = nit.Next(ts);
        }
        else v = Ops<TSync>.Next(ts, it);
        if (v == null) return (exit, EndForLoop(ts, f, slots, sp, it));
        Put(slots, sp, v);
        return (ip, sp + 1);
    }

    /// <summary>CONTAINS_OP (arg bit 0: `not in`) of [a b] below slots[sp]: the bool in a's place; the new sp.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ContainsOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int arg)
    {
        var b = slots[--sp]!;
        var a = slots[sp - 1]!;
        f.Sp = sp + 1;
        bool res = Ops<TSync>.Contains(ts, b, a) ^ ((arg & 1) != 0);
        Put(slots, sp - 1, res ? ts.Rt.True : ts.Rt.False);
        ObjectLifecycle<TSync>.DropBorrowed(ts, a);
        if (arg < Vm.Bytecode.CompareOpArgs.KeepsRight) ObjectLifecycle<TSync>.DropBorrowed(ts, b); // else a chain's next link holds a copy of b
        return sp;
    }

    /// <summary>FOR_ITER's end (ip jumps past the loop): the exhausted iterator at slots[sp - 1] is
    /// dropped like any stack value (freeing it releases the iterable it holds); the new sp.</summary>
    private static int EndForLoop(PyThreadState ts, Frame f, PyObject?[] slots, int sp, PyObject it)
    {
        Put(slots, --sp, null);
        f.Sp = sp;
        ObjectLifecycle<TSync>.DropBorrowed(ts, it);
        return sp;
    }

    /// <summary>STORE_FAST of <paramref name="v"/> (an uncounted stack value) into local <paramref name="local"/>:
    /// the local takes a count and the value it held is released. <paramref name="sp"/> is the stack
    /// height to save before a deallocation runs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreFast(PyThreadState ts, Frame f, PyObject?[] slots, int local, PyObject v, int sp)
    {
        if (!v.IsImmortal) TSync.IncRef(ts, v);
        var old = slots[local];
        Put(slots, local, v);
        if (old != null && !old.IsImmortal)
        {
            if (TSync.BorrowsArguments && f.BorrowedParams != 0 && ForgetBorrowed(f, local)) return;
            if (TSync.DecRef(ts, old)) ReleaseOverwritten(ts, f, slots, sp, old);
            else Vm.Runtime.Gc.GcCandidates.Note(ts, old);
        }
    }

    /// <summary>
    /// A local's old value whose count reached zero when the local was overwritten: deallocated,
    /// unless the value stack still holds it (uncounted: `a, b = b, a` stores into a while a's
    /// value waits on the stack for b). Then it stays floating like any fresh stack value, and its
    /// consumer counts it (a store) or releases it (DropBorrowed).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReleaseOverwritten(PyThreadState ts, Frame f, PyObject?[] slots, int sp, PyObject old)
    {
        for (int i = f.StackBase; i < sp; i++)
            if (ReferenceEquals(slots[i], old)) return;
        f.Sp = sp;
        ObjectLifecycle<TSync>.Deallocate(ts, old);
    }

    /// <summary>
    /// IS_OP's operands leave the stack (its result is at slots[at]) and are released like any
    /// consumer's, except one that is also the value just below: a chained comparison's middle
    /// operand (`a is f() is c`: DUP_TOP; ROT_THREE left the copy there), whose consumer releases it.
    /// Two uncounted stack copies of a floating object may be released only once.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DropIsOperands(PyThreadState ts, PyObject?[] slots, int at, PyObject a, PyObject b)
    {
        var below = at > 0 ? slots[at - 1] : null;
        if (!ReferenceEquals(a, below)) ObjectLifecycle<TSync>.DropBorrowed(ts, a);
        if (!ReferenceEquals(b, below) && !ReferenceEquals(b, a)) ObjectLifecycle<TSync>.DropBorrowed(ts, b);
    }

    /// <summary>Local <paramref name="arg"/> was a borrowed parameter (BindArguments): it is
    /// overwritten or deleted without a release, and counted from now on. False if it was counted.</summary>
    private static bool ForgetBorrowed(Frame f, int arg)
    {
        if ((uint)arg >= 64 || (f.BorrowedParams & (1UL << arg)) == 0) return false;
        f.BorrowedParams &= ~(1UL << arg);
        return true;
    }

    /// <summary>
    /// LOAD_ATTR beyond the instance and builtin-type caches: getattr, or null with Ops.GetAttr's
    /// AttributeError in ts.CurrentException for Eval to raise through the frame's error path
    /// instead of a .NET throw (`try: o.x except AttributeError` was ~10x CPython).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadAttrGeneric(PyThreadState ts, PyObject o, PyStr name)
    {
        if (Ops<TSync>.TryGetAttr(ts, o, name) is { } v) return v;
        ts.CurrentException = Ops<TSync>.AttributeErrorFor(ts, o, name).Value;
        return null;
    }

    /// <summary>The eval loop's eval-breaker slow path: HandleBreaker, then true when the thread's trace or
    /// profile function changed (the loop returns ReenterSignal, its frame saved, and Run picks the loop
    /// anew: Tracing/TraceModes.cs). Compiled code calls HandleBreaker, which leaves that bit to the loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool HandleBreakerInEval(PyThreadState ts)
    {
        HandleBreaker(ts);
        // (not inside a trace or profile function: its loop runs untraced either way, and taking the bit
        // there would leave the loop of the frame that installed the function untraced)
        if ((ts.EvalBreaker & EvalBreakerBits.TraceChanged) == 0 || ts.HookDepth != 0) return false;
        ts.ClearEvalBreakerBit(EvalBreakerBits.TraceChanged);
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void HandleBreaker(PyThreadState ts)
    {
        TSync.HandleEvalBreaker(ts);
        int bits = ts.EvalBreaker;
        if ((bits & (EvalBreakerBits.AsyncException | EvalBreakerBits.Cancel)) != 0)
            ts.Rt.RaiseAsyncIfPending(ts);
        if ((bits & EvalBreakerBits.HostHook) != 0) ts.Rt.HostHook?.Invoke(ts);
        if ((bits & EvalBreakerBits.GcScheduled) != 0) Vm.Runtime.Gc.CycleCollector<TSync>.CollectAutomatic(ts);
    }
}
