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
// Thread safety: the class lookup is cached per instruction (Interpreter.AttrCache.cs, which
// holds LOAD_ATTR's cases) and per type (PyType.AttributeCache.cs), both keyed by the type's
// version tag, so a class changed by another thread is seen exactly as by the slow path; the
// instance __dict__ is read lock-free as GenericGetAttr reads it; a property's fget/fset are
// single reference reads.
using System.Runtime.CompilerServices;
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
}
