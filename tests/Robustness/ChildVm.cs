// Runs the pyvm command (pyvm.dll built beside the tests) as a child process, for tests whose
// failure mode could take the test host down (a .NET stack overflow cannot be caught) or that
// need a real process exit (daemon threads, files flushed at exit).
using System.Diagnostics;

namespace Vm.Tests.Robustness;

public static class ChildVm
{
    public readonly record struct Result(string Stdout, string Stderr, int ExitCode, TimeSpan Elapsed);

    public static string ProgramsDir => Path.Combine(AppContext.BaseDirectory, "Robustness", "programs");

    public static Result Run(string backend, string scriptPath, IEnumerable<string>? args = null, int timeoutMs = 120_000,
        IEnumerable<string>? vmOptions = null, IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null, string? stdin = null)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(host) || !File.Exists(host)) host = "dotnet";
        var psi = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin != null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(scriptPath)!,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pyvm.dll"));
        psi.ArgumentList.Add("-X");
        psi.ArgumentList.Add(backend == "gil" ? "gil=1" : "gil=0");
        foreach (var o in vmOptions ?? []) psi.ArgumentList.Add(o);
        psi.ArgumentList.Add(scriptPath);
        foreach (var a in args ?? []) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["DOTNET_TieredPGO"] = "0";
        psi.Environment.Remove("PYTHONWARNINGS");
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        if (stdin != null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return new(stdout.Result, stderr.Result + $"\n[timeout after {timeoutMs} ms]", -2, sw.Elapsed);
        }
        p.WaitForExit();
        return new(stdout.Result.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"), p.ExitCode, sw.Elapsed);
    }

    /// <summary>Writes <paramref name="source"/> to a temporary .py file and runs it.</summary>
    public static Result RunSource(string backend, string source, IEnumerable<string>? args = null, int timeoutMs = 120_000,
        IEnumerable<string>? vmOptions = null, IReadOnlyDictionary<string, string>? environment = null, string? stdin = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"robust_{Guid.NewGuid():N}.py");
        File.WriteAllText(path, source);
        try { return Run(backend, path, args, timeoutMs, vmOptions, environment, stdin: stdin); }
        finally { File.Delete(path); }
    }

    public static string Tail(string s) => s.Length <= 3000 ? s : "..." + s[^3000..];
}
