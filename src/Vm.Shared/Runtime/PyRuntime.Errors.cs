using System.Diagnostics.CodeAnalysis;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>Creating Python exceptions from native code: `throw rt.TypeError("...")`.</summary>
public abstract partial class PyRuntime
{
    /// <summary>A new exception instance of the named builtin type with a message.</summary>
    public PyBaseException NewException(PyType type, string? msg)
    {
        var args = msg == null ? EmptyTuple : NewTupleImmortalItems([NewStr(msg)]);
        return NewException(type, args);
    }

    public PyBaseException NewException(PyType type, PyTuple args)
    {
        var e = new PyBaseException(type, args);
        return e;
    }

    /// <summary>A tuple whose items are immortal (no counting needed).</summary>
    public PyTuple NewTupleImmortalItems(PyObject[] items)
    {
        var t = new PyTuple(TupleType, items);
        t.MakeImmortal();
        return t;
    }

    public PyException Error(string typeName, string msg) => new(NewException(ExceptionTypes[typeName], msg));

    // The types of the errors raised in loops (`try: int(s) except ValueError`), looked up once:
    // a name lookup in ExceptionTypes cost about as much as the rest of creating the exception.
    // ExceptionsSetup fills ExceptionTypes before any error can be created and never replaces a type.
    private PyType? _typeError, _valueError, _indexError, _attributeError, _overflowError, _zeroDivisionError;

    private PyType ExceptionType(ref PyType? cached, string name) => cached ??= ExceptionTypes[name];

    public PyException TypeError(string msg) => new(NewException(ExceptionType(ref _typeError, "TypeError"), msg));
    public PyException ValueError(string msg) => new(NewException(ExceptionType(ref _valueError, "ValueError"), msg));
    public PyException IndexError(string msg) => new(NewException(ExceptionType(ref _indexError, "IndexError"), msg));
    public PyException AttributeError(string msg) => new(NewException(ExceptionType(ref _attributeError, "AttributeError"), msg));
    public PyException OverflowError(string msg) => new(NewException(ExceptionType(ref _overflowError, "OverflowError"), msg));
    public PyException ZeroDivisionError(string msg) => new(NewException(ExceptionType(ref _zeroDivisionError, "ZeroDivisionError"), msg));
    public PyException RuntimeError(string msg) => Error("RuntimeError", msg);
    public PyException NameError(string msg) => Error("NameError", msg);
    public PyException StopIteration() => new(NewException(ExceptionTypes["StopIteration"], EmptyTuple));
    public PyException NotImplementedError(string msg) => Error("NotImplementedError", msg);
    public PyException MemoryError() => new(NewException(ExceptionTypes["MemoryError"], EmptyTuple));
    public PyException RecursionError() => Error("RecursionError", "maximum recursion depth exceeded");

    [DoesNotReturn]
    public void ThrowTypeError(string msg) => throw TypeError(msg);
}
