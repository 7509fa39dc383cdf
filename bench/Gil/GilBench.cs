// `bench gil`: how the GIL behaves under contention (issue 3), pyvm's GIL backend beside CPython 3.13
// in one run. Rounds are interleaved (every runner in turn) so the load of a shared machine falls
// on all of them alike; each figure is the median over the rounds. bench/gil/gil_bench.py measures:
// two CPU threads' throughput speedup, the extra delay of a 1 ms sleep under a CPU hog at 5 ms and
// 1 ms switch intervals, 8 threads sleeping 0.2 s, and GIL hand-offs per second (pyvm only).
// The free-threaded backend runs too, as the contrast: no GIL, so its CPU speedup should near 2.
using System.Globalization;
using System.Text.Json;

namespace Vm.Bench.Gil;

public static class GilBench
{
    private const string Usage = "usage: bench gil [--rounds R] [--n N] [--samples S] [--python PATH]";

    public static int Run(string[] args)
    {
        int rounds = 3, samples = 200;
        long n = 3_000_000;
        string python = BenchProcess.DefaultCPython();
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(Usage);
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--n": n = long.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--samples": samples = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--python": python = Next(); break;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }
        var root = BenchProcess.FindRoot();
        if (root == null)
        {
            Console.Error.WriteLine("bench gil: run it inside the repository (no ./pyvm found above the current directory)");
            return 2;
        }
        string pyvm = Path.Combine(root, "pyvm");
        var runners = new List<BenchRunner>
        {
            new("cpython", python, []),
            new("pyvm-gil", pyvm, ["-X", "gil=1"]),
            new("pyvm-ft", pyvm, ["-X", "gil=0"]),
        };
        if (!File.Exists(python))
        {
            Console.Error.WriteLine($"bench gil: no CPython at {python} (set PYTHON or --python); measuring pyvm only");
            runners.RemoveAt(0);
        }
        foreach (var r in runners) BenchProcess.Exec(r, ["-c", "pass"], 600_000);   // builds pyvm's ReadyToRun copy if needed

        string script = Path.Combine(root, "bench", "gil", "gil_bench.py");
        string loadBefore = BenchProcess.LoadAverage();
        var rows = runners.ToDictionary(r => r.Name, _ => new List<JsonElement>());
        for (int round = 0; round < rounds; round++)
            foreach (var r in runners)
            {
                var (code, stdout, stderr) = BenchProcess.Exec(r, [script, "--n", n.ToString(CultureInfo.InvariantCulture),
                    "--samples", samples.ToString(CultureInfo.InvariantCulture)], 900_000);
                var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
                if (code != 0 || line == null)
                {
                    Console.Error.WriteLine($"{r.Name} gil_bench failed (exit {code}): {BenchProcess.LastLine(stderr)}");
                    continue;
                }
                rows[r.Name].Add(JsonDocument.Parse(line).RootElement.Clone());
                Console.Error.WriteLine($"round {round + 1}/{rounds} {r.Name} done");
            }
        string loadAfter = BenchProcess.LoadAverage();

        Console.WriteLine($"bench gil: {Environment.ProcessorCount} cores; load average before {loadBefore}, after {loadAfter}; " +
                          $"medians over {rounds} rounds (CPU kernel n={n}, best of 3 per round; {samples} sleeps per latency figure)");
        Console.WriteLine();
        var measures = new (string Title, string Key, string Format, string Target)[]
        {
            ("Two CPU threads, speedup 2*t1/t2", "cpu_speedup", "F2", "GIL: 0.8-1.15"),
            ("Extra delay of a 1 ms sleep under a CPU hog, interval 5 ms", "latency_5ms", "ms", "<= 10 ms"),
            ("Same, interval 1 ms", "latency_1ms", "ms", "<= 2 ms"),
            ("8 threads each sleeping 0.2 s", "sleepers_8x0_2s", "s", "< 0.4 s"),
            ("GIL hand-offs per second, two CPU threads (interval 5 ms)", "handoffs_per_s", "F0", "100-400"),
            ("  of which forced switches", "forced_per_s", "F0", ""),
        };
        Console.WriteLine("| Measure | " + string.Join(" | ", runners.Select(r => r.Name)) + " | Target |");
        Console.WriteLine("|---|" + string.Concat(runners.Select(_ => "---|")) + "---|");
        foreach (var (title, key, format, target) in measures)
            Console.WriteLine($"| {title} | " + string.Join(" | ", runners.Select(r => Cell(rows[r.Name], key, format))) + $" | {target} |");
        return runners.All(r => rows[r.Name].Count > 0) ? 0 : 1;
    }

    private static string Cell(List<JsonElement> rows, string key, string format)
    {
        var xs = rows.Select(e => e.GetProperty(key)).Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()).ToList();
        if (xs.Count == 0) return "-";
        double m = BenchProcess.Median(xs);
        return format switch
        {
            "ms" => (m * 1000).ToString("F2", CultureInfo.InvariantCulture) + " ms",
            "s" => m.ToString("F3", CultureInfo.InvariantCulture) + " s",
            _ => m.ToString(format, CultureInfo.InvariantCulture),
        };
    }
}
