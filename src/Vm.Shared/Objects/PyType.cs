namespace Vm.Objects;

public sealed partial class PyType : PyObject
{
    public string Name;
    /// <summary>True when the type (or a base) defines __del__.</summary>
    public bool HasFinalizer;

    public PyType(PyType? metatype, string name) : base(metatype!)
    {
        Name = name;
        Type ??= this;
        MakeImmortal();
    }
}
