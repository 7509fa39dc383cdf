// Errors raised by scripts, as the host sees them.
namespace Vm.Hosting;

/// <summary>
/// A Python exception that propagated out of a script (or a syntax error in its source).
/// <see cref="Exception.Message"/> is str() of the exception; an exception raised by a host
/// function that reached the host unchanged is the <see cref="Exception.InnerException"/>.
/// </summary>
public class PythonException : Exception
{
    /// <summary>Creates an exception with the Python type name, message and formatted traceback.</summary>
    public PythonException(string pythonType, string message, string traceback, Exception? innerException = null)
        : base(message, innerException)
    {
        PythonType = pythonType;
        PythonTraceback = traceback;
    }

    /// <summary>The Python exception's type name, e.g. "ZeroDivisionError" (qualified with its
    /// module for classes defined outside builtins, e.g. "__main__.MyError").</summary>
    public string PythonType { get; }

    /// <summary>The traceback as CPython prints it ("Traceback (most recent call last): ...",
    /// the frames, and the final "Type: message" line).</summary>
    public string PythonTraceback { get; }

    /// <summary>The .NET description followed by the Python traceback.</summary>
    public override string ToString() => base.ToString() + Environment.NewLine + PythonTraceback;
}

/// <summary>
/// A script exceeded a limit of <see cref="EngineOptions"/> (Timeout, MaxMemoryBytes,
/// MaxInstructions): it was stopped, together with every Python thread running in the engine.
/// The engine remains usable.
/// </summary>
public sealed class LimitExceededException : Exception
{
    /// <summary>Creates the exception for the named limit.</summary>
    public LimitExceededException(string limit, string message) : base(message) => Limit = limit;

    /// <summary>The name of the limit, as the <see cref="EngineOptions"/> property: "Timeout",
    /// "MaxMemoryBytes" or "MaxInstructions".</summary>
    public string Limit { get; }
}
