// An opaque handle to a Python object that has no natural .NET counterpart (a function, a class,
// an instance, a module...), as returned by conversions from Python.
using Vm.Objects;

namespace Vm.Hosting;

/// <summary>
/// A reference to a Python object of one engine, for values with no .NET counterpart (functions,
/// classes, instances, ...). It keeps the object alive until <see cref="Dispose"/>; pass it back
/// to the same engine (as an argument, a global, or a host function's result) to give Python the
/// object itself. Thread-safe like its engine.
/// </summary>
public sealed class PythonObject : IDisposable
{
    internal readonly EngineCore Engine;
    internal PyObject? Target;

    internal PythonObject(EngineCore engine, PyObject target, string typeName)
    {
        Engine = engine;
        Target = target;
        TypeName = typeName;
    }

    /// <summary>The name of the object's Python type, e.g. "function".</summary>
    public string TypeName { get; }

    /// <summary>Calls the object with the given arguments (converted to Python) and returns the
    /// converted result; limits and errors as for <see cref="PythonEngine.Call(string, object?[])"/>.</summary>
    public object? Invoke(params object?[] args) => Engine.CallHandle(this, args ?? [null], null, default);

    /// <summary>Like <see cref="Invoke"/>, converting the result to <typeparamref name="T"/>.</summary>
    public T Invoke<T>(params object?[] args) => (T)Engine.CallHandle(this, args ?? [null], typeof(T), default)!;

    /// <summary>repr() of the object.</summary>
    public override string ToString() => Target == null ? $"<released {TypeName}>" : Engine.Repr(this);

    /// <summary>Releases the reference (the object may be freed if nothing else refers to it).</summary>
    public void Dispose() => Engine.Release(this);
}
