// The scaling workloads: Python files in bench/workloads whose first line is a metadata
// comment, e.g. `# workload: family=cpu quick=1`; the second line describes the workload.
namespace Vm.Bench.Scaling;

public sealed record Workload(string Name, string Family, bool Quick, string Path, string Description)
{
    /// <summary>The per-thread work every runner does (from calibration), or null to use --scale.</summary>
    public long? N { get; init; }

    public static readonly string[] Families = ["cpu", "io", "mixed", "contention"];

    /// <summary>Reads every workload file in <paramref name="dir"/> (files starting with '_' are helpers).</summary>
    public static List<Workload> LoadAll(string dir)
    {
        var list = new List<Workload>();
        foreach (var path in Directory.EnumerateFiles(dir, "*.py").Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith('_')) continue;
            var lines = File.ReadLines(path).Take(2).ToArray();
            if (lines.Length == 0 || !lines[0].StartsWith("# workload:")) continue;
            var fields = lines[0]["# workload:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(f => f.Split('=', 2)).Where(kv => kv.Length == 2).ToDictionary(kv => kv[0], kv => kv[1]);
            var family = fields.GetValueOrDefault("family", "cpu");
            var quick = fields.GetValueOrDefault("quick", "0") == "1";
            var description = lines.Length > 1 ? lines[1].TrimStart('#', ' ') : "";
            list.Add(new Workload(name, family, quick, path, description));
        }
        // Stable report order: by family, then by name.
        return [.. list.OrderBy(w => Array.IndexOf(Families, w.Family) is var i && i < 0 ? 99 : i).ThenBy(w => w.Name, StringComparer.Ordinal)];
    }

    /// <summary>The shipped workload folder: beside the harness (copied at build) or in the source tree.</summary>
    public static string FindDirectory()
    {
        var beside = System.IO.Path.Combine(AppContext.BaseDirectory, "workloads");
        if (File.Exists(System.IO.Path.Combine(beside, "_harness.py"))) return beside;
        var root = RepoRoot.Find();
        if (root != null) return System.IO.Path.Combine(root, "bench", "workloads");
        throw new InvalidOperationException("cannot find bench/workloads");
    }
}

public static class RepoRoot
{
    /// <summary>The folder holding FreeThreaded.sln above the working directory, or null.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var d = new DirectoryInfo(start);
            while (d != null && !File.Exists(System.IO.Path.Combine(d.FullName, "FreeThreaded.sln"))) d = d.Parent;
            if (d != null) return d.FullName;
        }
        return null;
    }
}
