namespace Vm.Objects;

/// <summary>
/// A Python function. Functions are "deferred" (immortal for counting): every thread calls them.
/// A closure (a function with free variables) is counted instead, as in CPython: it is freed when
/// its last reference goes and releases its cells then (see Interpreter.MakeFunction).
/// </summary>
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
    /// <summary>__type_params__ once assigned (a counted tuple); null reads as ().</summary>
    public PyObject? TypeParams;

    public PyFunction(PyType type, PyCode code, PyDict globals, PyDict builtins, PyStr name, PyStr qualName) : base(type)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = name;
        QualName = qualName;
        MakeImmortal();
    }

    /// <summary>The counted references (only released for a counted closure; a deferred function lives forever).</summary>
    public override void CollectChildren(List<PyObject> sink)
    {
        if (KwDefaults != null) sink.Add(KwDefaults);
        if (Defaults != null) sink.Add(Defaults);
        if (Closure != null) sink.Add(Closure);
        if (Dict != null) sink.Add(Dict);
        if (Annotations != null) sink.Add(Annotations);
        if (TypeParams != null) sink.Add(TypeParams);
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
