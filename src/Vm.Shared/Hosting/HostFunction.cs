// A .NET delegate offered to Python as a function, optionally releasing the GIL while it runs.
namespace Vm.Hosting;

/// <summary>
/// A .NET function callable from Python. Arguments are converted from Python to the delegate's
/// parameter types (see <see cref="PythonEngine"/> for the conversions; a parameter of type
/// <see cref="object"/> receives the default conversion), the result back to Python. An exception
/// the delegate throws is raised in Python (a catchable exception whose type follows the .NET
/// type: ArgumentException becomes ValueError, KeyNotFoundException KeyError, and so on, anything
/// else RuntimeError). A plain <see cref="Delegate"/> stored in <see cref="PythonEngine.Globals"/>
/// or a <see cref="HostModule"/> is wrapped in one of these with the defaults.
/// </summary>
public sealed class HostFunction
{
    /// <summary>Wraps <paramref name="function"/> under the Python name <paramref name="name"/>.</summary>
    public HostFunction(string name, Delegate function)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(function);
        Name = name;
        Function = function;
    }

    /// <summary>The function's __name__.</summary>
    public string Name { get; }

    /// <summary>The .NET code that runs.</summary>
    public Delegate Function { get; }

    /// <summary>
    /// When true the calling Python thread detaches while the delegate runs, like CPython's
    /// Py_BEGIN_ALLOW_THREADS: on the GIL backend the GIL is released so other Python threads run
    /// meanwhile (on the free-threaded backend the thread stops blocking stop-the-world pauses).
    /// Arguments are converted before and the result after, so the delegate never touches Python
    /// objects; it must not call back into the engine. Use it for slow I/O or long computations.
    /// Without it, on the free-threaded backend, other Python threads still run meanwhile (they do not
    /// wait for the caller's critical sections, which are suspended while the delegate runs, as across
    /// a blocking call), but a stop-the-world pause (rare: the first time a second thread starts, for
    /// one) waits until the delegate returns.
    /// </summary>
    public bool ReleasesGil { get; init; }
}
