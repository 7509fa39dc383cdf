// An instance of a user class whose solid base is `object`.
//
// Its attributes live in one of three states of _dictOrValues (CPython 3.13's managed dict /
// inline values, Objects/dictobject.c):
//  * null: no attribute stored yet (and no __dict__ asked for);
//  * PyObject?[] "values": the value of the class's shared key i (PyType.InstanceKeys) at index
//    i, null where the instance lacks that attribute. The dict this stands for holds the present
//    keys in ascending index order, so the state is kept only while the instance's insertion
//    order is that order (storing a new key below a present one materialises);
//  * PyDict: the materialised __dict__, which from then on is the only storage (as before inline
//    values existed). An instance never goes back to values.
// Materialisation (InstanceDictOps.MaterializeLockHeld) builds the dict from the values and
// replaces the array by it with one reference write. The policy-generic operations, and the
// design note on concurrency, are in Runtime/Ops/InstanceDictOps.cs.
using System.Runtime.CompilerServices;

namespace Vm.Objects;

/// <summary>
/// An instance of a user class whose solid base is `object`: attributes as inline values or a
/// __dict__ (unless the class uses __slots__ only) and slot storage. Instances of user subclasses
/// of builtins (list, dict, int, str, Exception) are the builtin's own .NET class with
/// <see cref="IHasDict"/>.
/// </summary>
public class PyInstance : PyObject, IHasDict, IHasSlots
{
    /// <summary>null, the values array, or the materialised __dict__ (see the file's note).</summary>
    internal object? _dictOrValues;
    public PyObject?[]? Slots;
    public ref PyObject?[]? SlotStorage => ref Slots;

    public PyInstance(PyType type) : base(type) { }

    /// <summary>The materialised __dict__, or null (no attributes yet, or inline values).</summary>
    public PyDict? MaterializedDict => Volatile.Read(ref _dictOrValues) as PyDict;

    /// <summary>The inline values, or null (none yet, or a materialised __dict__).</summary>
    internal PyObject?[]? Values => Volatile.Read(ref _dictOrValues) is { } dv && dv.GetType() == typeof(PyObject[]) ? Unsafe.As<PyObject?[]>(dv) : null;

    /// <summary>
    /// IHasDict's view: only the materialised __dict__ is a PyDict. Code holding a thread state
    /// reads an instance's dict through InstanceDictOps.DictOf (which materialises under the
    /// instance's lock); reading it here while the instance keeps inline values is a bug.
    /// </summary>
    PyDict? IHasDict.Dict
    {
        get
        {
            var dv = Volatile.Read(ref _dictOrValues);
            if (dv is PyObject?[]) throw new InvalidOperationException("instance __dict__ read without materialising it (use InstanceDictOps.DictOf)");
            return (PyDict?)dv;
        }
        set => throw new InvalidOperationException("instance __dict__ replaced without InstanceDictOps.SetDict");
    }

    /// <summary>Gives a new instance (not yet shared) its __dict__, which it takes as a counted reference.</summary>
    public void InitDict(PyDict d) => _dictOrValues = d;

    /// <summary>
    /// Lock-free getattr of the instance's own attribute <paramref name="name"/> (an exact str):
    /// its value, or null when absent. Reads the type before the storage (the __class__ setter
    /// publishes a materialised dict before the new type; see InstanceDictOps).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? GetOwnAttr(PyStr name)
    {
        var tp = Volatile.Read(ref Type);
        var dv = Volatile.Read(ref _dictOrValues);
        if (dv == null) return null;
        if (dv.GetType() == typeof(PyObject[])) return ValueOf(tp, Unsafe.As<PyObject?[]>(dv), name);
        return Unsafe.As<PyDict>(dv).GetStr(name);
    }

    private static PyObject? ValueOf(PyType tp, PyObject?[] values, PyStr name)
    {
        int ix = tp.InstanceKeys.IndexOf(name);
        return (uint)ix < (uint)values.Length ? Volatile.Read(ref RefArray.ElementRef(values, ix)) : null; // exact PyObject?[]
    }

    public override void CollectChildren(List<PyObject> sink)
    {
        // Popped last-first: slots are released in order, then the __dict__ (CPython's
        // subtype_dealloc), whose entries a dict releases first entry first: the values likewise.
        switch (_dictOrValues)
        {
            case PyDict d:
                sink.Add(d);
                break;
            case PyObject?[] values:
                for (int i = values.Length - 1; i >= 0; i--)
                    if (values[i] is { } v) sink.Add(v);
                break;
        }
        if (Slots != null)
            for (int i = Slots.Length - 1; i >= 0; i--)
                if (Slots[i] is { } s) sink.Add(s);
    }
}

/// <summary>Objects that carry an instance __dict__.</summary>
public interface IHasDict
{
    PyDict? Dict { get; set; }
}

/// <summary>A module.</summary>
public sealed class PyModule : PyObject, IHasDict
{
    public PyDict? Dict { get; set; }
    public readonly string Name;

    public PyModule(PyType type, string name, PyDict dict) : base(type)
    {
        Name = name;
        Dict = dict;
        MakeImmortal(); // deferred: modules are shared by every thread
        // The module never releases its dict, so the dict lives as long: immortal too. Left
        // floating (count 0), the first counted reference dropped (`g = globals(); del g`)
        // freed the dict the module and every frame of its code still used.
        dict.MakeImmortalShared(); // a host may pass a dict other threads already use
    }
}
