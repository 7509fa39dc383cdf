// `bench mp`: start-up and multiprocessing costs of pyvm (both backends) and CPython, measured in
// one run, interleaved (round after round, every runner in turn) so the load of a shared machine
// falls on all of them alike; medians are reported with the load average before and after.
//   - start-up: `-c pass`, wall time per run;
//   - bench/multiprocessing/mp_bench.py per round: a no-op child's start+join with spawn (back
//     to back) and with forkserver (server warm), and a CPU-bound kernel in 1 vs 2 processes.
// pyvm runs through the ./pyvm launcher (its default build; `--builds aot,r2r` measures the
// NativeAOT and the ReadyToRun build side by side, picked with PYVM_AOT); CPython is $PYTHON or
// pyenv's 3.13.0.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Vm.Bench.Mp;

public static class MpBench
{
    private const string Usage =
        "usage: bench mp [--rounds R] [--startup-runs K] [--n N] [--reps R] [--pause S] [--python PATH] [--no-mp] [--builds default|aot,r2r]";

    public static int Run(string[] args)
    {
        int rounds = 3, startupRuns = 10, reps = 5;
        // Long enough (~1 s per process on CPython) that the 2-vs-1-process figure measures scaling:
        // at 2,000,000 the kernel ran ~0.15 s and one scheduling hiccup of a loaded machine or
        // the tiering of the children's eval loop moved the ratio by 0.2.
        long n = 10_000_000;
        double pause = 1.0;
        bool mp = true;
        string[] builds = ["default"];
        string? python = Environment.GetEnvironmentVariable("PYTHON");
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(Usage);
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--startup-runs": startupRuns = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--n": n = long.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--reps": reps = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--pause": pause = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--python": python = Next(); break;
                case "--no-mp": mp = false; break;
                case "--builds": builds = Next().Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }
        var root = BenchProcess.FindRoot();
        if (root == null)
        {
            Console.Error.WriteLine("bench mp: run it inside the repository (no ./pyvm found above the current directory)");
            return 2;
        }
        python ??= BenchProcess.DefaultCPython();
        string pyvm = Path.Combine(root, "pyvm");
        var runners = new List<BenchRunner> { new("cpython", python, []) };
        foreach (var b in builds)
        {
            if (b is not ("default" or "aot" or "r2r"))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
            var name = b == "default" ? "pyvm" : "pyvm-" + b;
            Dictionary<string, string>? env = b == "default" ? null : new() { ["PYVM_AOT"] = b == "aot" ? "1" : "0" };
            runners.Add(new(name + "-gil", pyvm, ["-X", "gil=1"], env));
            runners.Add(new(name + "-ft", pyvm, ["-X", "gil=0"], env));
        }
        if (!File.Exists(python))
        {
            Console.Error.WriteLine($"bench mp: no CPython at {python} (set PYTHON or --python); measuring pyvm only");
            runners.RemoveAt(0);
        }
        // Builds the ReadyToRun copy if the sources changed, and fills the code cache.
        foreach (var r in runners) BenchProcess.Exec(r, ["-c", "import multiprocessing.forkserver, multiprocessing.popen_forkserver"], 600_000);

        string loadBefore = BenchProcess.LoadAverage();
        var startup = runners.ToDictionary(r => r.Name, _ => new List<double>());
        for (int k = 0; k < startupRuns; k++)
            foreach (var r in runners)
            {
                var sw = Stopwatch.StartNew();
                var (code, _, err) = BenchProcess.Exec(r, ["-c", "pass"], 60_000);
                if (code == 0) startup[r.Name].Add(sw.Elapsed.TotalSeconds);
                else Console.Error.WriteLine($"{r.Name} -c pass failed: {err}");
            }
        var mpRows = runners.ToDictionary(r => r.Name, _ => new List<JsonElement>());
        string script = Path.Combine(root, "bench", "multiprocessing", "mp_bench.py");
        for (int round = 0; mp && round < rounds; round++)
            foreach (var r in runners)
            {
                var (code, stdout, stderr) = BenchProcess.Exec(r, [script, "--n", n.ToString(CultureInfo.InvariantCulture),
                    "--reps", reps.ToString(CultureInfo.InvariantCulture), "--pause", pause.ToString("R", CultureInfo.InvariantCulture)], 1_800_000);
                var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
                if (code != 0 || line == null)
                {
                    Console.Error.WriteLine($"{r.Name} mp_bench failed (exit {code}): {BenchProcess.LastLine(stderr)}");
                    continue;
                }
                mpRows[r.Name].Add(JsonDocument.Parse(line).RootElement.Clone());
                Console.Error.WriteLine($"round {round + 1}/{rounds} {r.Name} done");
            }
        string loadAfter = BenchProcess.LoadAverage();

        Console.WriteLine($"bench mp: {Environment.ProcessorCount} cores; load average before {loadBefore}, after {loadAfter}");
        Console.WriteLine($"start-up: median of {startupRuns} runs; multiprocessing: medians over {rounds} rounds " +
                          $"(no-op: median of {reps} per round; kernel n={n}, best of 2 per round)");
        Console.WriteLine();
        Console.WriteLine("| runner | -c pass | spawn no-op child | forkserver no-op child (warm) | kernel 1 proc | kernel 2 procs | 2-proc speedup |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var r in runners)
        {
            var rows = mpRows[r.Name];
            string Col(Func<JsonElement, double> f, string unit) =>
                rows.Count == 0 ? "-" : BenchProcess.Median(rows.Select(f)).ToString("F3", CultureInfo.InvariantCulture) + unit;
            Console.WriteLine($"| {r.Name} | {Fmt(startup[r.Name])} | {Col(e => BenchProcess.Median(Doubles(e, "spawn_noop")), " s")} | " +
                              $"{Col(e => BenchProcess.Median(Doubles(e, "forkserver_noop")), " s")} | {Col(e => e.GetProperty("kernel1").GetDouble(), " s")} | " +
                              $"{Col(e => e.GetProperty("kernel2").GetDouble(), " s")} | {Col(e => e.GetProperty("speedup").GetDouble(), "")} |");
        }
        return 0;
    }

    private static IEnumerable<double> Doubles(JsonElement e, string key) =>
        e.GetProperty(key).EnumerateArray().Select(x => x.GetDouble());

    private static string Fmt(List<double> xs) =>
        xs.Count == 0 ? "-" : (BenchProcess.Median(xs) * 1000).ToString("F0", CultureInfo.InvariantCulture) + " ms";
}
