// Command line of `bench scaling`:
//   --threads 1,2,4  --workloads a,b  --quick  --output DIR  --cpython PATH (repeatable, or "none")
//   --repetitions N  --target SECONDS | --scale F  --runners gil,free-threaded,processes,cpython
//   --timeout SECONDS  --processes-via multiprocessing|launch  --method interleaved|separate
namespace Vm.Bench.Scaling;

public sealed class ScalingOptions
{
    public static readonly string[] AllRunnerKinds = ["gil", "free-threaded", "processes", "cpython"];

    public int[] Threads { get; set; } = [1, 2, 4];
    public List<string> Workloads { get; } = [];
    public bool Quick { get; set; }
    public string? OutputDir { get; set; }
    public List<string> CPythons { get; } = [];
    /// <summary>
    /// Repetitions per cell. With the interleaved method (the thread runners' default) they are
    /// the rounds of one process: R kernels at T threads between R + 1 kernels at 1 thread.
    /// </summary>
    public int Repetitions { get; set; } = 3;
    public const string Interleaved = "interleaved", Separate = "separate";
    /// <summary>
    /// How the thread runners measure: "interleaved" (one process per workload, runner and T
    /// alternates 1-thread and T-thread kernels; the speedup is the median of adjacent pairs'
    /// ratios) or "separate" (a process per kernel; the speedup is the ratio of the medians).
    /// The processes runner always measures separately.
    /// </summary>
    public string Method { get; set; } = Interleaved;
    /// <summary>
    /// The single-thread kernel time every workload is sized to: before measuring, the harness
    /// runs each workload once on the GIL backend to find the per-thread work n that takes this
    /// long there, and every runner then does that same n (so times and speedups compare equal work).
    /// </summary>
    public double TargetSeconds { get; set; } = FullTargetSeconds;
    public const double FullTargetSeconds = 1.0;
    public const double QuickTargetSeconds = 0.3;
    /// <summary>When set, no calibration: every workload's built-in per-thread work times this factor.</summary>
    public double? Scale { get; set; }
    public List<string> Runners { get; } = [.. AllRunnerKinds];
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>Where the workloads live (default: beside the harness, else bench/workloads).</summary>
    public string? WorkloadDir { get; set; }
    /// <summary>How the processes runner starts its T processes: "launch" (the harness starts T
    /// pyvm processes and releases them together) or "multiprocessing" (the workload uses the
    /// multiprocessing module with spawn; needs an interpreter that has it).</summary>
    public string ProcessesVia { get; set; } = "multiprocessing";
    /// <summary>A pyvm.dll or launcher to run instead of ./pyvm (else the pyvm.dll built beside the harness).</summary>
    public string? Pyvm { get; set; }
    /// <summary>No progress display and no console table (tests).</summary>
    public bool Silent { get; set; }

    public static ScalingOptions Parse(IReadOnlyList<string> args)
    {
        var o = new ScalingOptions();
        bool threadsGiven = false, repsGiven = false, targetGiven = false, runnersCleared = false;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{a} needs a value");
            switch (a)
            {
                case "--threads":
                    o.Threads = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Distinct().Order()];
                    if (o.Threads.Length == 0 || o.Threads[0] < 1) throw new ArgumentException("--threads needs positive counts");
                    threadsGiven = true;
                    break;
                case "--workloads":
                    o.Workloads.AddRange(Next().Split(',', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "--quick": o.Quick = true; break;
                case "--output": o.OutputDir = Next(); break;
                case "--cpython": o.CPythons.Add(Next()); break;
                case "--repetitions":
                    o.Repetitions = int.Parse(Next());
                    if (o.Repetitions < 1) throw new ArgumentException("--repetitions must be at least 1");
                    repsGiven = true;
                    break;
                case "--scale":
                    o.Scale = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
                    if (!(o.Scale > 0)) throw new ArgumentException("--scale must be positive");
                    break;
                case "--target":
                    o.TargetSeconds = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
                    if (!(o.TargetSeconds > 0)) throw new ArgumentException("--target must be positive");
                    targetGiven = true;
                    break;
                case "--runners":
                    if (!runnersCleared) { o.Runners.Clear(); runnersCleared = true; }
                    foreach (var r in Next().Split(',', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!AllRunnerKinds.Contains(r)) throw new ArgumentException($"unknown runner '{r}' (known: {string.Join(", ", AllRunnerKinds)})");
                        o.Runners.Add(r);
                    }
                    break;
                case "--timeout": o.Timeout = TimeSpan.FromSeconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)); break;
                case "--workload-dir": o.WorkloadDir = Next(); break;
                case "--silent": o.Silent = true; break;
                case "--pyvm": o.Pyvm = Next(); break;
                case "--method":
                    o.Method = Next();
                    if (o.Method is not (Interleaved or Separate)) throw new ArgumentException("--method is interleaved or separate");
                    break;
                case "--processes-via":
                    o.ProcessesVia = Next();
                    if (o.ProcessesVia is not ("launch" or "multiprocessing")) throw new ArgumentException("--processes-via is launch or multiprocessing");
                    break;
                default: throw new ArgumentException($"unknown option '{a}'");
            }
        }
        if (o.Quick)
        {
            // Under two minutes on two cores: the workloads marked quick (one per family), 1 and 2
            // threads, one repetition, kernels of 0.3 s (long enough that a process's or thread's
            // start skew is small beside it; start-up and warm-up are never timed).
            if (!threadsGiven) o.Threads = [1, 2];
            if (!repsGiven) o.Repetitions = 1;
            if (!targetGiven) o.TargetSeconds = QuickTargetSeconds;
        }
        if (!o.Threads.Contains(1)) o.Threads = [1, .. o.Threads];   // speedup needs time(1)
        if (o.CPythons.Count == 0) o.CPythons.Add("python3");
        if (o.CPythons.Contains("none")) o.CPythons.Clear();
        return o;
    }

    public const string Usage =
        """
        usage: dotnet run -c Release --project bench -- scaling [options]
          --threads 1,2,4        thread (and process) counts; 1 is always included
          --workloads a,b        workload names (files in bench/workloads, without .py)
          --quick                the quick set: one workload per family, threads 1,2, 1 repetition, --target 0.3
          --output DIR           report folder (default bench/results/<timestamp>)
          --cpython PATH         a CPython to compare (repeatable; default python3 on PATH; "none" for none)
          --repetitions N        repetitions per cell (default 3; the median is quoted); with the
                                 interleaved method, the rounds of 1-thread and T-thread kernels
          --method M             interleaved (default: one process per workload, runner and T runs
                                 1, T, 1, T, ..., 1 kernels after one warm-up; speedup = median of
                                 the adjacent pairs' T × time(1) / time(T)) or separate (a process
                                 per kernel; speedup from the medians). Thread runners only: the
                                 processes runner always measures separately.
          --target SECONDS       size each workload so one thread takes this long on the GIL backend
                                 (calibrated before measuring; default 1.0, 0.3 with --quick)
          --scale F              no calibration: every workload's built-in per-thread work times F
          --runners a,b          any of gil, free-threaded, processes, cpython (default all)
          --timeout SECONDS      per run (default 600)
          --processes-via M      multiprocessing (default: the workload spawns T processes with
                                 multiprocessing on the GIL backend) or launch (the harness starts
                                 T pyvm processes and releases them together)
          --pyvm PATH            the pyvm to run: a pyvm.dll (run with dotnet) or a launcher
                                 (default: the repository's ./pyvm, else the pyvm.dll beside the harness)
        """;
}
