// Helpers shared by the bench commands that run interpreters as child processes (bench gil):
// the repository root, one child run with its output, the load average, a median.
using System.Diagnostics;

namespace Vm.Bench;

/// <summary>A command to measure; Env adds environment variables (e.g. PYVM_AOT to pick a ./pyvm build).</summary>
public sealed record BenchRunner(string Name, string Exe, string[] Prefix, IReadOnlyDictionary<string, string>? Env = null);

public static class BenchProcess
{
    /// <summary>The repository root (the folder holding ./pyvm and FreeThreaded.sln) above the current directory.</summary>
    public static string? FindRoot()
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d != null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "pyvm")) && File.Exists(Path.Combine(d.FullName, "FreeThreaded.sln")))
                return d.FullName;
        return null;
    }

    /// <summary>CPython 3.13: $PYTHON, else pyenv's 3.13.0.</summary>
    public static string DefaultCPython() =>
        Environment.GetEnvironmentVariable("PYTHON")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv/versions/3.13.0/bin/python3");

    public static (int Code, string Stdout, string Stderr) Exec(BenchRunner r, IEnumerable<string> args, int timeoutMs)
    {
        var psi = new ProcessStartInfo(r.Exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in r.Prefix.Concat(args)) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        foreach (var (k, v) in r.Env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + r.Exe);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(entireProcessTree: true);
            return (-1, "", "timed out");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    public static double Median(IEnumerable<double> xs)
    {
        var a = xs.Order().ToArray();
        return a.Length == 0 ? double.NaN : a[a.Length / 2];
    }

    public static string LastLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
}
