namespace Vm.Objects;

/// <summary>
/// A native iterator: Next returns the next item or null at exhaustion. Used for every builtin
/// iterator (list, tuple, str, dict views, range, map, zip, enumerate, ...). Shared iterators may
/// skip or repeat items under concurrent use but never crash: their state is one index field.
/// </summary>
public abstract class PyIterBase : PyObject
{
    protected PyIterBase(PyType type) : base(type) { }

    /// <summary>The next item, or null when exhausted. May throw PyException.</summary>
    public abstract PyObject? Next(Vm.Runtime.PyThreadState ts);

    /// <summary>For __length_hint__; -1 if unknown.</summary>
    public virtual int LengthHint => -1;
}

/// <summary>An iterator over a .NET function.</summary>
public sealed class PyFuncIter : PyIterBase
{
    private readonly Func<Vm.Runtime.PyThreadState, PyObject?> _next;
    private readonly PyObject[]? _keepAlive;

    public PyFuncIter(PyType type, Func<Vm.Runtime.PyThreadState, PyObject?> next, PyObject[]? keepAlive = null) : base(type)
    {
        _next = next;
        _keepAlive = keepAlive;
    }

    public override PyObject? Next(Vm.Runtime.PyThreadState ts) => _next(ts);

    /// <summary>The keep-alive references are uncounted (.NET keeps them alive), so none are released here.</summary>
    public PyObject[]? KeepAlive => _keepAlive;
}
