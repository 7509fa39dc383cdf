// `bench corpus [--write-skips]`: runs every corpus program on both backends in-process and
// reports which match CPython's output; with --write-skips, rewrites tests/programs/skip.txt
// (each failing program with its reason). A developer tool: CI runs the corpus via dotnet test.
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;

namespace Vm.Bench;

public static class CorpusStatus
{
    public static int Run(string[] args)
    {
        var root = FindRoot();
        var dir = Path.Combine(root, "tests", "programs");
        bool write = args.Contains("--write-skips");
        var filter = args.FirstOrDefault(a => !a.StartsWith("--"));
        var lines = new List<string> { "# Corpus programs that do not pass yet, with the reason (regenerate: dotnet run -c Release --project bench -- corpus --write-skips)" };
        int pass = 0, fail = 0;
        foreach (var py in Directory.EnumerateFiles(dir, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(dir, py).Replace('\\', '/');
            if (rel.StartsWith("threading/") || !File.Exists(Path.ChangeExtension(py, ".out"))) continue;
            if (filter != null && !rel.Contains(filter)) continue;
            var expected = File.ReadAllText(Path.ChangeExtension(py, ".out")).Replace("\r\n", "\n");
            string? reason = null;
            foreach (var (name, create) in new (string, Func<RuntimeOptions, PyRuntime>)[]
                     { ("gil", o => GilEngine.Create(WithChildCommand(o))), ("free-threaded", o => FreeThreadedEngine.Create(WithChildCommand(o))) })
            {
                var r = CapturedRun.RunFile(create, py, 30_000);
                if (r.Stdout == expected) continue;
                var last = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
                if (r.Status == -2) reason = $"timeout ({name})";
                else if (r.Status == -3) reason = $"host exception: {r.Stderr.Split('\n').FirstOrDefault(l => l.Contains("[host exception]"))?.Trim()} ({name})";
                else reason = (string.IsNullOrEmpty(last) ? "output differs from CPython" : last) + $" ({name})";
                if (reason.Length > 200) reason = reason[..200];
                break;
            }
            if (reason == null) pass++;
            else
            {
                fail++;
                lines.Add($"{rel}  # {reason}");
                Console.WriteLine($"FAIL {rel}: {reason}");
            }
        }
        Console.WriteLine($"passing: {pass}  failing: {fail}");
        if (write) File.WriteAllLines(Path.Combine(dir, "skip.txt"), lines);
        return 0;
    }

    private static string FindRoot()
    {
        var d = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (d != null && !File.Exists(Path.Combine(d.FullName, "FreeThreaded.sln"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }

    /// <summary>multiprocessing children of in-process runs are the pyvm.dll built beside the harness.</summary>
    private static RuntimeOptions WithChildCommand(RuntimeOptions o)
    {
        var host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        o.ChildCommand = [host, Path.Combine(AppContext.BaseDirectory, "pyvm.dll")];
        return o;
    }
}
