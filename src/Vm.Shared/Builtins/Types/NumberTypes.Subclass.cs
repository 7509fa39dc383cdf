// Instances of user subclasses of int, float and complex: the builtin layout plus a __dict__
// (CPython gives heap subclasses of these types an instance dict).
using System.Numerics;
using Vm.Objects;

namespace Vm.Builtins;

public sealed class PyIntWithDict : PyInt, IHasDict
{
    public PyDict? Dict { get; set; }

    public PyIntWithDict(PyType type, BigInteger value) : base(type, value) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        if (Dict != null) sink.Add(Dict);
    }
}

public sealed class PyFloatWithDict : PyFloat, IHasDict
{
    public PyDict? Dict { get; set; }

    public PyFloatWithDict(PyType type, double value) : base(type, value) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        if (Dict != null) sink.Add(Dict);
    }
}

public sealed class PyComplexWithDict : PyComplex, IHasDict
{
    public PyDict? Dict { get; set; }

    public PyComplexWithDict(PyType type, Complex value) : base(type, value) { }

    public override void CollectChildren(List<PyObject> sink)
    {
        if (Dict != null) sink.Add(Dict);
    }
}
