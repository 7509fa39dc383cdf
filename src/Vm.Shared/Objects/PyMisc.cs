namespace Vm.Objects;

/// <summary>`range`.</summary>
public sealed class PyRange : PyObject
{
    public readonly PyInt Start, Stop, Step;
    public readonly long LStart, LStop, LStep, LLength;
    public readonly bool Fits;

    public PyRange(PyType type, PyInt start, PyInt stop, PyInt step, bool fits, long length) : base(type)
    {
        Start = start; Stop = stop; Step = step;
        Fits = fits;
        if (fits) { LStart = start.Small; LStop = stop.Small; LStep = step.Small; LLength = length; }
        MakeImmortal();
    }
}

/// <summary>`slice`.</summary>
public sealed class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;

    /// <summary>Counts nothing: create slices with <c>Ops.NewSlice</c>, which counts the three.</summary>
    public PySlice(PyType type, PyObject start, PyObject stop, PyObject step) : base(type)
    {
        Start = start; Stop = stop; Step = step;
    }

    /// <summary>The three are counted (Ops.NewSlice). Deallocation releases them last to first: step, start, stop,
    /// as CPython's slice_dealloc.</summary>
    public override void CollectChildren(List<PyObject> sink)
    {
        sink.Add(Stop);
        sink.Add(Start);
        sink.Add(Step);
    }
}

/// <summary>`property`.</summary>
public sealed class PyProperty : PyObject, IHasDict
{
    public PyObject? Getter, Setter, Deleter, Doc;
    public PyObject? Name;
    public PyDict? Dict { get; set; }

    public PyProperty(PyType type) : base(type) { }

    /// <summary>fget, fset and fdel are counted (property.__init__, getter/setter/deleter).</summary>
    public override void CollectChildren(List<PyObject> sink)
    {
        if (Deleter != null) sink.Add(Deleter);
        if (Setter != null) sink.Add(Setter);
        if (Getter != null) sink.Add(Getter);
    }
}

/// <summary>`staticmethod` and `classmethod` wrappers.</summary>
public sealed class PyMethodWrapper : PyObject, IHasDict
{
    public readonly PyObject Callable;
    public readonly bool IsClassMethod;
    public PyDict? Dict { get; set; }

    public PyMethodWrapper(PyType type, PyObject callable, bool isClassMethod) : base(type)
    {
        Callable = callable;
        IsClassMethod = isClassMethod;
    }

    /// <summary>Counted by staticmethod()/classmethod() and the implicit wrappers of a class body
    /// (setup-time wrappers are immortal and never released).</summary>
    public override void CollectChildren(List<PyObject> sink)
    {
        if (Dict != null) sink.Add(Dict);
        sink.Add(Callable);
    }
}

/// <summary>`super`.</summary>
public sealed class PySuper : PyObject
{
    public readonly PyType ThisType;
    public readonly PyObject? Obj;
    public readonly PyType? ObjType;

    public PySuper(PyType type, PyType thisType, PyObject? obj, PyType? objType) : base(type)
    {
        ThisType = thisType; Obj = obj; ObjType = objType;
    }
}

/// <summary>A weak reference (`weakref.ref`).</summary>
public sealed class PyWeakRef : PyObject
{
    public readonly WeakReference<PyObject> Target;
    public PyObject? Callback;
    public bool Dead;
    public readonly long TargetHash;

    public PyWeakRef(PyType type, PyObject target, PyObject? callback, long hash) : base(type)
    {
        Target = new WeakReference<PyObject>(target);
        Callback = callback;
        TargetHash = hash;
    }

    public PyObject? Get() => !Dead && Target.TryGetTarget(out var t) ? t : null;
}

/// <summary>A native object with arbitrary .NET state (module-level helper types: iterators, locks, deque, ...).</summary>
public class PyNative<T> : PyObject where T : class
{
    public T State;

    public PyNative(PyType type, T state) : base(type)
    {
        State = state;
    }
}
