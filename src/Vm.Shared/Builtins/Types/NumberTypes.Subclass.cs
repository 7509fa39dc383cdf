// Instances of user subclasses of int, float and complex: the builtin layout plus a __dict__
// (CPython gives heap subclasses of these types an instance dict).
using System.Numerics;
using Vm.Objects;

namespace Vm.Builtins;

public sealed class PyIntWithDict : PyInt, IHasDict
{
    public PyDict? Dict { get; set; }
    private readonly BigInteger _big;

    private PyIntWithDict(PyType type, long value) : base(type, value) { }

    private PyIntWithDict(PyType type, BigInteger big, bool _) : base(type)
    {
        _big = big;
    }

    public static PyIntWithDict CreateWithDict(PyType type, BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? new PyIntWithDict(type, (long)value) : new PyIntWithDict(type, value, true);

    private protected override BigInteger BigStorage => _big;

    public override void CollectChildren(List<PyObject> sink)
    {
        if (Dict != null) sink.Add(Dict);
    }
}

public sealed class PyFloatWithDict : PyFloat, IHasDict, IHasSlots
{
    public PyDict? Dict { get; set; }
    private PyObject?[]? _slots;
    public ref PyObject?[]? SlotStorage => ref _slots;

    public PyFloatWithDict(PyType type, double value) : base(type, value) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        SlotStorageOps.CollectSlots(_slots, sink);
        if (Dict != null) sink.Add(Dict);
    }
}

public sealed class PyComplexWithDict : PyComplex, IHasDict, IHasSlots
{
    public PyDict? Dict { get; set; }
    private PyObject?[]? _slots;
    public ref PyObject?[]? SlotStorage => ref _slots;

    public PyComplexWithDict(PyType type, Complex value) : base(type, value) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        SlotStorageOps.CollectSlots(_slots, sink);
        if (Dict != null) sink.Add(Dict);
    }
}
