// Type objects. Every runtime builds its own builtin types (no static state); user classes are
// heap types created by type(name, bases, dict) / class statements.
//
// Thread safety: a type's dict is mutated only through Ops.SetAttr on the type, which bumps
// Version. Lookups read Mro and the dicts without locks (dict reads are lock-free) and are
// cached per type by version tag (PyType.AttributeCache.cs, whose header gives the argument).
using Vm.Runtime;

namespace Vm.Objects;

[Flags]
public enum TypeFlags
{
    None = 0,
    /// <summary>A class created at runtime (class statement / type()): attributes may be set.</summary>
    HeapType = 1,
    /// <summary>May be subclassed.</summary>
    BaseType = 2,
    /// <summary>Instances carry a __dict__.</summary>
    HasDict = 4,
    /// <summary>A subclass of BaseException.</summary>
    Exception = 8,
    /// <summary>Defines __slots__ without __dict__.</summary>
    HasSlots = 16,
    /// <summary>Abstract (has __abstractmethods__): cannot be instantiated.</summary>
    Abstract = 32,
}

/// <summary>Allocates an instance of a (possibly user-subclassed) builtin type: the native `tp_new`.</summary>
public delegate PyObject NativeNew(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>
/// type.__call__ for one exact builtin type, without the __new__/__init__ protocol (CPython's
/// tp_vectorcall, e.g. list_vectorcall): null means "take the general path", or, with
/// ts.CurrentException set, that the call raised (as NativeFn's null: no .NET throw).
/// </summary>
public delegate PyObject? NativeVectorCall(PyThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

public sealed partial class PyType : PyObject
{
    public string Name;
    public string QualName;
    public PyType[] Bases = [];
    /// <summary>The method resolution order. Setting it invalidates the lookup caches of this type and its subclasses.</summary>
    public PyType[] Mro
    {
        get => _mro;
        set
        {
            Volatile.Write(ref _mro, value);
            InvalidateLookupCache();
        }
    }
    private PyType[] _mro = [];
    /// <summary>The nearest builtin ancestor that decides the instance layout (object, int, list, ...).</summary>
    public PyType? SolidBase;
    /// <summary>The class namespace. Immortal like its type (a mappingproxy over it never counts it).</summary>
    public PyDict Dict
    {
        get => _dict;
        set
        {
            value.MakeImmortalShared(); // the dict may already be in use (and locked) by other threads
            value.TypeOwner = this;
            _dict = value;
            InvalidateLookupCache();
        }
    }
    private PyDict _dict = null!;
    public TypeFlags Flags;
    /// <summary>True when the type (or a base) defines __del__.</summary>
    public bool HasFinalizer;
    /// <summary>Bumped on every change to this type's (or a base's) attributes.</summary>
    public int Version;
    /// <summary>The native allocator inherited down the MRO (object's makes a PyInstance).</summary>
    public NativeNew? New;
    /// <summary>Set on a few exact builtin types (list, tuple); never inherited: a subclass may
    /// override __new__ or __init__, so it takes the general path.</summary>
    public NativeVectorCall? FastCall;
    /// <summary>Slot names for __slots__ classes (index = slot number).</summary>
    public string[]? SlotNames;
    /// <summary>Subclasses (weakly held) for version invalidation and __subclasses__().</summary>
    public List<WeakReference<PyType>>? Subclasses;

    public PyType(PyType? metatype, string name) : base(metatype!)
    {
        Name = name;
        QualName = name;
        Type ??= this;
        MakeImmortal();
    }

    public bool IsHeapType => (Flags & TypeFlags.HeapType) != 0;

    /// <summary>MRO lookup without the cache (the slow path of <see cref="Lookup"/>).</summary>
    public PyObject? LookupUncached(PyStr name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var v = mro[i].Dict.GetStr(name);
            if (v != null) return v;
        }
        return null;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    public override string ToString() => $"<class '{Name}'>";
}

public sealed partial class PyType
{
    /// <summary>A user class overrides __getattribute__.</summary>
    public bool CustomGetAttribute;
    /// <summary>A user class defines __getattr__.</summary>
    public bool HasGetAttrHook;
    /// <summary>A user class overrides __setattr__ or __delattr__.</summary>
    public bool CustomSetAttr;

    /// <summary>Instances of this type may get a __dict__.</summary>
    public bool HasInstanceDict() => (Flags & TypeFlags.HasDict) != 0;

    private SharedKeys? _instanceKeys;

    /// <summary>The attribute names of this class's inline-values instances (PyInstance), created on first use.</summary>
    public SharedKeys InstanceKeys => Volatile.Read(ref _instanceKeys) ?? CreateInstanceKeys();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private SharedKeys CreateInstanceKeys()
    {
        Interlocked.CompareExchange(ref _instanceKeys, new SharedKeys(), null);
        return _instanceKeys!;
    }

    /// <summary>The shared keys if any instance ever created them, else null.</summary>
    public SharedKeys? InstanceKeysOrNull => Volatile.Read(ref _instanceKeys);
}

public static class PyObjectExtensions
{
    /// <summary>True for objects that cannot be descriptors (builtin values): no __get__ lookup needed.</summary>
    public static bool IsPlainValue(this PyObject o) =>
        !o.Type.IsHeapType && o is not (PyFunction or PyBuiltinFunction or PyMethodWrapper or PyGetSetDescriptor
            or PyProperty or PySlotDescriptor);
}

/// <summary>A `__slots__` member descriptor.</summary>
public sealed class PySlotDescriptor : PyObject
{
    public readonly string Name;
    public readonly int Index;
    public readonly PyType Owner;

    public PySlotDescriptor(PyType type, string name, int index, PyType owner) : base(type)
    {
        Name = name;
        Index = index;
        Owner = owner;
        MakeImmortal();
    }

    /// <summary>The member's value in o, or null when unset or o is no instance (lock-free, see InstanceSlotOps.cs).</summary>
    public PyObject? Get(PyObject o) => o is PyInstance inst ? GetFrom(inst) : o is IHasSlots hs ? GetAt(ref hs.SlotStorage) : null;

    private PyObject? GetAt(ref PyObject?[]? field) =>
        Volatile.Read(ref field) is { } s && (uint)Index < (uint)s.Length ? Volatile.Read(ref RefArray.ElementRef(s, Index)) : null;

    /// <summary>Get for an instance (no type test). A slot array is always created as PyObject?[] (InstanceSlotOps.cs).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public PyObject? GetFrom(PyInstance inst) =>
        Volatile.Read(ref inst.Slots) is { } s && (uint)Index < (uint)s.Length ? Volatile.Read(ref RefArray.ElementRef(s, Index)) : null;

    /// <summary>Stores value (non-null) into the member of o, under o's critical section.</summary>
    public void Set<TSync>(Vm.Runtime.PyThreadState ts, PyObject o, PyObject value) where TSync : struct, Vm.Concurrency.ISyncPolicy
    {
        if (o is PyInstance inst && AppliesTo(inst)) SetOn<TSync>(ts, inst, value);
        else Vm.Runtime.InstanceSlotOps<TSync>.Exchange(ts, o, ref Holder(ts, o).SlotStorage, Index, Owner.SlotNames?.Length ?? (Index + 1), value);
    }

    /// <summary>Set for an instance (no receiver test).</summary>
    public void SetOn<TSync>(Vm.Runtime.PyThreadState ts, PyInstance inst, PyObject value) where TSync : struct, Vm.Concurrency.ISyncPolicy =>
        Vm.Runtime.InstanceSlotOps<TSync>.Exchange(ts, inst, Index, Owner.SlotNames?.Length ?? (Index + 1), value);

    /// <summary>Unsets the member of o; false (nothing changed) when it was unset.</summary>
    public bool Delete<TSync>(Vm.Runtime.PyThreadState ts, PyObject o) where TSync : struct, Vm.Concurrency.ISyncPolicy =>
        Vm.Runtime.InstanceSlotOps<TSync>.Exchange(ts, o, ref Holder(ts, o).SlotStorage, Index, 0, null);

    private IHasSlots Holder(Vm.Runtime.PyThreadState ts, PyObject o) =>
        AppliesTo(o) && o is IHasSlots hs ? hs : throw NotApplicable(ts, o);

    /// <summary>o is an instance of the member's class (CPython's descr_check); else the member is
    /// some other class's, and its index means nothing in o's storage.</summary>
    public bool AppliesTo(PyObject o) => o.Type.IsSubtypeOf(Owner);

    public PyException NotApplicable(Vm.Runtime.PyThreadState ts, PyObject o) =>
        ts.Rt.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{o.Type.Name}' object");
}
