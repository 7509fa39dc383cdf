// Running a script in-process with captured stdout/stderr (the corpus tests and tools use it).
using Vm.Runtime;

namespace Vm.Hosting;

public static class CapturedRun
{
    public readonly record struct Result(string Stdout, string Stderr, int Status);

    /// <summary>
    /// Runs the file at <paramref name="path"/> as __main__ on a runtime made by <paramref name="create"/>,
    /// on a big-stack thread, with the file's directory as the working directory and first on sys.path.
    /// Status -2 means timeout, -3 a host exception (a VM bug).
    /// </summary>
    public static Result RunFile(Func<RuntimeOptions, PyRuntime> create, string path, int timeoutMs = 120_000, string stdin = "")
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var outW = new StringWriter();
        var errW = new StringWriter();
        int status = -1;
        Exception? crash = null;
        lock (CwdLock)
        {
            var oldCwd = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(dir);
            try
            {
                var t = new Thread(() =>
                {
                    try
                    {
                        var options = new RuntimeOptions { Stdout = outW, Stderr = errW, Stdin = new StringReader(stdin) };
                        var rt = create(options);
                        rt.SearchPath.Add(dir);
                        rt.Argv = [path];
                        rt.ResetSysPathAndArgv();
                        status = ScriptRunner.RunMain(rt, File.ReadAllText(path), path);
                    }
                    catch (Exception ex)
                    {
                        crash = ex;
                    }
                }, ScriptRunner.BigStackSize);
                t.IsBackground = true;
                t.Start();
                if (!t.Join(timeoutMs)) return new(outW.ToString(), errW + $"\n[timeout after {timeoutMs} ms]", -2);
            }
            finally
            {
                Directory.SetCurrentDirectory(oldCwd);
            }
        }
        if (crash != null) return new(outW.ToString(), errW + "\n[host exception] " + crash, -3);
        return new(outW.ToString().Replace("\r\n", "\n"), errW.ToString(), status);
    }

    /// <summary>Serialises runs that change the process working directory.</summary>
    public static readonly object CwdLock = new();
}
