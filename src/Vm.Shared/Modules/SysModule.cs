// The sys module.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class SysModuleFactory<TSync> where TSync : struct, ISyncPolicy
{
    public const string Version = "3.13.0 (FreeThreaded VM on .NET)";

    private static PyObject SetHook(PyThreadState ts, ReadOnlySpan<PyObject> a, string name, bool profile)
    {
        if (a.Length != 1) throw ts.Rt.TypeError($"{name}() takes exactly one argument ({a.Length} given)");
        Interpreter<TSync>.SetHook(ts, a[0], profile);
        return ts.Rt.None;
    }

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var d = rt.NewModuleDict("sys", null);
        var m = new PyModule(rt.ModuleType, "sys", d);
        var streamType = StdStreams<TSync>.CreateType(ts);
        var stdout = new PyNative<ConsoleStream>(streamType, new ConsoleStream("<stdout>", rt.Stdout, null) { BytesOut = rt.StdoutBytes });
        var stderr = new PyNative<ConsoleStream>(streamType, new ConsoleStream("<stderr>", rt.Stderr, null) { BytesOut = rt.StderrBytes });
        var stdin = new PyNative<ConsoleStream>(streamType, new ConsoleStream("<stdin>", () => rt.Stdin) { BytesIn = rt.StdinBytes });
        Set(ts, d, "stdout", stdout);
        Set(ts, d, "stderr", stderr);
        Set(ts, d, "stdin", stdin);
        Set(ts, d, "__stdout__", stdout);
        Set(ts, d, "__stderr__", stderr);
        Set(ts, d, "__stdin__", stdin);
        Set(ts, d, "modules", rt.Modules);
        Set(ts, d, "argv", Ops<TSync>.NewList(ts, rt.Argv.Select(a => (PyObject)rt.NewStr(a)).ToArray()));
        Set(ts, d, "warnoptions", Ops<TSync>.NewList(ts, rt.WarnOptions.Select(a => (PyObject)rt.NewStr(a)).ToArray()));
        Set(ts, d, "_xoptions", XOptionsDict(ts));
        Set(ts, d, "path", Ops<TSync>.NewList(ts, rt.SearchPath.Select(a => (PyObject)rt.NewStr(a)).ToArray()));
        Set(ts, d, "maxsize", rt.NewInt(long.MaxValue));
        Set(ts, d, "maxunicode", rt.NewInt(0x10FFFF));
        Set(ts, d, "byteorder", rt.NewStr(BitConverter.IsLittleEndian ? "little" : "big"));
        Set(ts, d, "platform", rt.NewStr(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        Set(ts, d, "version", rt.NewStr(Version));
        Set(ts, d, "hexversion", rt.NewInt(0x030D00F0));
        Set(ts, d, "executable", rt.NewStr(Environment.ProcessPath ?? "pyvm"));
        Set(ts, d, "prefix", rt.NewStr(AppContext.BaseDirectory));
        foreach (var name in (ReadOnlySpan<string>)["base_prefix", "exec_prefix", "base_exec_prefix"])
            Set(ts, d, name, rt.NewStr(AppContext.BaseDirectory));
        Set(ts, d, "platlibdir", rt.NewStr("lib"));
        Set(ts, d, "pycache_prefix", rt.None);
        // A free-threaded build of CPython 3.13 reports "t" (its ABI differs); the GIL build "".
        Set(ts, d, "abiflags", rt.NewStr(TSync.GilEnabled ? "" : "t"));
        Set(ts, d, "api_version", rt.NewInt(1013));
        Set(ts, d, "float_repr_style", rt.NewStr("short"));
        Set(ts, d, "copyright", rt.NewStr("FreeThreaded VM, a Python 3.13 implementation on .NET.\nPython is Copyright (c) 2001 Python Software Foundation."));
        Set(ts, d, "stdlib_module_names", Ops<TSync>.Call(ts, rt.BuiltinsDict.GetStr(rt.Intern("frozenset"))!,
            [Ops<TSync>.NewList(ts, Vm.Runtime.StdlibModuleNames.All.Order().Select(n => (PyObject)rt.NewStr(n)).ToArray())], null));
        Set(ts, d, "thread_info", StructSeq<TSync>.Create(ts, "sys.thread_info", ["name", "lock", "version"],
            [rt.NewStr("pthread"), rt.NewStr("semaphore"), PosixNative.LibcVersion() is { } libc ? rt.NewStr("NPTL " + libc) : rt.None]));
        Set(ts, d, "builtin_module_names", Ops<TSync>.NewTuple(ts, rt.NativeModules.Keys.Append("sys").Append("builtins").Order().Select(n => (PyObject)rt.NewStr(n)).ToArray()));
        Set(ts, d, "dont_write_bytecode", rt.True);
        Set(ts, d, "version_info", VersionInfo(ts));
        Set(ts, d, "implementation", Implementation(ts));
        Set(ts, d, "float_info", FloatInfo(ts));
        Set(ts, d, "flags", StructSeq<TSync>.Create(ts, "sys.flags",
            ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
             "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
             "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"],
            [rt.NewInt(0), rt.NewInt(0), rt.NewInt(0), rt.NewInt(0), rt.NewInt(1), rt.NewInt(0), rt.NewInt(0),
             rt.NewInt(0), rt.NewInt(0), rt.NewInt(0), rt.NewInt(0), rt.NewInt(0), rt.NewInt(0), rt.False,
             rt.NewInt(1), rt.NewInt(0), rt.False, rt.NewInt(4300)]));
        Set(ts, d, "int_info", StructSeq<TSync>.Create(ts, "sys.int_info",
            ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
            [rt.NewInt(30), rt.NewInt(4), rt.NewInt(4300), rt.NewInt(640)]));
        Set(ts, d, "hash_info", StructSeq<TSync>.Create(ts, "sys.hash_info",
            ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
            [rt.NewInt(64), rt.NewInt((1L << 61) - 1), rt.NewInt(314159), rt.NewInt(0), rt.NewInt(1000003),
             rt.NewStr("siphash13"), rt.NewInt(64), rt.NewInt(128), rt.NewInt(0)]));
        Def.Function(rt, d, "get_int_max_str_digits", (ts2, a, kw) =>
        {
            Args.Count(ts2, "get_int_max_str_digits", a.Length, 0, 0);
            return ts2.Rt.NewInt(Vm.Builtins.Formatting.IntMath.GetMaxStrDigits(ts2.Rt));
        }, "sys");
        Def.Function(rt, d, "set_int_max_str_digits", (ts2, a, kw) =>
        {
            var bound = Args.Bind(ts2, "set_int_max_str_digits", a, kw, ["maxdigits"], 1);
            long n = Ops<TSync>.IndexToLong(ts2, bound[0]!);
            if (n != 0 && (n < 640 || n > int.MaxValue)) throw ts2.Rt.ValueError("maxdigits must be >= 640 or 0 for unlimited");
            Vm.Builtins.Formatting.IntMath.SetMaxStrDigits(ts2.Rt, (int)n);
            return ts2.Rt.None;
        }, "sys");

        Def.Function(rt, d, "exit", (ts2, a, kw) =>
        {
            var exitType = ts2.Rt.ExceptionTypes["SystemExit"];
            throw new PyException(a.Length == 0 ? ts2.Rt.NewException(exitType, ts2.Rt.EmptyTuple) : ExceptionLinks<TSync>.New(ts2, exitType, [a[0]]));
        }, "sys");
        Def.Function(rt, d, "getrecursionlimit", (ts2, a, kw) => ts2.Rt.NewInt(ts2.Rt.RecursionLimit), "sys");
        Def.Function(rt, d, "setrecursionlimit", (ts2, a, kw) =>
        {
            Args.Count(ts2, "setrecursionlimit", a.Length, 1, 1);
            if (a[0] is not PyInt) throw ts2.Rt.TypeError("'" + a[0].Type.Name + "' object cannot be interpreted as an integer");
            long n = Args.ToLong(ts2, a[0]);
            if (n < 1) throw ts2.Rt.ValueError("recursion limit must be greater or equal than 1");
            if (n <= ts2.RecursionDepth)
                throw ts2.Rt.Error("RecursionError", $"cannot set the recursion limit to {n} at the recursion depth {ts2.RecursionDepth}: the limit is too low");
            ts2.Rt.RecursionLimit = (int)Math.Min(n, int.MaxValue);
            return ts2.Rt.None;
        }, "sys");
        Def.Function(rt, d, "getrefcount", (ts2, a, kw) =>
        {
            Args.Count(ts2, "getrefcount", a.Length, 1, 1);
            var o = a[0];
            if (o.IsImmortal) return ts2.Rt.NewInt(4294967295L);
            // +1 for the argument reference CPython counts.
            return ts2.Rt.NewInt(TSync.RefCount(o) + 1);
        }, "sys");
        Def.Function(rt, d, "intern", (ts2, a, kw) =>
        {
            Args.Count(ts2, "intern", a.Length, 1, 1);
            if (a[0] is not PyStr s) throw ts2.Rt.TypeError($"intern() argument must be str, not {a[0].Type.Name}");
            return ts2.Rt.Intern(s.Value);
        }, "sys");
        Def.Function(rt, d, "exc_info", (ts2, a, kw) =>
        {
            var e = ts2.HandledException as PyBaseException;
            if (e == null) return Ops<TSync>.NewTuple(ts2, [ts2.Rt.None, ts2.Rt.None, ts2.Rt.None]);
            return Ops<TSync>.NewTuple(ts2, [e.Type, e, (PyObject?)e.Traceback ?? ts2.Rt.None]);
        }, "sys");
        Def.Function(rt, d, "exception", (ts2, a, kw) => ts2.HandledException ?? ts2.Rt.None, "sys");
        Def.Function(rt, d, "getswitchinterval", (ts2, a, kw) => ts2.Rt.NewFloat(ts2.Rt.SwitchInterval), "sys");
        Def.Function(rt, d, "setswitchinterval", (ts2, a, kw) =>
        {
            Args.Count(ts2, "setswitchinterval", a.Length, 1, 1);
            double v = a[0] switch
            {
                PyFloat f => f.Value,
                PyInt i when a[0] is not PyBool => (double)i.Big,
                _ => throw ts2.Rt.TypeError($"must be real number, not {a[0].Type.Name}"),
            };
            if (!(v > 0)) throw ts2.Rt.ValueError("switch interval must be strictly positive");
            ts2.Rt.SwitchInterval = v;
            ts2.Rt.OnSwitchIntervalChanged?.Invoke(v);
            return ts2.Rt.None;
        }, "sys");
        SysAsyncGenHooks<TSync>.Install(ts, d);
        Def.Function(rt, d, "_is_gil_enabled", (ts2, a, kw) => ts2.Rt.NewBool(TSync.GilEnabled), "sys");
        Def.Function(rt, d, "_gil_stats", (ts2, a, kw) => ts2.Rt.GilStats?.Invoke(ts2) ?? Ops<TSync>.NewDict(ts2), "sys");
        // pyvm only: methods the .NET JIT has compiled so far, all threads (0 under NativeAOT). The
        // speed benchmarks warm up until it stops moving (bench/speed/_speed.py): tier-up ends then.
        Def.Function(rt, d, "_jit_compiled_methods", (ts2, a, kw) => ts2.Rt.NewInt(System.Runtime.JitInfo.GetCompiledMethodCount()), "sys");
        Def.Function(rt, d, "getsizeof", (ts2, a, kw) => ts2.Rt.NewInt(SizeOf(a[0])), "sys");
        Def.Function(rt, d, "getdefaultencoding", (ts2, a, kw) => ts2.Rt.NewStr("utf-8"), "sys");
        Def.Function(rt, d, "getfilesystemencoding", (ts2, a, kw) => ts2.Rt.NewStr("utf-8"), "sys");
        Def.Function(rt, d, "getfilesystemencodeerrors", (ts2, a, kw) => ts2.Rt.NewStr("surrogateescape"), "sys");
        Def.Function(rt, d, "_getframe", (ts2, a, kw) =>
        {
            var f = ts2.Frame;
            long depth = a.Length > 0 ? Args.ToLong(ts2, a[0]) : 0;
            for (long i = 0; i < depth && f != null; i++) f = f.Back;
            if (f == null) throw ts2.Rt.ValueError("call stack is not deep enough");
            return ts2.Rt.EscapingFrameObject(f);
        }, "sys");
        BreakpointHook<TSync>.DefineHook(rt, d); // BreakpointHook.cs: PEP 553
        // Tracing/Interpreter.Tracing.cs: the calling thread's trace and profile functions.
        Def.Function(rt, d, "settrace", (ts2, a, kw) => SetHook(ts2, a, "settrace", profile: false), "sys");
        Def.Function(rt, d, "setprofile", (ts2, a, kw) => SetHook(ts2, a, "setprofile", profile: true), "sys");
        Def.Function(rt, d, "gettrace", (ts2, a, kw) => ts2.TraceFunc ?? ts2.Rt.None, "sys");
        Def.Function(rt, d, "getprofile", (ts2, a, kw) => ts2.ProfileFunc ?? ts2.Rt.None, "sys");
        Def.Function(rt, d, "call_tracing", (ts2, a, kw) =>
        {
            if (a.Length != 2) throw ts2.Rt.TypeError($"call_tracing expected 2 arguments, got {a.Length}");
            if (a[1] is not PyTuple args) throw ts2.Rt.TypeError($"call_tracing(): argument 2 must be tuple, not {a[1].Type.Name}");
            return Ops<TSync>.Call(ts2, a[0], args.Items, null);
        }, "sys");
        var displayhook = Def.Function(rt, d, "displayhook", (ts2, a, kw) =>
        {
            ts2.Rt.DisplayHook(ts2, a[0]);
            return ts2.Rt.None;
        }, "sys");
        // the originals, which a program that replaced a hook restores or compares with
        Def.Value(rt, d, "__displayhook__", displayhook);
        var excepthook = Def.Function(rt, d, "excepthook", (ts2, a, kw) =>
        {
            if (a.Length != 3 || a[1] is not PyBaseException e) return ts2.Rt.None;
            // Written through the sys.stderr object, as CPython's PyErr_Display does, so a script that
            // replaced sys.stderr gets the report in its own (buffered) stream, in order.
            var file = ts2.Rt.SysModule.Dict?.GetStr(ts2.Rt.Intern("stderr"));
            if (file == null || file == ts2.Rt.None) return ts2.Rt.None;
            Ops<TSync>.CallMethod(ts2, file, "write", [ts2.Rt.NewStr(Tracebacks<TSync>.Format(ts2, e))]);
            if (Ops<TSync>.TryGetAttr(ts2, file, ts2.Rt.Intern("flush")) is { } flush) Ops<TSync>.Call(ts2, flush);
            return ts2.Rt.None;
        }, "sys");
        Def.Value(rt, d, "__excepthook__", excepthook);
        return m;
    }

    private static long SizeOf(PyObject o) => o switch
    {
        PyInt i => i.IsBig ? 24 + (long)(i.Big.GetByteCount() + 3) / 4 * 4 : (i.Small == 0 ? 24 : 28),
        PyStr s => 41 + s.Value.Length,
        PyList l => 56 + 8L * l.Count,
        PyTuple t => 40 + 8L * t.Count,
        PyDict => 184,
        PyFloat => 24,
        _ => 48,
    };

    private static void Set(PyThreadState ts, PyDict d, string name, PyObject v) => DictOps<TSync>.SetItem(ts, d, ts.Rt.Intern(name), v);

    private static PyObject VersionInfo(PyThreadState ts)
    {
        var rt = ts.Rt;
        return StructSeq<TSync>.Create(ts, "sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"],
            [rt.NewInt(3), rt.NewInt(13), rt.NewInt(0), rt.NewStr("final"), rt.NewInt(0)]);
    }

    private static PyObject FloatInfo(PyThreadState ts)
    {
        var rt = ts.Rt;
        return StructSeq<TSync>.Create(ts, "sys.float_info",
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
            [rt.NewFloat(double.MaxValue), rt.NewInt(1024), rt.NewInt(308), rt.NewFloat(2.2250738585072014e-308), rt.NewInt(-1021),
             rt.NewInt(-307), rt.NewInt(15), rt.NewInt(53), rt.NewFloat(double.Epsilon == 0 ? 2.220446049250313e-16 : 2.220446049250313e-16), rt.NewInt(2), rt.NewInt(1)]);
    }

    /// <summary>sys._xoptions as CPython builds it: `-X name=value` maps name to 'value', `-X name` to True; a later option wins.</summary>
    private static PyDict XOptionsDict(PyThreadState ts)
    {
        var rt = ts.Rt;
        var d = Ops<TSync>.NewDict(ts);
        foreach (var opt in rt.XOptions)
        {
            int eq = opt.IndexOf('=');
            DictOps<TSync>.SetItem(ts, d, rt.NewStr(eq < 0 ? opt : opt[..eq]), eq < 0 ? rt.True : rt.NewStr(opt[(eq + 1)..]));
        }
        return d;
    }

    private static PyObject Implementation(PyThreadState ts)
    {
        var rt = ts.Rt;
        var ns = new PyInstance(rt.ObjectType.Type == rt.TypeType ? SimpleNamespaceType(ts) : rt.ObjectType);
        var nd = Ops<TSync>.NewDict(ts);
        ns.InitDict(nd);
        Set(ts, nd, "name", rt.NewStr("freethreaded"));
        // A tag, not None: None means "no bytecode caching" to importlib.util.cache_from_source
        // (NotImplementedError) and to tools that name their own cache files after it (pytest,
        // compileall). pyvm caches compiled code in its own directory (Runtime/CodeCache.cs) and
        // never reads or writes __pycache__/*.freethreaded-313.pyc; the tag only names them.
        Set(ts, nd, "cache_tag", rt.NewStr("freethreaded-313"));
        Set(ts, nd, "version", VersionInfo(ts));
        Set(ts, nd, "backend", rt.NewStr(TSync.Name));
        return ns;
    }

    private static PyType SimpleNamespaceType(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType("namespace", null, TypeFlags.HasDict);
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var dd = InstanceDictOps<TSync>.DictOf(ts2, a[0]) ?? Ops<TSync>.NewDict(ts2);
            var parts = dd.Snapshot().Select(kv => $"{Ops<TSync>.StrValue(ts2, kv.Key)}={Ops<TSync>.ReprValue(ts2, kv.Value)}");
            return ts2.Rt.NewStr($"namespace({string.Join(", ", parts)})");
        });
        return t;
    }
}

