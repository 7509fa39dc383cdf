// Baseline compiler: the hit paths of LOAD_ATTR, LOAD_METHOD, STORE_ATTR, STORE_SUBSCR and
// UNPACK_SEQUENCE, run on compiled code's own stack locals without the spill (JitEmitter.Attrs.cs
// emits the calls).
//
// Each helper is the part of its Eval case (Interpreter.Eval.cs) that runs when the site's inline
// cache (Interpreter.AttrCache.cs: class and version tag) answers, or the container is an exact
// list indexed by a machine int in range or an exact dict of plain keys given a plain key, restricted to what can neither run Python code nor
// raise: no property getter or setter, no __getattr__, no fill of the cache, no error, and no
// release that could free an object (a floating receiver is released by the step, so a floating
// receiver is a miss). A miss returns null, having changed nothing, and compiled code spills its
// stack and runs the full step (Interpreter.JitOps.cs / JitSeqOps.cs), which is Eval's case. A
// store that replaced a value whose count then reached zero returns that value: compiled code
// spills the stack as Eval has it after the store and calls JitFinishStore, which frees it and
// then drops the receiver as the case does (the same order: the old value, then the receiver).
//
// Why a hit equals the step: the helper calls the interpreter's own cache reads in the case's
// order (ValidAttrEntry, then OwnAttrAt / PySlotDescriptor.GetFrom / ModuleAttrAt for the entry's
// kind, PlainGetAttr and CustomGetAttribute / CustomSetAttr tested at every use as there), so it
// returns what the case would push; the step's releases are no-ops for a receiver that is not
// floating (DropKeeping) except the cycle collector's note, which the helper makes too
// (GcCandidates.Note only schedules a collection through the eval breaker, it never collects).
//
// Thread safety (free-threaded backend): the reads are the interpreter's (one reference read of
// the site's entry chain, volatile reads of the type, the inline values or slot array and the
// element); the stores are what TryReplaceInlineValue / TryStoreSlotInPlace / ListOps.SetIndex
// do, under the same leaf critical section of the instance or list (nothing in it can park the
// thread), or DictOps.TrySwapPlain's, the store DictOps.SetItem makes under the dict's leaf section
// for a plain key, with the old value released after the section.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>LOAD_ATTR of name <paramref name="arg"/> at <paramref name="site"/> when the cache answers with a
    /// value that needs no call: the value (o stays with its owner: not floating), else null (JitLoadAttr).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitLoadAttrHit(PyThreadState ts, PyCode code, int site, int arg, PyObject o)
    {
        var v = CachedAttrValue(code, site, arg, o);
        if (v == null || (!o.IsImmortal && TSync.IsFloating(ts, o))) return null;
        return v;
    }

    /// <summary>
    /// JitLoadAttrHit for a receiver the instruction before pushed from a fast local (LOAD_FAST, and the
    /// LOAD_ATTR no jump target: JitEmitter.Attrs.cs). The local holds a counted reference (or a borrowed
    /// one that the suspended caller's local counts: CanBorrow) and nothing runs between the two
    /// instructions, so the receiver is never floating: the test JitLoadAttrHit makes would answer false,
    /// and this one skips it (on the free-threaded backend it reads the thread's id and the shared count).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitLoadAttrHitOfLocal(PyCode code, int site, int arg, PyObject o) => CachedAttrValue(code, site, arg, o);

    /// <summary>LOAD_ATTR's cached answer that needs no call (a plain instance's own attribute, slot or
    /// class constant, or a module's attribute), else null; whether the receiver may leave the stack is the caller's test.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? CachedAttrValue(PyCode code, int site, int arg, PyObject o)
    {
        if (o.GetType() == typeof(PyInstance))
        {
            var inst = Unsafe.As<PyInstance>(o);
            var tp = Volatile.Read(ref inst.Type);
            if (!PlainGetAttr(tp) || ValidAttrEntry(code, site, tp) is not { } e) return null;
            if (e.Kind == AttrKind.Dict) return OwnAttrAt(inst, tp, e.DictIndex, code.Names[arg]);
            if (e.Kind == AttrKind.Slot) return Unsafe.As<PySlotDescriptor>(e.Descr!).GetFrom(inst);
            if (e.Kind == AttrKind.ClassValue) return OwnAttrAt(inst, tp, e.DictIndex, code.Names[arg]) ?? (InstanceDictOps<TSync>.HasGeneralDict(inst) ? null : e.Descr);
        }
        else if (o.GetType() == typeof(PyModule))
        {
            // LoadNoDictAttr's ModuleAttr entry (`math.pi`)
            var tp = o.Type;
            if (!tp.IsHeapType && ValidAttrEntry(code, site, tp) is { Kind: AttrKind.ModuleAttr } e && ClrClass.Of(o) == e.Clr)
                return ModuleAttrAt(Unsafe.As<PyModule>(o), e.DictIndex, code.Names[arg]);
        }
        return null;
    }

    /// <summary>
    /// LOAD_METHOD's cached answers (LoadInstanceMethod, LoadNoDictMethod, LoadTypeMethod): the pair
    /// the case pushes (method and self, or NULL and the callable), or (null, null) for JitLoadMethod.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static (PyObject? First, PyObject? Second) JitLoadMethodHit(PyThreadState ts, PyCode code, int site, int arg, PyObject o)
    {
        PyObject? m = null, self = null;
        if (o.GetType() == typeof(PyInstance))
        {
            var inst = Unsafe.As<PyInstance>(o);
            var tp = Volatile.Read(ref inst.Type);
            if (ValidAttrEntry(code, site, tp) is not { } e || (tp.IsHeapType && tp.CustomGetAttribute)) return default;
            if (e.Kind is AttrKind.Method or AttrKind.ClassMethod or AttrKind.StaticMethod)
            {
                if ((m = OwnAttrAt(inst, tp, e.DictIndex, code.Names[arg])) == null)
                {
                    if (InstanceDictOps<TSync>.HasGeneralDict(inst)) return default; // the general path decides

                    m = e.Descr!;
                    self = e.Kind == AttrKind.Method ? inst : e.Kind == AttrKind.ClassMethod ? tp : null;
                }
            }
            else if (e.Kind == AttrKind.Dict && PlainGetAttr(tp)) m = OwnAttrAt(inst, tp, e.DictIndex, code.Names[arg]);
        }
        else if (o is PyType t)
        {
            if (ReferenceEquals(t.Type, ts.Rt.TypeType) && ValidAttrEntry(code, site, t) is { } e)
            {
                if (e.Kind == AttrKind.TypeAttr) m = e.Descr!;
                else if (e.Kind == AttrKind.TypeClassMethod) (m, self) = (e.Descr!, t);
            }
        }
        else
        {
            var tp = o.Type;
            if (ValidAttrEntry(code, site, tp) is { } e && ClrClass.Of(o) == e.Clr)
            {
                if (e.Kind == AttrKind.NoDictMethod && !(tp.IsHeapType && tp.CustomGetAttribute)) (m, self) = (e.Descr!, o);
                else if (e.Kind == AttrKind.ModuleAttr) m = ModuleAttrAt(Unsafe.As<PyModule>(o), e.DictIndex, code.Names[arg]);
            }
        }
        // o leaves the stack unless it is self: the case releases a floating one (DropKeeping)
        if (m == null || (!ReferenceEquals(self, o) && !o.IsImmortal && TSync.IsFloating(ts, o))) return default;
        return self != null ? (m, self) : (ts.Rt.Null, m);
    }

    /// <summary>
    /// STORE_ATTR `o.name = v` replacing an attribute o already has in its inline values, or storing a
    /// __slots__ member into an existing slot array, at a site whose Store / StoreSlot entry is valid:
    /// rt.True when done, the replaced value when its count reached zero (then JitFinishStore), else
    /// null with nothing done (JitStoreAttr). <paramref name="local0"/> is the frame's local 0 (null
    /// when it has none): the case does not drop an o that local 0 holds.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitStoreAttrHit(PyThreadState ts, PyCode code, int site, PyObject o, PyObject v, PyObject? local0)
    {
        if (o.GetType() != typeof(PyInstance)) return null;
        var inst = Unsafe.As<PyInstance>(o);
        var tp = o.Type;
        bool drop = !ReferenceEquals(local0, o) && !o.IsImmortal;
        if (tp.CustomSetAttr || (drop && TSync.IsFloating(ts, o))) return null;
        // StoreEntry's answer without its fill: these two kinds always have their index.
        if (ValidAttrEntry(code, site, tp) is not { } e || e.DictIndex < 0) return null;
        PyObject? old;
        if (e.Kind == AttrKind.Store)
        {
            if ((old = SwapInlineValue(ts, inst, e, v)) == null) return null;
        }
        else if (e.Kind == AttrKind.StoreSlot)
        {
            if (!SwapSlotValue(ts, inst, e.DictIndex, v, out old)) return null;
        }
        else return null;
        return FinishHit(ts, old, drop ? o : null);
    }

    /// <summary>
    /// STORE_SUBSCR `o[k] = v` of an exact list o and an exact machine int k in range (ListOps.SetIndex
    /// under the list's leaf section): rt.True when done, the replaced value when its count reached
    /// zero (then JitFinishStore), else null with nothing done (JitStoreSubscr).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? JitStoreSubscrHit(PyThreadState ts, PyObject v, PyObject o, PyObject k, bool ofLocal)
    {
        var rt = ts.Rt;
        if (o.GetType() == typeof(PyDict)) return StoreDictHit(ts, v, Unsafe.As<PyDict>(o), k, ofLocal);
        if (o.GetType() != typeof(PyList) || !ReferenceEquals(o.Type, rt.ListType) || k.GetType() != typeof(PyInt)
            || !ReferenceEquals(k.Type, rt.IntType) || Unsafe.As<PyInt>(k).IsBig) return null;
        if (!ofLocal && !o.IsImmortal && TSync.IsFloating(ts, o)) return null;
        var l = Unsafe.As<PyList>(o);
        long i = Unsafe.As<PyInt>(k).Small;
        bool done = false;
        PyObject? old = null;
        TSync.LockLeaf(ts, l);
        int n = l._size;
        var items = l._items;
        long j = i < 0 ? i + n : i;
        if ((ulong)j < (ulong)n && (ulong)j < (ulong)items.Length)
        {
            ObjectLifecycle<TSync>.IncRef(ts, v);
            ref var item = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), (nint)j); // list storage is an exact PyObject?[]
            old = item;
            Volatile.Write(ref item, v);
            done = true;
        }
        TSync.UnlockLeaf(ts, l);
        return done ? FinishHit(ts, old, o.IsImmortal ? null : o) : null; // out of range: the step raises
    }

    /// <summary>
    /// STORE_SUBSCR `d[k] = v` of an exact dict d whose keys are all plain and a plain key k (exact str or
    /// int: PyDict.cs, "Plain keys"): the step's DictOps.SetItem takes this very store (TrySetPlain, a leaf
    /// section) for such a pair, hashing k runs no Python code and cannot raise, and comparing it with the
    /// keys neither. Answers as <see cref="JitStoreSubscrHit"/>; null with nothing done for any other pair,
    /// a floating dict (the step frees it) or a general key that arrived before the section began.
    /// </summary>
    private static PyObject? StoreDictHit(PyThreadState ts, PyObject v, PyDict d, PyObject k, bool ofLocal)
    {
        if (!ReferenceEquals(d.Type, ts.Rt.DictType) || !PyDict.IsPlainKey(k) || !d.HasOnlyPlainKeys) return null;
        if (!ofLocal && !d.IsImmortal && TSync.IsFloating(ts, d)) return null;
        long h = k.GetType() == typeof(PyStr) ? Unsafe.As<PyStr>(k).Hash : DictOps<TSync>.KeyHash(ts, k);
        if (!DictOps<TSync>.TrySwapPlain(ts, d, k, h, v, out _, out var old)) return null;
        return FinishHit(ts, old, d.IsImmortal ? null : d);
    }

    /// <summary>UNPACK_SEQUENCE's own fast path (Eval's, JitUnpack's first branch) for n > 4 (fewer: JitUnpackSmallHit):
    /// the items of an exact tuple (or, under the GIL, list) of length n that something else holds, else null (JitUnpack).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject?[]? JitUnpackHit(PyThreadState ts, PyObject seq, int n) =>
        ExactItemsOfLength(ts.Rt, seq, n) is { } src && (seq.IsImmortal || !TSync.IsFloating(ts, seq)) ? src : null;

    /// <summary>The end of a store hit: the replaced value released as DecRef does unless its count
    /// reaches zero (then it is returned, still to free), and <paramref name="drop"/> (not floating) noted.</summary>
    private static PyObject FinishHit(PyThreadState ts, PyObject? old, PyObject? drop)
    {
        if (old != null && !old.IsImmortal)
        {
            if (TSync.DecRef(ts, old)) return old;
            Vm.Runtime.Gc.GcCandidates.Note(ts, old);
        }
        if (drop != null) Vm.Runtime.Gc.GcCandidates.Note(ts, drop);
        return ts.Rt.True;
    }

    /// <summary>
    /// A store hit replaced <paramref name="old"/>, whose count reached zero (compiled code has spilled
    /// the stack as the case has it after its pops): frees it, then drops the receiver as the case
    /// does (STORE_ATTR keeps one that local 0 holds; <paramref name="attr"/> says which case).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void JitFinishStore(PyThreadState ts, Frame f, PyObject old, PyObject o, bool attr)
    {
        ObjectLifecycle<TSync>.Deallocate(ts, old);
        if (!attr || f.Code.NLocals == 0 || !ReferenceEquals(f.Slots[0], o)) ObjectLifecycle<TSync>.DropBorrowed(ts, o);
    }

    /// <summary>TryReplaceInlineValue's swap without its release: the replaced value (non-null), or
    /// null with nothing done (no inline values, another class, or no value at that index).</summary>
    private static PyObject? SwapInlineValue(PyThreadState ts, PyInstance inst, AttrSiteEntry site, PyObject value)
    {
        int ix = site.DictIndex;
        PyObject? old = null;
        TSync.LockLeaf(ts, inst);
        var dv = inst._dictOrValues;
        if (dv != null && dv.GetType() == typeof(PyObject[]) && ReferenceEquals(inst.Type, site.Type) && (uint)ix < (uint)Unsafe.As<PyObject?[]>(dv).Length)
        {
            ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Unsafe.As<PyObject?[]>(dv)), ix);
            if ((old = slot) != null)
            {
                ObjectLifecycle<TSync>.IncRef(ts, value);
                Volatile.Write(ref slot, value);
            }
        }
        TSync.UnlockLeaf(ts, inst);
        return old;
    }

    /// <summary>TryStoreSlotInPlace's swap without its release: false with nothing done when the slot
    /// array is missing or short, else the element swapped and the old one (null: unset) returned.</summary>
    private static bool SwapSlotValue(PyThreadState ts, PyInstance inst, int ix, PyObject value, out PyObject? old)
    {
        old = null;
        TSync.LockLeaf(ts, inst);
        var s = inst.Slots; // always created as an exact PyObject?[] (InstanceSlotOps.cs)
        bool done = s != null && (uint)ix < (uint)s.Length;
        if (done)
        {
            ref var element = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s!), ix);
            old = element;
            ObjectLifecycle<TSync>.IncRef(ts, value);
            Volatile.Write(ref element, value);
        }
        TSync.UnlockLeaf(ts, inst);
        return done;
    }
}
