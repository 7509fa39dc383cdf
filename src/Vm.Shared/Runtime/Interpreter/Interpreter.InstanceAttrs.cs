// Instance attribute fast paths of LOAD_ATTR and STORE_ATTR (issue 9).
//
// For an exact PyInstance (an instance of a class whose solid base is object; not a .NET subclass
// such as _thread._local, whose __dict__ is per thread) whose class defines
// neither __getattribute__ nor __getattr__, getattr is Ops.GenericGetAttr. The eval loop handles
// three of its cases itself and leaves every other one to it:
//  * no attribute of that name in the class MRO: the instance __dict__ (absent: the slow path
//    raises the AttributeError, with its name and obj);
//  * a __slots__ member (a data descriptor, which wins over the __dict__): the slot (unset: the
//    slow path raises);
//  * an exact `property` whose fget is a Python function (a data descriptor): fget(obj), called
//    like any Python call from the eval loop, so an exception in it unwinds as a failed CALL does.
// For STORE_ATTR on a PyInstance whose class does not override __setattr__/__delattr__, an exact
// property with a Python fset is called the same way (GenericSetAttr's property case); the
// result is dropped, as CPython decrefs it. With the class lookup already made, a name the class
// does not hold as a descriptor goes straight into an existing __dict__, and a __slots__ member
// into its slot (GenericSetAttr's own two cases, without its second lookup).
//
// The commonest stores (TryReplaceInlineValue, TryStoreSlotInPlace) skip SetAttr's / Exchange's call, key check and try
// region, under the same leaf section of the instance: `o.x = v` replacing an attribute the
// instance already has in its inline values checks that the instance still has inline values,
// still is of the site's class (a __class__ change comes with a materialised dict,
// InstanceDictOps.cs) and holds a value at the name's shared-key index (the site's DictIndex, the
// name's for the class's life), and swaps it: what StoreLockHeld does for an occupied index; a
// __slots__ member (the StoreSlot entry's DictIndex is the member's index) is swapped in the slot
// array when the instance has one long enough: what InstanceSlotOps.Exchange does then. Anything
// else (a new attribute, a __dict__, no storage yet) takes the general store.
//
// Thread safety: the class lookup is cached per instruction (Interpreter.AttrCache.cs, which
// holds LOAD_ATTR's cases) and per type (PyType.AttributeCache.cs), both keyed by the type's
// version tag, so a class changed by another thread is seen exactly as by the slow path; the
// instance __dict__ is read lock-free as GenericGetAttr reads it; a property's fget/fset are
// single reference reads.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>getattr on instances of <paramref name="tp"/> is object.__getattribute__ with no __getattr__ hook.</summary>
    private static bool PlainGetAttr(PyType tp) => !tp.CustomGetAttribute && !tp.HasGetAttrHook;

    /// <summary>
    /// setattr(inst, name, value) as GenericSetAttr does it when the site's class lookup
    /// <paramref name="site"/> found no descriptor and inst has its own storage (Store), or a
    /// __slots__ member (StoreSlot); false (nothing done) for every other case. The Store entry's
    /// DictIndex is name's shared-key index if known (a hint SetAttr checks).
    /// </summary>
    private static bool TryStoreInstanceAttr(PyThreadState ts, PyInstance inst, PyStr name, PyObject value, AttrSiteEntry site)
    {
        if (site.Kind == AttrKind.Store)
        {
            // The instance's own storage (inline values or __dict__); none yet and no __dict__ allowed: the slow path raises.
            if (Volatile.Read(ref inst._dictOrValues) == null && !inst.Type.HasInstanceDict()) return false;
            InstanceDictOps<TSync>.SetAttr(ts, inst, name, value, site.DictIndex);
            return true;
        }
        if (site.Kind != AttrKind.StoreSlot) return false;
        Unsafe.As<PySlotDescriptor>(site.Descr!).SetOn<TSync>(ts, inst, value);
        return true;
    }

    /// <summary>
    /// STORE_ATTR of an attribute <paramref name="inst"/> already holds in its inline values, at
    /// index <paramref name="site"/>.DictIndex of a Store entry for inst's class: the value
    /// replaced (the old one released after the section, as SetAttr does); false, nothing done,
    /// for every other case. No try region (it is inlined into Eval): nothing in the section throws.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReplaceInlineValue(PyThreadState ts, PyInstance inst, AttrSiteEntry site, PyObject value)
    {
        int ix = site.DictIndex;
        if (site.Kind != AttrKind.Store || ix < 0) return false;
        PyObject? old = null;
        TSync.LockLeaf(ts, inst);
        var dv = inst._dictOrValues;
        // Exact type test: `is PyObject?[]` would be a covariant array cast (a helper call).
        if (dv != null && dv.GetType() == typeof(PyObject[]) && ReferenceEquals(inst.Type, site.Type) && (uint)ix < (uint)Unsafe.As<PyObject?[]>(dv).Length)
        {
            ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Unsafe.As<PyObject?[]>(dv)), ix);
            old = slot;
            if (old != null)
            {
                ObjectLifecycle<TSync>.IncRef(ts, value);
                Volatile.Write(ref slot, value);
            }
        }
        TSync.UnlockLeaf(ts, inst);
        if (old == null) return false;
        ObjectLifecycle<TSync>.DecRef(ts, old);
        return true;
    }

    /// <summary>
    /// STORE_ATTR of a __slots__ member (a StoreSlot entry, whose DictIndex is the member's index)
    /// when inst's slot array is there and long enough: the element swapped, set or not, and the
    /// old value released after the section (what InstanceSlotOps.Exchange does then); false,
    /// nothing done, otherwise. No try region (it is inlined into Eval): nothing in the section throws.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryStoreSlotInPlace(PyThreadState ts, PyInstance inst, AttrSiteEntry site, PyObject value)
    {
        if (site.Kind != AttrKind.StoreSlot) return false;
        int ix = site.DictIndex;
        TSync.LockLeaf(ts, inst);
        var s = inst.Slots; // always created as an exact PyObject?[] (InstanceSlotOps.cs)
        if (s == null || (uint)ix >= (uint)s.Length)
        {
            TSync.UnlockLeaf(ts, inst);
            return false;
        }
        ref var element = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), ix);
        var old = element;
        ObjectLifecycle<TSync>.IncRef(ts, value);
        Volatile.Write(ref element, value);
        TSync.UnlockLeaf(ts, inst);
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
        return true;
    }
}
