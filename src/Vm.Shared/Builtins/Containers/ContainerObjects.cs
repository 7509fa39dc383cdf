// Object classes used by the container builtins: instances of user subclasses of list, tuple,
// dict, set and frozenset (the builtin's own layout plus an instance __dict__), dict views and
// the minimal types.GenericAlias that `list[int]` returns.
using Vm.Objects;

namespace Vm.Builtins.Containers;

/// <summary>An instance of a user subclass of list (a PyList with a __dict__).</summary>
public sealed class PyListEx : PyList, IHasDict, IHasSlots
{
    public PyDict? Dict { get; set; }
    private PyObject?[]? _slots;
    public ref PyObject?[]? SlotStorage => ref _slots;

    public PyListEx(PyType type) : base(type) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        base.CollectChildren(sink);
        SlotStorageOps.CollectSlots(_slots, sink);
        if (Dict != null) sink.Add(Dict);
    }
}

/// <summary>An instance of a user subclass of tuple.</summary>
public sealed class PyTupleEx : PyTuple, IHasDict
{
    public PyDict? Dict { get; set; }

    public PyTupleEx(PyType type, PyObject[] items) : base(type, items) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        base.CollectChildren(sink);
        if (Dict != null) sink.Add(Dict);
    }
}

/// <summary>An instance of a user subclass of dict.</summary>
public sealed class PyDictEx : PyDict, IHasDict, IHasSlots
{
    public PyDict? Dict { get; set; }
    private PyObject?[]? _slots;
    public ref PyObject?[]? SlotStorage => ref _slots;

    public PyDictEx(PyType type) : base(type) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        base.CollectChildren(sink);
        SlotStorageOps.CollectSlots(_slots, sink);
        if (Dict != null) sink.Add(Dict);
    }
}

/// <summary>An instance of a user subclass of set or frozenset.</summary>
public sealed class PySetEx : PySet, IHasDict, IHasSlots
{
    public PyDict? Dict { get; set; }
    private PyObject?[]? _slots;
    public ref PyObject?[]? SlotStorage => ref _slots;

    public PySetEx(PyType type, PyObject dummy) : base(type, dummy) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        base.CollectChildren(sink);
        SlotStorageOps.CollectSlots(_slots, sink);
        if (Dict != null) sink.Add(Dict);
    }
}

public enum DictViewKind
{
    Keys,
    Values,
    Items,
}

/// <summary>dict_keys / dict_values / dict_items: a live view of a dict (holds a counted reference to it).</summary>
public sealed class PyDictView : PyObject
{
    public readonly PyDict Dict;
    public readonly DictViewKind Kind;

    public PyDictView(PyType type, PyDict dict, DictViewKind kind) : base(type)
    {
        Dict = dict;
        Kind = kind;
    }

    public override void CollectChildren(List<PyObject> sink) => sink.Add(Dict);
}

/// <summary>`types.GenericAlias` (what `list[int]` returns): origin and args, repr and call.</summary>
public sealed class PyGenericAlias : PyObject
{
    public readonly PyObject Origin;
    public readonly PyTuple Args;

    public PyGenericAlias(PyType type, PyObject origin, PyTuple args) : base(type)
    {
        Origin = origin;
        Args = args;
    }

    public override void CollectChildren(List<PyObject> sink)
    {
        sink.Add(Origin);
        sink.Add(Args);
    }
}
