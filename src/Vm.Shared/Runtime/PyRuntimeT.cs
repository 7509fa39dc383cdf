// The concrete runtime of one backend: PyRuntime<TSync> builds the types and modules with method
// tables bound to TSync, and runs code through Interpreter<TSync>.
using Vm.Builtins;
using Vm.Modules;
using Vm.Bytecode;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public sealed partial class PyRuntime<TSync> : PyRuntime where TSync : struct, ISyncPolicy
{
    private readonly BackendHooks _hooks;
    private static int s_serial;

    public override string BackendName => TSync.Name;

    public PyRuntime(BackendHooks hooks, RuntimeOptions? options = null)
    {
        _hooks = hooks;
        options ??= new RuntimeOptions();
        RuntimeSerial = Interlocked.Increment(ref s_serial) & 0x3FF;
        if (options.Stdout != null) Stdout = options.Stdout;
        if (options.Stderr != null) Stderr = options.Stderr;
        if (options.Stdin != null) Stdin = options.Stdin;
        StdoutBytes = options.StdoutBytes is { } ob ? new Lazy<Stream>(ob) : options.Stdout == null ? ConsoleBytes(Console.OpenStandardOutput) : null;
        StderrBytes = options.StderrBytes is { } eb ? new Lazy<Stream>(eb) : options.Stderr == null ? ConsoleBytes(Console.OpenStandardError) : null;
        StdinBytes = options.StdinBytes ?? (options.Stdin == null ? Console.OpenStandardInput : null);
        ChildCommand = options.ChildCommand;
        ChildInheritsStdio = options.ChildInheritsStdio;
        XOptions = options.XOptions ?? [];
        StartupTrace.Mark("runtime: constructor entered");
        CreateCoreObjects();
        StartupTrace.Mark("runtime: core objects");
        Null = new NullMarker(ObjectType);
        BackendState = hooks.CreateRuntimeState(this);
        MainThread = NewThreadState();
        var ts = MainThread;
        Modules = new PyDict(DictType);
        ExceptionsSetup<TSync>.Create(this);
        StartupTrace.Mark("runtime: exceptions");
        CoreTypes<TSync>.Install(ts);
        StartupTrace.Mark("runtime: core types");
        InstallTypeMethods?.Invoke(ts);
        StartupTrace.Mark("runtime: type methods");
        BuiltinsDict = new PyDict(DictType);
        BuiltinsModule = new PyModule(ModuleType, "builtins", BuiltinsDict);
        CoreBuiltins<TSync>.Install(ts, BuiltinsDict);
        AsyncTypes<TSync>.Install(ts, BuiltinsDict);
        InstallBuiltins?.Invoke(ts, BuiltinsDict);
        ExceptionsSetup<TSync>.InstallFastCalls(this);
        TypeFastCalls.Install(this);
        StartupTrace.Mark("runtime: builtins");
        Def.SetRaw(this, BuiltinsDict, "__name__", NewStr("builtins"));
        SetModule(ts, "builtins", BuiltinsModule);
        SysModule = SysModuleFactory<TSync>.Create(ts);
        SetModule(ts, "sys", SysModule);
        StartupTrace.Mark("runtime: sys");
        NativeModules["_thread"] = ThreadModule<TSync>.Create;
        ShippedModuleSource = ShippedModules.GetSource;
        RegisterModules?.Invoke(this);
        StartupTrace.Mark("runtime: modules registered");
        if (options.SearchPath != null) SearchPath.AddRange(options.SearchPath);
    }

    protected override void SetSysStringList(string name, IEnumerable<string> values)
    {
        var ts = MainThread;
        var list = Ops<TSync>.NewList(ts, values.Select(v => (PyObject)NewStr(v)).ToArray());
        DictOps<TSync>.SetItem(ts, SysModule.Dict!, Intern(name), list);
    }

    /// <summary>Extension points filled by builtin-type and module installers (see Builtins/Registry.cs).</summary>
    internal static Action<PyThreadState>? InstallTypeMethods => Registry<TSync>.InstallTypes;
    internal static Action<PyThreadState, PyDict>? InstallBuiltins => Registry<TSync>.InstallBuiltins;
    internal static Action<PyRuntime>? RegisterModules => Registry<TSync>.RegisterModules;

    public void SetModule(PyThreadState ts, string name, PyModule m) => DictOps<TSync>.SetItem(ts, Modules, Intern(name), m);

    protected override void OnThreadCreated(PyThreadState ts) => _hooks.OnThreadCreated(ts);
    protected override void OnThreadExiting(PyThreadState ts) => _hooks.OnThreadExiting(ts);
    public override void StopTheWorld(PyThreadState ts) => _hooks.StopTheWorld(ts);
    public override void StartTheWorld(PyThreadState ts) => _hooks.StartTheWorld(ts);

    public override void Finalize(PyThreadState ts, PyObject o) => Finalization<TSync>.Run(ts, o);
    public override void FinalizeModules(PyThreadState ts) => ModuleFinalization<TSync>.Run(ts);

    public override void RaiseAsyncIfPending(PyThreadState ts)
    {
        if ((ts.EvalBreaker & EvalBreakerBits.Cancel) != 0)
        {
            throw new PyException(NewException(ExceptionTypes["KeyboardInterrupt"], "execution cancelled by the host"));
        }
        if ((ts.EvalBreaker & EvalBreakerBits.AsyncException) != 0)
        {
            ts.ClearEvalBreakerBit(EvalBreakerBits.AsyncException);
            if (ReferenceEquals(ts, MainThread)) RunSignalHandlers(ts);
            var e = Interlocked.Exchange(ref ts.AsyncException, null);
            if (e != null) throw new PyException(Interpreter<TSync>.ToException(ts, e, "exceptions must derive from BaseException"));
        }
    }

    /// <summary>Runs the Python handler of each signal delivered since the last check (main thread; PyRuntime.Signals.cs).</summary>
    private void RunSignalHandlers(PyThreadState ts)
    {
        long pending = TakePendingSignals();
        for (int signum = 1; pending != 0 && signum < SignalCount; signum++)
        {
            if ((pending & (1L << signum)) == 0) continue;
            pending &= ~(1L << signum);
            var handler = Volatile.Read(ref SignalHandlers[signum]);
            if (handler == null || handler is PyInt) continue;
            PyObject frame = ts.Frame is { } f ? EscapingFrameObject(f) : None;
            try
            {
                Ops<TSync>.Call(ts, handler, [NewInt(signum), frame], null);
            }
            catch (PyException) when (pending != 0)
            {
                // The others stay pending for the next check, as CPython leaves them tripped.
                RequeueSignals(pending);
                throw;
            }
        }
    }

    public override void DisplayHook(PyThreadState ts, PyObject v)
    {
        if (ReferenceEquals(v, None)) return;
        Def.SetRaw(this, BuiltinsDict, "_", v);
        Stdout.WriteLine(Ops<TSync>.ReprValue(ts, v));
    }

    // ---------------------------------------------------------------- running code
    public override PyCode MakeCode(CodeUnit unit) => CodeFactory.Materialise(this, unit);

    public override void IssueCompileWarnings(PyThreadState ts, PyCode code) => Warnings<TSync>.IssueCompileWarnings(ts, code.Unit);

    public override PyObject ExecCode(PyThreadState ts, PyCode code, PyDict globals, PyObject? locals)
    {
        if (globals.GetStr(Intern("__builtins__")) == null)
            DictOps<TSync>.SetItem(ts, globals, Intern("__builtins__"), BuiltinsModule);
        var f = new Frame(code, null, globals, BuiltinsFor(globals), locals ?? globals);
        var r = Interpreter<TSync>.Run(ts, f);
        if (r == null) throw Interpreter<TSync>.TakeException(ts);
        return r;
    }

    public override PyObject CallObject(PyThreadState ts, PyObject callable, PyObject[] args) => Ops<TSync>.Call(ts, callable, args, null);

    public override string ReprOf(PyThreadState ts, PyObject o) => Ops<TSync>.ReprValue(ts, o);
    public override string StrOf(PyThreadState ts, PyObject o) => Ops<TSync>.StrValue(ts, o);

    public override void PrintException(PyThreadState ts, PyBaseException e, TextWriter w) => Tracebacks<TSync>.Print(ts, e, w);

    public override PyModule ImportModule(PyThreadState ts, string name) => Importer<TSync>.Import(ts, name);

    public override void Attach(PyThreadState ts) => TSync.Attach(ts);
    public override void Detach(PyThreadState ts) => TSync.Detach(ts);
}

public sealed class RuntimeOptions
{
    public TextWriter? Stdout;
    public TextWriter? Stderr;
    public TextReader? Stdin;
    /// <summary>The byte streams under Stdout/Stderr/Stdin, for sys.stdout.buffer and co.
    /// (docs: IoModule.ConsoleBuffers.cs). Without them the buffers encode into and decode from
    /// the text streams as UTF-8. Left null with a null text stream, the console's are used.</summary>
    public Stream? StdoutBytes, StderrBytes;
    public Func<Stream>? StdinBytes;
    public List<string>? SearchPath;
    /// <summary>The command that starts a child VM (multiprocessing); null = this program.</summary>
    public string[]? ChildCommand;
    /// <summary>Child VMs write to the inherited stdout/stderr (else their output comes back through sys.stdout).</summary>
    public bool ChildInheritsStdio;
    /// <summary>The -X options the VM was started with ("name" or "name=value"), for sys._xoptions.</summary>
    public string[]? XOptions;
}
