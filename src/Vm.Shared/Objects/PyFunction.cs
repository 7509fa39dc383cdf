namespace Vm.Objects;

/// <summary>A Python function. Functions are "deferred" (immortal for counting): every thread calls them.</summary>
public sealed class PyFunction : PyObject, IHasDict
{
    public PyCode Code;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    public PyTuple? Closure;
    public PyObject Name;
    public PyObject QualName;
    public PyObject? Doc;
    public PyObject? Module;
    /// <summary>The function's __dict__ (arbitrary attributes: __wrapped__, __isabstractmethod__, ...).</summary>
    public PyDict? Dict { get; set; }
    public PyDict? Annotations;

    public PyFunction(PyType type, PyCode code, PyDict globals, PyDict builtins, PyStr name, PyStr qualName) : base(type)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = name;
        QualName = qualName;
        MakeImmortal();
    }
}

/// <summary>A bound method: a callable with its self.</summary>
public sealed class PyMethod : PyObject
{
    public readonly PyObject Func;
    public readonly PyObject Self;

    public PyMethod(PyType type, PyObject func, PyObject self) : base(type)
    {
        Func = func;
        Self = self;
    }

    public override void CollectChildren(List<PyObject> sink)
    {
        sink.Add(Func);
        sink.Add(Self);
    }
}
