using Vm.Objects;

namespace Vm.Runtime;

/// <summary>Backend wiring: what a backend does when a runtime or a thread comes and goes.</summary>
public abstract class BackendHooks
{
    public abstract RuntimeBackendState CreateRuntimeState(PyRuntime rt);
    public abstract void OnThreadCreated(PyThreadState ts);
    public abstract void OnThreadExiting(PyThreadState ts);
    /// <summary>Parks every other thread (the cycle collector); nothing to do under a GIL.</summary>
    public virtual void StopTheWorld(PyThreadState ts) { }
    public virtual void StartTheWorld(PyThreadState ts) { }
}

public abstract partial class PyRuntime
{
    public int RecursionLimit = 1000;
    /// <summary>The baseline compiler (Runtime/Compiler/): 0 off, 1 compile hot code (the default),
    /// 2 compile every eligible code object at its first call. PYVM_JIT=0 turns it off, PYVM_JIT=always
    /// sets 2 (any other value, or none, 1); pyvm's -X nojit / -X jit=0|1|always override it.</summary>
    public int JitMode = ParseJitMode(Environment.GetEnvironmentVariable("PYVM_JIT")) ?? 1;

    /// <summary>A PYVM_JIT or -X jit= value as a JitMode: "0"/"off" 0, "1"/"on" 1, "always" 2, else null.</summary>
    public static int? ParseJitMode(string? value) => value switch { "0" or "off" => 0, "1" or "on" => 1, "always" => 2, _ => null };

    /// <summary>Frames Eval handed to their compiled body at a loop head (Compiler/Interpreter.JitLoops.cs):
    /// a diagnostic count (tests read it).</summary>
    public long JitLoopEntries;
    /// <summary>Interned special names (__add__, __iter__, ...) for the hot paths.</summary>
    public SpecialNames S = null!;
    /// <summary>The marker LOAD_METHOD pushes for "already bound".</summary>
    public PyObject Null = null!;
    /// <summary>sys.modules.</summary>
    public PyDict Modules = null!;
    /// <summary>The cycle collector's settings, statistics and orphaned candidates (Gc/GcState.cs).</summary>
    public readonly Gc.GcState Gc = new();
    public PyModule BuiltinsModule = null!;
    public PyDict BuiltinsDict = null!;
    public PyModule SysModule = null!;
    /// <summary>Native module factories by name (math, time, _thread, ...).</summary>
    public readonly Dictionary<string, Func<PyThreadState, PyModule>> NativeModules = new();
    /// <summary>Python sources shipped with the VM (module name to source text).</summary>
    public Func<string, string?>? ShippedModuleSource;
    // The console streams are made on first use (Console.In sets up the terminal on Unix; hosts
    // and the pyvm command pass their own writers): none is touched at start-up.
    public TextWriter Stdout
    {
        get => _stdout ??= Console.Out;
        set => _stdout = value;
    }
    public TextWriter Stderr
    {
        get => _stderr ??= Console.Error;
        set => _stderr = value;
    }
    public TextReader Stdin
    {
        get => _stdin ??= Console.In;
        set => _stdin = value;
    }
    private TextWriter? _stdout, _stderr;
    private TextReader? _stdin;
    /// <summary>The byte streams under the console text streams (RuntimeOptions.StdoutBytes); null: none.</summary>
    public Lazy<Stream>? StdoutBytes, StderrBytes;
    public Func<Stream>? StdinBytes;

    /// <summary>A console byte stream opened on first use.</summary>
    protected static Lazy<Stream> ConsoleBytes(Func<Stream> open) => new(open);
    /// <summary>sys.argv.</summary>
    public string[] Argv = [""];
    /// <summary>sys.warnoptions (PYTHONWARNINGS entries, then -W options; read by the warnings module).</summary>
    public string[] WarnOptions = [];
    /// <summary>The -X options ("name" or "name=value"; sys._xoptions maps name to value or True).</summary>
    public string[] XOptions = [];
    /// <summary>Directories searched by import (sys.path is built from it).</summary>
    public List<string> SearchPath = new();
    public PyThreadState MainThread = null!;
    /// <summary>Switch interval in seconds (meaningful on the GIL backend).</summary>
    public double SwitchInterval = 0.005;
    /// <summary>Hook: GIL stats for sys._gil_stats (set by the GIL backend).</summary>
    public Func<PyThreadState, PyObject>? GilStats;
    /// <summary>Hook: set the switch interval on the backend (the GIL).</summary>
    public Action<double>? OnSwitchIntervalChanged;
    /// <summary>Exit code requested by SystemExit handling.</summary>
    public int ExitCode;
    /// <summary>_thread.stack_size() (0 = default).</summary>
    public long ThreadStackSize;
    /// <summary>The _ThreadHandle type, created on first use.</summary>
    public PyType? ThreadHandleType;
    /// <summary>Serialises module loading (a Monitor: Coyote-controllable).</summary>
    public readonly object ImportLock = new();
    /// <summary>One gate per file path opened in append mode (see FileState.AppendGate).</summary>
    public readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> AppendGates = new();
    /// <summary>Threads started by the threading module that must be joined at exit.</summary>
    public readonly List<Thread> NonDaemonThreads = new();
    /// <summary>Weak references by target object.</summary>
    public readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, List<PyWeakRef>> WeakRefTable = new();

