// The backend-specific half of an engine: running code, globals, handles and error conversion,
// compiled once per sync policy like the rest of the runtime.
using System.Runtime.CompilerServices;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Hosting;

internal sealed class EngineCore<TSync> : EngineCore where TSync : struct, ISyncPolicy
{
    private readonly PyDict _globals;
    private readonly HostValues<TSync> _values;
    /// <summary>Host exceptions raised into Python, so the host gets them back as InnerException.</summary>
    private readonly ConditionalWeakTable<PyBaseException, Exception> _hostErrors = new();

    /// <summary>Called with the runtime's main thread state attached on the creating thread.</summary>
    // isRuntimeMonitor: monitors whose waits belong to the backend (the GIL's), never interrupted by a stop.
    public EngineCore(Backend backend, PyRuntime<TSync> rt, EngineOptions options, Func<object, bool>? isRuntimeMonitor = null)
        : base(backend, rt, options, isRuntimeMonitor)
    {
        _values = new HostValues<TSync>(this);
        var ts = Main;
        try
        {
            _globals = rt.NewModuleDict("__main__", null);
            rt.SetModule(ts, "__main__", new PyModule(rt.ModuleType, "__main__", _globals));
            rt.ResetSysPathAndArgv();
            Sandbox<TSync>.Apply(this, ts, options);
            foreach (var hm in options.HostModules) RegisterHostModule(rt, hm);
        }
        finally
        {
            rt.Detach(ts);
        }
    }

    private void RegisterHostModule(PyRuntime rt, HostModule hm)
    {
        rt.NativeModules[hm.Name] = ts =>
        {
            var d = ts.Rt.NewModuleDict(hm.Name, null);
            foreach (var (name, value) in hm.Members) DictOps<TSync>.SetItem(ts, d, ts.Rt.Intern(name), _values.ToPython(ts, value, name));
            return new PyModule(ts.Rt.ModuleType, hm.Name, d);
        };
    }

    // ------------------------------------------------------------------ operations

    public override void Execute(string source, string fileName, CancellationToken ct) => Run(ts =>
    {
        var code = Rt.CompileModule(source, fileName);
        Rt.ExecCode(ts, code, _globals, null);
        return 0;
    }, true, ct);

    public override object? Evaluate(string expression, Type? target, CancellationToken ct) => Run(ts =>
    {
        var text = expression.Trim();
        Rt.RememberSource("<expr>", text);
        var ast = Vm.Parsing.PythonParser.ParseExpression(text, "<expr>");
        var code = Rt.MakeCode(Vm.Compiling.Compiler.CompileExpression(ast, "<expr>", text));
        var r = Rt.ExecCode(ts, code, _globals, null);
        return Convert(ts, r, target, "the result");
    }, true, ct);

    public override object? CallGlobal(string name, object?[] args, Type? target, CancellationToken ct) => Run(ts =>
    {
        var fn = _globals.GetStr(Rt.Intern(name)) ?? Rt.BuiltinsDict.GetStr(Rt.Intern(name))
            ?? throw Rt.NameError($"name '{name}' is not defined");
        return Convert(ts, CallWith(ts, fn, args), target, "the result");
    }, true, ct);

    public override object? CallHandle(PythonObject handle, object?[] args, Type? target, CancellationToken ct) => Run(ts =>
        Convert(ts, CallWith(ts, Unwrap(handle), args), target, "the result"), true, ct);