/// <summary>Struct sequences (sys.version_info, time.struct_time): tuples with named fields.</summary>
public static class StructSeq<TSync> where TSync : struct, ISyncPolicy
{
    public static PyTuple Create(PyThreadState ts, string typeName, string[] fields, PyObject[] values)
    {
        var tuple = new PyTuple(CreateType(ts, typeName, fields), values);
        tuple.MakeImmortal();
        return tuple;
    }

    /// <summary>A struct sequence type: a tuple subclass with a named getter per field and CPython's repr.</summary>
    public static PyType CreateType(PyThreadState ts, string typeName, string[] fields)
    {
        var rt = ts.Rt;
        var t = rt.NewBuiltinType(typeName, rt.TupleType, TypeFlags.None);
        for (int i = 0; i < fields.Length; i++)
        {
            int idx = i;
            Def.Getter(rt, t, fields[i], (ts2, o) => ((PyTuple)o).Items[idx]);
        }
        Def.Method(rt, t, "__repr__", (ts2, a, kw) =>
        {
            var tup = (PyTuple)a[0];
            var parts = fields.Select((f, i) => $"{f}={Ops<TSync>.ReprValue(ts2, tup.Items[i])}");
            return ts2.Rt.NewStr($"{typeName}({string.Join(", ", parts)})");
        });
        return t;
    }
}
