// The embedding API's entry point: a Python interpreter (of either backend) inside a .NET host.
namespace Vm.Hosting;

/// <summary>
/// A Python 3.13 interpreter embedded in a .NET process, running on the backend chosen at
/// <see cref="Create"/>: <see cref="Backend.Gil"/> or <see cref="Backend.FreeThreaded"/>.
/// </summary>
/// <remarks>
/// <para><b>Values.</b> Arguments, results and globals are converted by value: None ⇄ null,
/// bool, int ⇄ long (BigInteger beyond 64 bits; int, short, byte... are accepted too), float ⇄
/// double, str ⇄ string, bytes ⇄ byte[], list ⇄ <see cref="List{T}"/> of object?, tuple ⇄
/// object?[] (any array or <see cref="System.Runtime.CompilerServices.ITuple"/> becomes a tuple),
/// dict ⇄ <see cref="Dictionary{TKey, TValue}"/> (any <see cref="System.Collections.IDictionary"/>
/// becomes a dict), set ⇄ <see cref="HashSet{T}"/>. A <see cref="Delegate"/> or
/// <see cref="HostFunction"/> becomes a Python function; other Python objects come back as
/// <see cref="PythonObject"/> handles.</para>
/// <para><b>Errors.</b> An exception a script does not catch reaches the host as a
/// <see cref="PythonException"/>; an exceeded limit as a <see cref="LimitExceededException"/>;
/// cancellation through the token as an <see cref="OperationCanceledException"/>. In every case
/// the engine stays usable.</para>
/// <para><b>Thread safety.</b> All members are thread-safe. Host calls into one engine are
/// serialised: a call made while another host thread is inside the engine waits for it. The
/// Python threads a script starts run concurrently with each other and with later host calls
/// (on the GIL backend they take turns holding the GIL; on the free-threaded backend they run in
/// parallel), and keep running after the call that started them returns. Separate engines share
/// nothing: engines of both backends can run side by side on different host threads at once.
/// A host function called from Python may call back into its engine on the same thread, unless it
/// releases the GIL.</para>
/// <para><b>Stack.</b> Python calls nest on the calling thread's stack; a host thread with a small
/// stack reaches RecursionError before <see cref="EngineOptions.MaxRecursionDepth"/>. Run deeply
/// recursive scripts on a thread created with a larger stack.</para>
/// </remarks>
public sealed class PythonEngine : IDisposable
{
    private readonly EngineCore _core;

    private PythonEngine(EngineCore core)
    {
        _core = core;
        Globals = new PythonGlobals(core);
    }

    /// <summary>Creates an engine on the given backend with the given options (defaults when null).</summary>
    /// <exception cref="InvalidOperationException">The backend's assembly (Vm.Gil or Vm.FreeThreaded) is not available.</exception>
    public static PythonEngine Create(Backend backend, EngineOptions? options = null) =>
        new(EngineBackends.Create(backend, options ?? new EngineOptions()));

    /// <summary>The backend this engine runs on.</summary>
    public Backend Backend => _core.Backend;

    /// <summary>The runtime underneath (tests set its switches, e.g. PyRuntime.JitMode).</summary>
    internal Vm.Runtime.PyRuntime Runtime => _core.Rt;

    /// <summary>The options the engine was created with.</summary>
    public EngineOptions Options => _core.Options;

    /// <summary>The global variables of the engine's __main__ module.</summary>
    public PythonGlobals Globals { get; }

    /// <summary>The number of Python threads the engine's scripts started that are still running.</summary>
    public int ActiveScriptThreads => _core.ScriptThreadCount;

    /// <summary>Runs Python statements in the engine's __main__ module (its <see cref="Globals"/>).</summary>
    /// <param name="source">The source code.</param>
    /// <param name="fileName">The file name tracebacks and SyntaxErrors show.</param>
    /// <param name="cancellationToken">Cancels the run: the script and its threads are stopped.</param>
    /// <exception cref="PythonException">The script raised an exception it did not catch, or has a syntax error.</exception>
    /// <exception cref="LimitExceededException">A limit of <see cref="EngineOptions"/> was exceeded.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void Execute(string source, string fileName = "<string>", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        _core.Execute(source, fileName, cancellationToken);
    }

    /// <summary>Evaluates a Python expression in the __main__ module and returns its value converted to .NET.</summary>
    /// <exception cref="PythonException">Evaluation raised an exception, or the expression has a syntax error.</exception>
    /// <exception cref="LimitExceededException">A limit of <see cref="EngineOptions"/> was exceeded.</exception>
    public object? Evaluate(string expression) => Evaluate(expression, CancellationToken.None);

    /// <summary>Like <see cref="Evaluate(string)"/>, cancellable.</summary>
    public object? Evaluate(string expression, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return _core.Evaluate(expression, null, cancellationToken);
    }

    /// <summary>Evaluates an expression and converts its value to <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">The value cannot be converted to <typeparamref name="T"/>.</exception>
    public T Evaluate<T>(string expression, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return (T)_core.Evaluate(expression, typeof(T), cancellationToken)!;
    }

    /// <summary>
    /// Calls the global function (or any callable, including builtins) named <paramref name="function"/>
    /// with the arguments converted to Python, and returns the result converted to .NET.
    /// </summary>
    /// <exception cref="PythonException">The call raised an exception (NameError if the name is not defined).</exception>
    /// <exception cref="LimitExceededException">A limit of <see cref="EngineOptions"/> was exceeded.</exception>
    /// <exception cref="ArgumentException">An argument cannot be converted to Python.</exception>
    public object? Call(string function, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(function);
        return _core.CallGlobal(function, args ?? [null], null, CancellationToken.None);
    }

    /// <summary>Like <see cref="Call(string, object?[])"/>, converting the result to <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">The result cannot be converted to <typeparamref name="T"/>.</exception>
    public T Call<T>(string function, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(function);
        return (T)_core.CallGlobal(function, args ?? [null], typeof(T), CancellationToken.None)!;
    }

    /// <summary>Like <see cref="Call(string, object?[])"/>, cancellable.</summary>
    public object? Call(string function, CancellationToken cancellationToken, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(function);
        return _core.CallGlobal(function, args ?? [null], null, cancellationToken);
    }

    /// <summary>Stops the Python threads still running and releases the engine; later calls throw
    /// <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose() => _core.Dispose();

    /// <summary>"PythonEngine(gil)" or "PythonEngine(free-threaded)".</summary>
    public override string ToString() => $"PythonEngine({Backend.Name})";
}
