// The `pyvm` command: CPython's command-line conventions on either backend.
//   pyvm [-X gil=0|1] [-W option] [--dis] [-c CODE | -m MODULE | script.py | -] [args...]
// PYTHON_GIL=0|1 selects the backend too (-X wins); the free-threaded backend is the default.
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;

namespace Vm.Cli;

public static class Program
{
    private static DateTime s_mainEntered, s_runtimeCreated;
    private static TimeSpan s_cpuMain, s_cpuRuntime;

    public static int Main(string[] args)
    {
        // UtcNow: DateTime.Now would load the time-zone data at every start.
        s_mainEntered = DateTime.UtcNow;
        StartupTrace.Mark("Main entered");
        GcTrace.StartIfRequested();
        AllocTrace.StartIfRequested();
        if (Environment.GetEnvironmentVariable("PYVM_GCSTATS") is "1") s_cpuMain = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        return ScriptRunner.OnBigStack(() => Run(args));
    }

    private static int Run(string[] args)
    {
        string? gil = Environment.GetEnvironmentVariable("PYTHON_GIL");
        bool dis = false;
        int? jit = null; // -X jit (-1: on, PYVM_JIT=always kept) / -X nojit / -X jit=MODE (PyRuntime.JitMode)
        string? command = null, module = null, script = null;
        var warnOptions = new List<string>();
        var xOptions = new List<string>(); // sys._xoptions, in command-line order (multiprocessing children get them again)
        int i = 0;
        for (; i < args.Length; i++)
        {
            var a = args[i];
            if ((a == "-X" && i + 1 < args.Length) || (a.StartsWith("-X") && a.Length > 2))
            {
                var opt = a == "-X" ? args[++i] : a.Substring(2);
                xOptions.Add(opt);
                if (opt.StartsWith("gil=")) gil = opt.Substring(4);
                else if (opt == "jit") jit = -1;
                else if (opt == "nojit") jit = 0;
                else if (opt.StartsWith("jit=")) jit = PyRuntime.ParseJitMode(opt.Substring(4)) ?? 1; // as PYVM_JIT: any other value is on
                continue;
            }
            if (a == "-W" && i + 1 < args.Length) { warnOptions.Add(args[++i]); continue; }
            if (a.StartsWith("-W") && a.Length > 2) { warnOptions.Add(a.Substring(2)); continue; }
            if (a == "--dis") { dis = true; continue; }
            if (a == "--version" || a == "-V")
            {
                Console.WriteLine("Python 3.13.0 (pyvm, FreeThreaded)");
                return 0;
            }
            if (a == "-h" || a == "--help")
            {
                Console.WriteLine("usage: pyvm [-X gil=0|1] [-X jit=0|1|always] [-W option] [--dis] [-c cmd | -m mod | file | -] [arg] ...");
                return 0;
            }
            if (a == "-c" && i + 1 < args.Length) { command = args[++i]; i++; break; }
            if (a == "-m" && i + 1 < args.Length) { module = args[++i]; i++; break; }
            if (a == "-u" || a == "-B" || a == "-E" || a == "-s" || a == "-S") continue;
            script = a;
            i++;
            break;
        }
        var rest = args.Skip(i).ToArray();
        if (gil != null && gil != "0" && gil != "1")
        {
            Console.Error.WriteLine($"Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"");
            return 1;
        }

        if (dis)
        {
            if (script == null) { Console.Error.WriteLine("pyvm: --dis needs a file"); return 2; }
            try
            {
                var src = File.ReadAllText(script);
                var ast = Vm.Parsing.PythonParser.ParseModule(src, script);
                var unit = Vm.Compiling.Compiler.CompileModule(ast, script, src);
                Console.Write(Vm.Bytecode.Disassembler.Disassemble(unit));
                return 0;
            }
            catch (Vm.Text.SyntaxErrorException se)
            {
                Console.Error.Write(ScriptRunner.FormatSyntaxError(se));
                return 1;
            }
        }

        var stdoutBytes = Console.OpenStandardOutput();
        var stderrBytes = Console.OpenStandardError();
        var stdout = new StreamWriter(stdoutBytes, new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        var stderr = new StreamWriter(stderrBytes, new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var options = new RuntimeOptions
        {
            Stdout = TextWriter.Synchronized(stdout),
            Stderr = TextWriter.Synchronized(stderr),
            StdoutBytes = stdoutBytes,
            StderrBytes = stderrBytes,
            StdinBytes = Console.OpenStandardInput,
            ChildInheritsStdio = true,
            XOptions = [.. xOptions],
        };
        // ./pyvm runs the ReadyToRun build and names its NativeAOT build here for multiprocessing
        // children, whose cost is start-up (docs/multiprocessing.md, "Start-up").
        if (Environment.GetEnvironmentVariable("PYVM_CHILD_EXE") is { Length: > 0 } childExe && File.Exists(childExe))
            options.ChildCommand = [childExe];
        StartupTrace.Mark("arguments parsed, stdio");
        PyRuntime rt = gil == "1" ? GilEngine.Create(options) : FreeThreadedEngine.Create(options);
        StartupTrace.Mark("runtime created");
        if (jit is { } jitMode) rt.JitMode = jitMode < 0 ? Math.Max(rt.JitMode, 1) : jitMode; // the baseline compiler (on by default; PYVM_JIT, then -X, decide)
        s_runtimeCreated = DateTime.UtcNow;
        // sys.warnoptions as CPython builds it: PYTHONWARNINGS entries first, then each -W.
        var envWarnings = Environment.GetEnvironmentVariable("PYTHONWARNINGS");
        rt.WarnOptions = [.. (envWarnings ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), .. warnOptions];
        if (Environment.GetEnvironmentVariable("PYVM_GCSTATS") is "1") s_cpuRuntime = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        // Ctrl-C raises KeyboardInterrupt in the main thread instead of killing the process.
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGINT, ctx =>
            {
                ctx.Cancel = rt.DeliverKeyboardInterrupt(); // false: the program set SIG_DFL
            });
        try
        {
            if (command != null)
            {
                rt.Argv = ["-c", .. rest];
                SetPath(rt, "");
                // A multiprocessing child (multiprocessing/spawn.py, get_command_line) runs the same
                // bootstrap line as its siblings: taken from the compiled-code cache, the child
                // never runs the compiler (~35 framework methods JIT-compiled at its start).
                return ScriptRunner.RunMain(rt, command, "<string>", cached: rest.Contains("--multiprocessing-fork"));
            }
            if (module != null)
            {
                SetPath(rt, Directory.GetCurrentDirectory());
                var rel = module.Replace('.', Path.DirectorySeparatorChar);
                string? file = null;
                foreach (var dir in rt.SearchPath)
                {
                    var d = dir.Length == 0 ? Directory.GetCurrentDirectory() : dir;
                    if (File.Exists(Path.Combine(d, rel + ".py"))) { file = Path.Combine(d, rel + ".py"); break; }
                    if (File.Exists(Path.Combine(d, rel, "__main__.py"))) { file = Path.Combine(d, rel, "__main__.py"); break; }
                }
                if (file == null)
                {
                    // A module shipped inside the VM (python -m timeit): run its source as __main__ under
                    // the name its tracebacks use; a shipped package runs its __main__ submodule.
                    var shippedName = Vm.Modules.ShippedModules.IsPackage(module) ? module + ".__main__" : module;
                    if (Vm.Modules.ShippedModules.GetSource(shippedName) is { } shipped)
                    {
                        var origin = "<frozen " + shippedName + ">";
                        rt.Argv = [origin, .. rest];
                        rt.ResetSysPathAndArgv();
                        return ScriptRunner.RunMain(rt, shipped, origin);
                    }
                    Console.Error.WriteLine($"{Environment.ProcessPath ?? "pyvm"}: No module named {module}");
                    return 1;
                }
                rt.Argv = [Path.GetFullPath(file), .. rest];
                rt.ResetSysPathAndArgv();
                return ScriptRunner.RunMain(rt, File.ReadAllText(file), Path.GetFullPath(file));
            }
            if (script != null && script != "-")
            {
                rt.Argv = [script, .. rest];
                string source;
                try
                {
                    source = File.ReadAllText(script);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"{Environment.ProcessPath ?? "pyvm"}: can't open file {Quote(Path.GetFullPath(script))}: [Errno 2] No such file or directory");
                    return 2;
                }
                SetPath(rt, Path.GetDirectoryName(Path.GetFullPath(script))!);
                // The main script's __file__ and co_filename are absolute, joined to the current
                // directory without normalising (CPython's _Py_abspath: "./x.py" stays in it).
                return ScriptRunner.RunMain(rt, source, Path.IsPathRooted(script) ? script : Path.Combine(Directory.GetCurrentDirectory(), script));
            }
            if (script == "-" || Console.IsInputRedirected)
            {
                rt.Argv = ["-", .. rest];
                SetPath(rt, "");
                return ScriptRunner.RunMain(rt, Console.In.ReadToEnd(), "<stdin>");
            }
            rt.Argv = [""];
            SetPath(rt, "");
            return Repl.Run(rt);
        }
        finally
        {
            stdout.Flush();
            if (StartupTrace.Enabled) StartupTrace.Report(stderr);
            if (Environment.GetEnvironmentVariable("PYVM_GCSTATS") is "1") PrintGcStats();
            GcTrace.Report(stderr);
            AllocTrace.Report(stderr);
        }
    }

    // PYVM_GCSTATS=1: allocation and collection figures of the whole run on stderr (for tuning
    // the GC settings and finding per-operation allocation; DESIGN.md, "Allocation and the .NET GC").
    private static void PrintGcStats()
    {
        long live = GC.GetTotalMemory(forceFullCollection: true);
        var p = System.Diagnostics.Process.GetCurrentProcess();
        Console.Error.WriteLine(
            $"gcstats: allocated={GC.GetTotalAllocatedBytes(precise: true)} gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} " +
            $"gen2={GC.CollectionCount(2)} pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F1} live_after_full={live} " +
            $"peak_ws={p.PeakWorkingSet64} server={System.Runtime.GCSettings.IsServerGC} cpu_ms={p.TotalProcessorTime.TotalMilliseconds:F0} " +
            $"jit_methods={System.Runtime.JitInfo.GetCompiledMethodCount()} jit_ms={System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} " +
            $"main_ms={(s_mainEntered - p.StartTime.ToUniversalTime()).TotalMilliseconds:F0} runtime_ms={(s_runtimeCreated - s_mainEntered).TotalMilliseconds:F0} " +
            $"cpu_at_main={s_cpuMain.TotalMilliseconds:F0} cpu_at_runtime={s_cpuRuntime.TotalMilliseconds:F0} " +
            $"wall_ms={(DateTime.UtcNow - p.StartTime.ToUniversalTime()).TotalMilliseconds:F0}");
    }

    private static string Quote(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    private static void SetPath(PyRuntime rt, string first)
    {
        rt.SearchPath.Insert(0, first);
        rt.ResetSysPathAndArgv();
    }
}
