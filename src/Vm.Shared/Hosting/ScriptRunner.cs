// Running a program the way `python script.py` does: __main__ module, uncaught exceptions
// printed as CPython tracebacks on stderr with exit status 1, SystemExit honoured, and
// non-daemon threads joined before exit. Deep recursion needs a big .NET stack, so hosts run
// this on a thread created with <see cref="BigStackSize"/>.
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Hosting;

public static class ScriptRunner
{
    /// <summary>Stack size for threads that run Python code (a 100,000-deep recursion fits).</summary>
    public const int BigStackSize = 1024 * 1024 * 1024;

    /// <summary>Runs `source` as the __main__ module. Returns the process exit status. At the end, as
    /// at a process's exit, module globals are released (their objects run __del__): the runtime is
    /// not meant to run more code afterwards.</summary>
    public static int RunMain(PyRuntime rt, string source, string fileName) => RunMain(rt, source, fileName, cached: false);

    /// <summary>Runs `source` as the __main__ module; `cached` compiles it through the
    /// compiled-code cache (a multiprocessing child's bootstrap line, the same for every child).
    /// <paramref name="finalizeModules"/> false keeps the modules for another run in the same
    /// runtime (no exit finalisation; see <see cref="Finish"/>).</summary>
    public static int RunMain(PyRuntime rt, string source, string fileName, bool cached, bool finalizeModules = true)
    {
        var ts = rt.MainThread;
        ts.Ident = Environment.CurrentManagedThreadId;
        var globals = rt.NewModuleDict("__main__", fileName.StartsWith('<') ? null : fileName);
        var main = new PyModule(rt.ModuleType, "__main__", globals);
        rt.Modules.SetLockHeldStr(rt, "__main__", main);
        int status;
        try
        {
            StartupTrace.Mark("main: module created");
            var code = cached ? rt.CompileModuleCached(source, fileName) : rt.CompileModule(source, fileName);
            StartupTrace.Mark("main: compiled");
            rt.IssueCompileWarnings(ts, code);
            rt.ExecCode(ts, code, globals, null);
            StartupTrace.Mark("main: executed");
            status = 0;
        }
        catch (Vm.Text.SyntaxErrorException se)
        {
            rt.Stdout.Flush();
            rt.Stderr.Write(FormatSyntaxError(se));
            status = 1;
        }
        catch (PyException e)
        {
            status = HandleUncaught(rt, ts, e.Value);
        }
        status = Finish(rt, ts, status, finalizeModules);
        StartupTrace.Mark("main: finished");
        return status;
    }

    /// <summary>Waits for non-daemon threads, runs atexit callbacks, releases module globals as
    /// CPython's finalisation does (unless <paramref name="finalizeModules"/> is false), flushes output.</summary>
    public static int Finish(PyRuntime rt, PyThreadState ts, int status, bool finalizeModules = true)
    {
        try
        {
            var threading = rt.Modules.GetStr(rt.Intern("threading"));
            if (threading != null)
            {
                var shutdown = (threading as IHasDict)?.Dict?.GetStr(rt.Intern("_shutdown"));
                if (shutdown != null) rt.CallObject(ts, shutdown, []);
            }
        }
        catch (PyException e)
        {
            status = HandleUncaught(rt, ts, e.Value);
        }
        try
        {
            // atexit callbacks run after the threads are joined, as in CPython (only if the module was imported).
            if (rt.Modules.GetStr(rt.Intern("atexit")) is IHasDict { Dict: { } atexit }
                && atexit.GetStr(rt.Intern("_run_exitfuncs")) is { } run)
                rt.CallObject(ts, run, []);
        }
        catch (PyException e)
        {
            status = HandleUncaught(rt, ts, e.Value);
        }
        try
        {
            if (finalizeModules && rt.ExitFinalizationNeeded) rt.FinalizeModules(ts);
        }
        catch (PyException)
        {
            // Shutdown goes on: CPython ignores errors while it clears modules.
        }
        rt.ReleaseSignalRegistrations();
        rt.Stdout.Flush();
        rt.Stderr.Flush();
        return status;
    }

    /// <summary>Prints an uncaught exception (or honours SystemExit) and returns the exit status.</summary>
    public static int HandleUncaught(PyRuntime rt, PyThreadState ts, PyBaseException e)
    {
        rt.Stdout.Flush();
        if (e.Type.IsSubtypeOf(rt.ExceptionTypes["SystemExit"]))
        {
            var code = e.Args.Count == 0 ? rt.None : e.Args.Count == 1 ? e.Args.Items[0] : e.Args;
            if (ReferenceEquals(code, rt.None)) return 0;
            if (code is PyInt i) return (int)(i.IsBig ? 1 : i.Small);
            rt.Stderr.WriteLine(rt.StrOf(ts, code));
            return 1;
        }
        rt.PrintException(ts, e, rt.Stderr);
        rt.Stderr.Flush();
        // CPython dies by SIGINT after an uncaught KeyboardInterrupt; a shell shows that as 130.
        return e.Type.IsSubtypeOf(rt.ExceptionTypes["KeyboardInterrupt"]) ? 130 : 1;
    }

    /// <summary>A SyntaxError raised before any code ran, in CPython's format.</summary>
    public static string FormatSyntaxError(Vm.Text.SyntaxErrorException se)
    {
        if (se.IsResourceError) return $"{se.Kind}: {se.Msg}\n";
        var sb = new System.Text.StringBuilder();
        sb.Append($"  File \"{se.FileName}\", line {se.Line}\n");
        if (se.SourceLine != null)
        {
            var raw = se.SourceLine.TrimEnd('\n', '\r');
            var stripped = raw.TrimStart();
            int lead = raw.Length - stripped.Length;
            sb.Append("    ").Append(stripped.TrimEnd()).Append('\n');
            int col = Math.Max(0, se.Offset - 1 - lead);
            int width = Math.Max(1, se.EndLine == se.Line && se.EndOffset > se.Offset ? se.EndOffset - se.Offset : 1);
            sb.Append("    ").Append(' ', col).Append('^', width).Append('\n');
        }
        sb.Append(se.Kind).Append(": ").Append(se.Msg).Append('\n');
        return sb.ToString();
    }

    /// <summary>Runs `body` on a fresh thread with a big stack and waits for it.</summary>
    public static T OnBigStack<T>(Func<T> body)
    {
        T result = default!;
        Exception? error = null;
        var t = new Thread(() =>
        {
            try { result = body(); }
            catch (Exception ex) { error = ex; }
        }, BigStackSize);
        t.Start();
        t.Join();
        if (error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }
}