    /// <summary>Handles a pending asynchronous exception (raises it) or cancellation.</summary>
    public abstract void RaiseAsyncIfPending(PyThreadState ts);

    /// <summary>sys.displayhook (REPL).</summary>
    public abstract void DisplayHook(PyThreadState ts, PyObject v);
}

public abstract partial class PyRuntime
{
    // id(o): a serial number handed out on the first request and kept in _ids until the object
    // dies (ObjectLifecycle.Deallocate and the cycle collector call ForgetId when HasId is set).
    // The table holds its keys strongly: a ConditionalWeakTable (weak keys) cost a GC dependent
    // handle per object, about 2 us per id() of a new object and slower collections with many of
    // them alive, which made copy.deepcopy (an id() per object copied) 14-45x slower than CPython.
    // An object that dies without being deallocated by counting (a leak) keeps its entry.
    // Numbers are never reused. ConcurrentDictionary: lock-free reads, striped locks for the
    // free-threaded backend's concurrent first requests; GetOrAdd makes racing first requests
    // agree on one number.
    // 64 lock stripes: the default is one per core, so two threads adding and removing entries
    // (copy.deepcopy calls id() on every object it copies) met on the same lock half the time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<PyObject, long> _ids =
        new(concurrencyLevel: 64, capacity: 1024, comparer: ReferenceEqualityComparer.Instance);
    private long _nextId = 0x7f0000001000;

    /// <summary>id(o): unique and constant for the object's lifetime.</summary>
    public long IdOf(PyObject o)
    {
        if ((Volatile.Read(ref o.FlagBits) & (int)ObjectFlags.HasId) != 0 && _ids.TryGetValue(o, out long id)) return id;
        id = _ids.GetOrAdd(o, static (_, rt) => Interlocked.Add(ref rt._nextId, 16), this);
        Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.HasId);
        return id;
    }

    /// <summary>Drops o's id entry (o is being freed; HasId was set).</summary>
    internal void ForgetId(PyObject o) => _ids.TryRemove(o, out _);

    /// <summary>Objects with an id entry (tests: entries must go when their objects die).</summary>
    internal int IdTableCount => _ids.Count;
}

public abstract partial class PyRuntime
{
    /// <summary>Refreshes sys.path and sys.argv from SearchPath and Argv (after the host changed them).</summary>
    /// <remarks>Called on the thread that created the runtime (its MainThread), before code runs.
    /// The lists and their items are counted references: a setup-time raw store left them
    /// uncounted, so the first borrowed use that dropped one freed it while sys still held it.</remarks>
    public void ResetSysPathAndArgv()
    {
        SetSysStringList("path", SearchPath);
        SetSysStringList("argv", Argv);
        SetSysStringList("warnoptions", WarnOptions);
    }

    /// <summary>sys.NAME = a new list of the strings (a counted store; the old value is released).</summary>
    protected abstract void SetSysStringList(string name, IEnumerable<string> values);
}

public abstract partial class PyRuntime
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyType> _lazyTypes = new();

    /// <summary>A type created on first use (per runtime), e.g. helper iterator types.</summary>
    public PyType LazyType(string key, Func<PyRuntime, PyType> create) => _lazyTypes.GetOrAdd(key, _ => create(this));

    /// <summary>A per-runtime shared object created on first use (a descriptor shared by many types, ...).</summary>
    public PyObject LazyObject(string key, Func<PyRuntime, PyObject> create) => _lazyObjects.GetOrAdd(key, _ => create(this));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyObject> _lazyObjects = new();
}
