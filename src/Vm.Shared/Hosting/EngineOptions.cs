// What a host configures when it creates an engine: streams, limits, capabilities, host modules.
namespace Vm.Hosting;

/// <summary>
/// Settings of a <see cref="PythonEngine"/>: output streams, resource limits, the capabilities a
/// script may use, and host modules it can import. Limits apply to each call into the engine
/// (<see cref="PythonEngine.Execute"/>, <see cref="PythonEngine.Evaluate(string)"/>,
/// <see cref="PythonEngine.Call(string, object?[])"/>) and to every Python thread running meanwhile; an exceeded
/// limit stops them all with a <see cref="LimitExceededException"/>. The options are read once,
/// when the engine is created.
/// </summary>
public sealed class EngineOptions
{
    /// <summary>Options with the defaults: console streams, no limits, every capability allowed.</summary>
    public EngineOptions() { }

    /// <summary>Where print() and sys.stdout write. Default: <see cref="Console.Out"/>.</summary>
    public TextWriter? Stdout { get; set; }

    /// <summary>Where sys.stderr and warnings write. Default: <see cref="Console.Error"/>.</summary>
    public TextWriter? Stderr { get; set; }

    /// <summary>What input() and sys.stdin read. Default: an empty reader (scripts see end of file).</summary>
    public TextReader? Stdin { get; set; }

    /// <summary>Wall-clock limit of one call into the engine; null: none.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// The deepest Python call nesting allowed (sys.getrecursionlimit()); a deeper call raises
    /// RecursionError inside Python, which scripts may catch. Scripts cannot raise it with
    /// sys.setrecursionlimit. Null: Python's default, 1000.
    /// </summary>
    public int? MaxRecursionDepth { get; set; }

    /// <summary>
    /// Approximate cap on the memory one call may allocate, in bytes, across all its threads; null:
    /// none. This is allocation accounting, not a measure of live memory: each thread's managed
    /// allocations (GC.GetAllocatedBytesForCurrentThread) are sampled at the eval loop's
    /// checkpoints (every loop iteration and call), so memory that was allocated and freed again
    /// counts too, and a single huge allocation is noticed only at the next checkpoint.
    /// </summary>
    public long? MaxMemoryBytes { get; set; }

    /// <summary>
    /// Cap on the bytecode instructions one call may execute, across all its threads; null: none.
    /// Instructions are counted where the eval loop polls for host requests: at each loop
    /// iteration the loop body's length is charged, at each call one instruction. Straight-line
    /// code outside loops is not counted (it is bounded by the size of the code), so the count is
    /// an estimate that bounds the work of any script.
    /// </summary>
    public long? MaxInstructions { get; set; }

    /// <summary>May scripts use files and directories (open(), io.FileIO, os file functions)?
    /// When false those raise PermissionError. Default: true.</summary>
    public bool AllowFileSystem { get; set; } = true;

    /// <summary>May scripts read or change environment variables (os.environ, os.getenv,
    /// os.putenv)? When false those raise PermissionError. Default: true.</summary>
    public bool AllowEnvironment { get; set; } = true;

    /// <summary>May scripts control processes (os._exit, os.kill and process-starting functions)?
    /// When false those raise PermissionError. Default: true.</summary>
    public bool AllowProcesses { get; set; } = true;

    /// <summary>
    /// When not null, the only modules a script may import (a name also allows its submodules,
    /// "os" allows "os.path"); other imports raise ImportError. Modules the allowed ones import
    /// for themselves, and <see cref="HostModules"/>, are always allowed. Null: no restriction.
    /// </summary>
    public ICollection<string>? AllowedModules { get; set; }

    /// <summary>Modules written in .NET that scripts can import by name.</summary>
    public IList<HostModule> HostModules { get; } = new List<HostModule>();

    /// <summary>Directories searched for .py modules by import (sys.path). Default: none.</summary>
    public IList<string> SearchPaths { get; } = new List<string>();

    /// <summary>Adds a host module and returns these options (for chaining).</summary>
    public EngineOptions AddModule(HostModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        HostModules.Add(module);
        return this;
    }
}
