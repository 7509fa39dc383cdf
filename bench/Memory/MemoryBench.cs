// `bench memory`: bytes per small object and peak memory for a million small objects (issue 4),
// pyvm's two backends beside CPython 3.13 in one run. Each (kind, runner) is a fresh child
// process running bench/memory/memory_bench.py, rounds interleaved; figures are medians.
// Bytes per object is resident-set growth over a second batch of N objects divided by N (it
// includes the object's 8-byte list slot on every runner), so it counts what a user pays: the
// object, its allocator's overhead and, on .NET, garbage the collector has not reclaimed yet.
using System.Globalization;
using System.Text.Json;

namespace Vm.Bench.Memory;

public static class MemoryBench
{
    private const string Usage = "usage: bench memory [--rounds R] [--n N] [--kinds int,float,...] [--python PATH] [--pyvm PATH]";

    public static readonly string[] Kinds = ["int", "float", "tuple2", "list0", "dict0", "instance", "slots"];

    public static int Run(string[] args)
    {
        int rounds = 3;
        long n = 1_000_000;
        string python = BenchProcess.DefaultCPython();
        string? pyvm = null;
        var kinds = Kinds;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(Usage);
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--n": n = long.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--kinds": kinds = Next().Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                case "--python": python = Next(); break;
                case "--pyvm": pyvm = Next(); break;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }
        var root = BenchProcess.FindRoot();
        if (root == null)
        {
            Console.Error.WriteLine("bench memory: run it inside the repository (no ./pyvm found above the current directory)");
            return 2;
        }
        var runners = Runners(python, pyvm ?? Path.Combine(root, "pyvm"));
        foreach (var r in runners) BenchProcess.Exec(r, ["-c", "pass"], 600_000);   // builds pyvm's ReadyToRun copy if needed
        string script = Path.Combine(root, "bench", "memory", "memory_bench.py");
        var table = Measure(runners, kinds, n, rounds, script, msg => Console.Error.WriteLine(msg));
        Console.WriteLine($"bench memory: {Environment.ProcessorCount} cores; N = {n} objects per batch; medians over {rounds} rounds");
        Console.WriteLine("bytes/object = resident-set growth over a second batch of N objects / N (list slot included); peak = VmHWM with the first batch of N alive; at rest = the resident set before it");
        Console.WriteLine();
        Console.Write(Format(table, runners));
        return table.Values.All(v => v.Count > 0) ? 0 : 1;
    }

    /// <summary>CPython (when present) and pyvm on each backend; a pyvm.dll runs through `dotnet`.</summary>
    public static List<BenchRunner> Runners(string python, string pyvm)
    {
        string[] host = pyvm.EndsWith(".dll", StringComparison.Ordinal) ? [pyvm] : [];
        string exe = host.Length > 0 ? "dotnet" : pyvm;
        var runners = new List<BenchRunner>
        {
            new("cpython", python, []),
            new("pyvm-gil", exe, [.. host, "-X", "gil=1"]),
            new("pyvm-ft", exe, [.. host, "-X", "gil=0"]),
        };
        if (!File.Exists(python))
        {
            Console.Error.WriteLine($"bench memory: no CPython at {python} (set PYTHON or --python); measuring pyvm only");
            runners.RemoveAt(0);
        }
        return runners;
    }

    /// <summary>One run: bytes per object, the interpreter's resident set at rest, the peak with one
    /// batch (N objects) alive and the peak with both batches alive, in MiB.</summary>
    public sealed record Sample(double BytesPerObject, double PeakRssMb, double BaselineMb = double.NaN, double PeakOneBatchMb = double.NaN);

    /// <summary>Runs every (kind, runner) `rounds` times, interleaved; the samples per (kind, runner).</summary>
    public static Dictionary<(string Kind, string Runner), List<Sample>> Measure(
        IReadOnlyList<BenchRunner> runners, IEnumerable<string> kinds, long n, int rounds, string script, Action<string> log)
    {
        var table = new Dictionary<(string, string), List<Sample>>();
        foreach (var kind in kinds)
            foreach (var r in runners) table[(kind, r.Name)] = [];
        for (int round = 0; round < rounds; round++)
            foreach (var kind in kinds)
                foreach (var r in runners)
                {
                    var (code, stdout, stderr) = BenchProcess.Exec(r, [script, kind, "--n", n.ToString(CultureInfo.InvariantCulture)], 600_000);
                    var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
                    if (code != 0 || line == null)
                    {
                        log($"{r.Name} {kind} failed (exit {code}): {BenchProcess.LastLine(stderr)}");
                        continue;
                    }
                    var e = JsonDocument.Parse(line).RootElement;
                    table[(kind, r.Name)].Add(new(e.GetProperty("bytes_per_object").GetDouble(), e.GetProperty("peak_rss_mb").GetDouble(),
                        e.GetProperty("baseline_rss_mb").GetDouble(), e.GetProperty("peak_one_batch_mb").GetDouble()));
                    log($"round {round + 1}/{rounds} {r.Name} {kind} done");
                }
        return table;
    }

    /// <summary>
    /// A markdown table: per kind and runner, bytes per object, the peak resident set with one
    /// batch of N objects alive (N = a million by default) and the interpreter's resident set at
    /// rest (so the objects' share of the peak shows), all medians over the rounds.
    /// </summary>
    public static string Format(Dictionary<(string Kind, string Runner), List<Sample>> table, IReadOnlyList<BenchRunner> runners)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("| Kind | " + string.Join(" | ", runners.Select(r => $"{r.Name} bytes/object")) + " | "
                      + string.Join(" | ", runners.Select(r => $"{r.Name} peak MiB (N objects)")) + " | "
                      + string.Join(" | ", runners.Select(r => $"{r.Name} at rest MiB")) + " |");
        sb.AppendLine("|---|" + string.Concat(runners.Select(_ => "---:|---:|---:|")));
        foreach (var kind in table.Keys.Select(k => k.Kind).Distinct())
        {
            string Cell(string runner, Func<Sample, double> f) =>
                table[(kind, runner)] is { Count: > 0 } xs ? BenchProcess.Median(xs.Select(f)).ToString("F0", CultureInfo.InvariantCulture) : "-";
            sb.AppendLine($"| {kind} | " + string.Join(" | ", runners.Select(r => Cell(r.Name, s => s.BytesPerObject))) + " | "
                          + string.Join(" | ", runners.Select(r => Cell(r.Name, s => s.PeakOneBatchMb))) + " | "
                          + string.Join(" | ", runners.Select(r => Cell(r.Name, s => s.BaselineMb))) + " |");
        }
        return sb.ToString();
    }
}
