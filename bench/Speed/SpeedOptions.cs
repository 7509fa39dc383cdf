// Command line of `bench speed` (issue 9, single-thread speed against CPython 3.13):
//   --workloads a,b  --quick  --output DIR  --repetitions N  --scale F  --cpython PATH|none
//   --runners gil,free-threaded,cpython  --timeout SECONDS  --pyvm PATH  --pyvm-before PATH  --silent
//   --settle PCT  --max-repetitions N
namespace Vm.Bench.Speed;

public sealed class SpeedOptions
{
    public static readonly string[] AllRunnerKinds = ["cpython", "gil", "free-threaded"];

    public List<string> Workloads { get; } = [];
    public bool Quick { get; set; }
    public string? OutputDir { get; set; }
    /// <summary>Repetitions per (workload, runner), interleaved over the runners; the median is quoted.</summary>
    public int Repetitions { get; set; } = 3;
    /// <summary>Multiplies every workload's repetition count of its kernel.</summary>
    public double Scale { get; set; } = 1.0;
    /// <summary>The CPython the ratios are against (null: none).</summary>
    public string? CPython { get; set; } = DefaultCPython();
    public List<string> Runners { get; } = [.. AllRunnerKinds];
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);
    public string? WorkloadDir { get; set; }
    public string? Pyvm { get; set; }
    /// <summary>A second pyvm.dll (an older build) run beside the first as gil-before and free-threaded-before.</summary>
    public string? PyvmBefore { get; set; }
    public bool Silent { get; set; }
    /// <summary>With a value (a fraction: 0.03 = 3%), cells whose times are not settled
    /// (SpeedStats.IsSettled: three within this of their median) get more repetitions, up to
    /// <see cref="MaxRepetitions"/>. Null: exactly <see cref="Repetitions"/>.</summary>
    public double? Settle { get; set; }
    /// <summary>The most repetitions a cell gets with --settle (default twice --repetitions).</summary>
    public int? MaxRepetitions { get; set; }
    public int RepetitionCap => Math.Max(Repetitions, MaxRepetitions ?? 2 * Repetitions);

    /// <summary>CPython 3.13.0 of pyenv when installed, else python3 on PATH.</summary>
    public static string DefaultCPython()
    {
        var home = Environment.GetEnvironmentVariable("HOME");
        var pyenv = home == null ? null : Path.Combine(home, ".pyenv", "versions", "3.13.0", "bin", "python3");
        return pyenv != null && File.Exists(pyenv) ? pyenv : "python3";
    }

    public static SpeedOptions Parse(IReadOnlyList<string> args)
    {
        var o = new SpeedOptions();
        bool repsGiven = false, scaleGiven = false, runnersCleared = false;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{a} needs a value");
            switch (a)
            {
                case "--workloads": o.Workloads.AddRange(Next().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--quick": o.Quick = true; break;
                case "--output": o.OutputDir = Next(); break;
                case "--cpython":
                    var c = Next();
                    o.CPython = c == "none" ? null : c;
                    break;
                case "--repetitions":
                    o.Repetitions = int.Parse(Next());
                    if (o.Repetitions < 1) throw new ArgumentException("--repetitions must be at least 1");
                    repsGiven = true;
                    break;
                case "--scale":
                    o.Scale = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
                    if (!(o.Scale > 0)) throw new ArgumentException("--scale must be positive");
                    scaleGiven = true;
                    break;
                case "--runners":
                    if (!runnersCleared) { o.Runners.Clear(); runnersCleared = true; }
                    foreach (var r in Next().Split(',', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!AllRunnerKinds.Contains(r)) throw new ArgumentException($"unknown runner '{r}' (known: {string.Join(", ", AllRunnerKinds)})");
                        if (!o.Runners.Contains(r)) o.Runners.Add(r);
                    }
                    break;
                case "--timeout": o.Timeout = TimeSpan.FromSeconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)); break;
                case "--workload-dir": o.WorkloadDir = Next(); break;
                case "--pyvm": o.Pyvm = Next(); break;
                case "--pyvm-before": o.PyvmBefore = Next(); break;
                case "--silent": o.Silent = true; break;
                case "--settle":
                    var pct = double.Parse(Next().TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
                    if (!(pct > 0)) throw new ArgumentException("--settle must be a positive percentage");
                    o.Settle = pct / 100;
                    break;
                case "--max-repetitions":
                    o.MaxRepetitions = int.Parse(Next());
                    if (o.MaxRepetitions < 1) throw new ArgumentException("--max-repetitions must be at least 1");
                    break;
                default: throw new ArgumentException($"unknown option '{a}'");
            }
        }
        if (o.Quick)
        {
            // A few minutes on two cores: two interleaved repetitions at a third of the work.
            if (!repsGiven) o.Repetitions = 2;
            if (!scaleGiven) o.Scale = 0.35;
        }
        if (o.CPython == null) o.Runners.Remove("cpython");
        return o;
    }

    public const string Usage =
        """
        usage: dotnet run -c Release --project bench -- speed [options]
          --workloads a,b        workload names (files in bench/speed, without .py)
          --quick                two repetitions at 0.35 of the work
          --output DIR           report folder (default bench/results/<timestamp>-speed)
          --repetitions N        repetitions per workload and runner, interleaved (default 3; median quoted)
          --settle PCT           then repeat the cells whose times are not settled (fewer than three within
                                 PCT% of their median) in extra interleaved rounds, up to --max-repetitions
          --max-repetitions N    the most repetitions of a cell with --settle (default 2 x --repetitions)
          --scale F              multiply every workload's work
          --cpython PATH         the CPython to compare against (default ~/.pyenv/versions/3.13.0/bin/python3,
                                 else python3; "none" for none)
          --runners a,b          any of cpython, gil, free-threaded (default all)
          --timeout SECONDS      per run (default 300)
          --pyvm PATH            the pyvm to run: a pyvm.dll (run by dotnet), else a launcher or native
                                 binary run directly (default: the pyvm.dll built beside the harness)
          --pyvm-before PATH     also run this (older) pyvm (as --pyvm) on both backends, interleaved, for a
                                 before/after comparison in the same run
        """;
}