    private PyObject CallWith(PyThreadState ts, PyObject fn, object?[] args)
    {
        var pyArgs = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++) pyArgs[i] = ToPythonArg(ts, args[i]);
        return Ops<TSync>.Call(ts, fn, pyArgs, null);
    }

    private PyObject ToPythonArg(PyThreadState ts, object? value, string? name = null) => _values.ToPython(ts, value, name);

    private object? Convert(PyThreadState ts, PyObject o, Type? target, string what)
    {
        if (target == null) return _values.ToClr(ts, o);
        try
        {
            return _values.ToClr(ts, o, target, what);
        }
        catch (PyException e)
        {
            throw new InvalidCastException(Rt.StrOf(ts, e.Value));
        }
    }

    protected override bool LeaveHostCode(PyThreadState ts) => TSync.LeaveHostCode(ts);
    protected override void EnterHostCode(PyThreadState ts) => TSync.EnterHostCode(ts);

    // ------------------------------------------------------------------ globals

    public override object? GetGlobal(string name, Type? target, out bool found)
    {
        bool f = false;
        var r = Run(ts =>
        {
            var v = _globals.GetStr(Rt.Intern(name));
            f = v != null;
            return v == null ? null : Convert(ts, v, target, $"global '{name}'");
        }, false, default);
        found = f;
        return r;
    }

    public override void SetGlobal(string name, object? value) => Run(ts =>
    {
        DictOps<TSync>.SetItem(ts, _globals, Rt.Intern(name), ToPythonArg(ts, value, name));
        return 0;
    }, false, default);

    public override bool RemoveGlobal(string name) => Run(ts => DictOps<TSync>.Delete(ts, _globals, Rt.Intern(name)), false, default);

    public override IReadOnlyList<string> GlobalNames() => Run(ts =>
        _globals.Snapshot().Select(kv => kv.Key is PyStr s ? s.Value : Rt.ReprOf(ts, kv.Key)).ToList(), false, default);

    // ------------------------------------------------------------------ handles

    /// <summary>A handle holding a counted reference to o.</summary>
    public PythonObject Wrap(PyThreadState ts, PyObject o)
    {
        ObjectLifecycle<TSync>.IncRef(ts, o);
        return new PythonObject(this, o, o.Type.Name);
    }

    public PyObject Unwrap(PythonObject h)
    {
        if (!ReferenceEquals(h.Engine, this)) throw new ArgumentException("The PythonObject belongs to another engine.");
        return h.Target ?? throw new ObjectDisposedException(nameof(PythonObject));
    }

    public override void Release(PythonObject h)
    {
        var o = Interlocked.Exchange(ref h.Target, null);
        if (o == null) return;
        Run(ts =>
        {
            ObjectLifecycle<TSync>.DecRef(ts, o);
            return 0;
        }, false, default);
    }

    public override string Repr(PythonObject h) => Run(ts => Rt.ReprOf(ts, Unwrap(h)), false, default);

    // ------------------------------------------------------------------ errors

    protected override Exception ToHostException(PyThreadState ts, PyBaseException e)
    {
        var type = e.Type;
        string typeName = type.Name;
        if (type.Dict.GetStr(Rt.Intern("__module__")) is PyStr mod && mod.Value != "builtins") typeName = mod.Value + "." + typeName;
        string message;
        try { message = Ops<TSync>.StrValue(ts, e); }
        catch (PyException) { message = "<exception str() failed>"; }
        string traceback;
        try { traceback = Tracebacks<TSync>.Format(ts, e); }
        catch (PyException) { traceback = typeName + ": " + message + "\n"; }
        Exception? inner = null;
        for (PyObject? x = e; x is PyBaseException pe && inner == null; x = pe.Cause ?? pe.Context)
            _hostErrors.TryGetValue(pe, out inner);
        return new PythonException(typeName, message, traceback, inner);
    }

    /// <summary>A .NET exception thrown by a host function, as the Python exception scripts see.</summary>
    public PyException HostErrorToPython(PyThreadState ts, Exception ex)
    {
        if (ex is PyException pe) return pe;
        string typeName = ex switch
        {
            PythonException p when Rt.ExceptionTypes.ContainsKey(p.PythonType) => p.PythonType,
            ArgumentNullException or InvalidCastException => "TypeError",
            ArgumentException or FormatException => "ValueError",
            KeyNotFoundException => "KeyError",
            IndexOutOfRangeException => "IndexError",
            NotImplementedException or NotSupportedException => "NotImplementedError",
            DivideByZeroException => "ZeroDivisionError",
            OverflowException => "OverflowError",
            FileNotFoundException or DirectoryNotFoundException => "FileNotFoundError",
            UnauthorizedAccessException => "PermissionError",
            IOException => "OSError",
            TimeoutException => "TimeoutError",
            OutOfMemoryException => "MemoryError",
            _ => "RuntimeError",
        };
        var e = Rt.NewException(Rt.ExceptionTypes[typeName], ex.Message);
        _hostErrors.AddOrUpdate(e, ex);
        return new PyException(e);
    }
}
