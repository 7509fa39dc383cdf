// `bench scaling`: measures every selected workload at every thread count on every runner,
// with a progress display, then writes the markdown/CSV/JSON/PNG report and prints the table.
using Spectre.Console;

namespace Vm.Bench.Scaling;

public static class ScalingHarness
{
    public static async Task<int> MainAsync(string[] args)
    {
        var o = CommandLine.ParseOrExit(args, ScalingOptions.Parse, ScalingOptions.Usage, out int exitCode);
        if (o == null) return exitCode;
        var results = await RunAsync(o);
        var dir = ReportWriter.WriteAll(results);
        if (!o.Silent)
        {
            ConsoleReport.Print(results);
            AnsiConsole.MarkupLine($"Report written to [bold]{Markup.Escape(dir)}[/]: report.md, results.csv, results.json, speedup.png");
        }
        bool anyTime = results.Cells.Values.Any(c => c.HasTime);
        return anyTime ? 0 : 1;
    }

    /// <summary>Measures everything the options ask for.</summary>
    public static async Task<ScalingResults> RunAsync(ScalingOptions o)
    {
        var all = Workload.LoadAll(o.WorkloadDir ?? Workload.FindDirectory());
        var workloads = SelectWorkloads(all, o, out var unknown);
        var pyvm = o.Pyvm != null ? Interpreters.FromPath(o.Pyvm) : Interpreters.FindLauncher() ?? Interpreters.FindPyvm();
        if (pyvm.PrefixArgs.Count == 0)
        {
            // A launcher publishes its ReadyToRun build first when the sources changed (minutes).
            if (!o.Silent) AnsiConsole.MarkupLine(Markup.Escape($"Using {pyvm.FileName} (building its ReadyToRun image if the sources changed)..."));
            var warm = await ChildProcess.RunAsync(pyvm.StartInfo(Path.Combine(Workload.FindDirectory(), "_harness.py"), []), TimeSpan.FromMinutes(20));
            if (warm.ExitCode != 0) throw new InvalidOperationException($"{pyvm.FileName} does not run: {ChildProcess.LastLine(warm.Stderr)}");
        }
        var (runners, notes) = await CreateRunnersAsync(o, pyvm);
        if (o.Scale == null && workloads.Count > 0)
        {
            if (o.Silent) workloads = await SizeAllAsync(workloads, pyvm, o, notes, null);
            else
                await AnsiConsole.Progress()   // calibration has its own short progress bar
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async ctx => workloads = await SizeAllAsync(workloads, pyvm, o, notes, ctx.AddTask("sizing", maxValue: workloads.Count)));
        }
        var results = new ScalingResults
        {
            Options = o,
            Workloads = workloads,
            Runners = runners,
            Machine = new MachineInfo(),
            PyvmGc = Interpreters.PyvmGcSettings(pyvm),
        };
        results.Notes.AddRange(notes);
        results.Notes.AddRange(unknown.Select(u => $"unknown workload '{u}' ignored"));
        if (results.Runners.Any(r => r.Kind == "processes"))
            results.Notes.Add("processes: the shared-container workloads give each process its own container (nothing is shared between processes).");

        // Separate runs (the processes runner; every runner with --method separate), ordered
        // workload → repetition → thread count → runner, so slow drift in machine load spreads
        // over the runners instead of landing on one of them. Interleaved runs: one process per
        // workload, T and runner, each giving every pair of its adjacent 1-thread and T-thread
        // kernels a speedup (Interleaving).
        var manyThreads = o.Threads.Where(t => t > 1).ToArray();
        int[] interleavedCounts = manyThreads.Length > 0 ? manyThreads : [1];
        var plan = new List<(string Label, Func<Task> Run)>();
        foreach (var w in workloads)
        {
            foreach (var t in interleavedCounts)
                foreach (var r in results.Runners.Where(r => r.Interleaves(o)))
                    plan.Add(($"{w.Name} · {r.Name} · 1,{t},1,{t},… × {o.Repetitions}", async () =>
                    {
                        double load = MachineInfo.LoadNow();
                        AddInterleaved(results, w, r, t, await r.MeasureInterleavedAsync(w, t, o));
                        foreach (var k in new[] { 1, t }.Distinct()) results.CellFor(w, r, k).LoadAverages.Add(load);
                    }));
            foreach (var rep in Enumerable.Range(1, o.Repetitions))
                foreach (var t in o.Threads)
                    foreach (var r in results.Runners.Where(r => !r.Interleaves(o)))
                        plan.Add(($"{w.Name} · {r.Name} · T={t} · rep {rep}/{o.Repetitions}", async () =>
                        {
                            double load = MachineInfo.LoadNow();
                            results.CellFor(w, r, t).Samples.Add(await r.MeasureAsync(w, t, o));
                            results.CellFor(w, r, t).LoadAverages.Add(load);
                        }));
        }
        async Task Step((string Label, Func<Task> Run) s) => await s.Run();

        if (o.Silent || plan.Count == 0)
        {
            foreach (var s in plan) await Step(s);
        }
        else
        {
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("scaling", maxValue: plan.Count);
                    foreach (var s in plan)
                    {
                        task.Description = Markup.Escape(s.Label);
                        await Step(s);
                        task.Increment(1);
                    }
                    task.Description = "done";
                });
        }
        results.Finished = DateTimeOffset.Now;
        results.LoadAverageAtEnd = new MachineInfo().LoadAverage;
        return results;
    }

    /// <summary>Files an interleaved run's kernels into the 1-thread and T-thread cells, and its pair speedups.</summary>
    public static void AddInterleaved(ScalingResults results, Workload w, Runner r, int threads, IReadOnlyList<Kernel> kernels)
    {
        foreach (var k in kernels) results.CellFor(w, r, k.Threads).Samples.Add(k.Sample);
        if (threads > 1) results.CellFor(w, r, threads).PairSpeedups.AddRange(Interleaving.PairSpeedups(kernels, threads));
        if (Interleaving.FirstKernelExcess(kernels) is > Interleaving.WarmUpSuspect and var excess)
            results.Notes.Add($"{w.Name} on {r.Name} (1,{threads},1,…): the first 1-thread kernel used {excess:0.00}× the CPU time of the later ones (median): the warm-up may have stopped before the code was final");
    }

    private static List<Workload> SelectWorkloads(List<Workload> all, ScalingOptions o, out List<string> unknown)
    {
        unknown = [];
        if (o.Workloads.Count == 0) return o.Quick ? [.. all.Where(w => w.Quick)] : all;
        var chosen = new List<Workload>();
        foreach (var name in o.Workloads)
        {
            var hits = all.Where(w => w.Name == name || w.Family == name).ToList();   // a family name selects the family
            if (hits.Count == 0) unknown.Add(name);
            chosen.AddRange(hits.Where(h => !chosen.Contains(h)));
        }
        return chosen;
    }

    private static async Task<List<Workload>> SizeAllAsync(List<Workload> workloads, InterpreterCommand pyvm, ScalingOptions o, List<string> notes, ProgressTask? task)
    {
        var sized = new List<Workload>();
        foreach (var w in workloads)
        {
            if (task != null) task.Description = Markup.Escape($"sizing {w.Name} to {o.TargetSeconds:0.##} s on gil");
            var (s, error) = await Calibration.SizeAsync(w, GilBackend(pyvm), o);
            sized.Add(s);
            if (error != null) notes.Add($"{w.Name}: {error}; it runs its built-in size instead");
            task?.Increment(1);
        }
        if (task != null) task.Description = "sized";
        return sized;
    }

    private static InterpreterCommand GilBackend(InterpreterCommand pyvm) => new(pyvm.FileName, [.. pyvm.PrefixArgs, "-X", "gil=1"]);

    private static async Task<(IReadOnlyList<Runner> Runners, List<string> Notes)> CreateRunnersAsync(ScalingOptions o, InterpreterCommand pyvm)
    {
        var notes = new List<string>();
        var runners = new List<Runner>();
        InterpreterCommand Backend(int gil) => gil == 1 ? GilBackend(pyvm) : new(pyvm.FileName, [.. pyvm.PrefixArgs, "-X", "gil=0"]);
        if (o.Runners.Contains("gil"))
            runners.Add(new ThreadsRunner("gil", "gil", "pyvm -X gil=1: T threads on the GIL backend", Backend(1)));
        if (o.Runners.Contains("free-threaded"))
            runners.Add(new ThreadsRunner("free-threaded", "free-threaded", "pyvm -X gil=0: T threads on the free-threaded backend", Backend(0)));
        if (o.Runners.Contains("processes"))
        {
            bool mp = o.ProcessesVia == "multiprocessing";
            runners.Add(new ProcessesRunner("processes", mp
                    ? "T processes of pyvm -X gil=1 started by the workload with multiprocessing (spawn); time = max(end) - min(start)"
                    : "T pyvm -X gil=1 processes started together by the harness (one thread each); time = max(end) - min(start)",
                Backend(1), useMultiprocessing: mp));
        }
        if (o.Runners.Contains("cpython"))
        {
            var seen = new HashSet<string>();
            foreach (var path in o.CPythons)
            {
                var (label, note) = await Interpreters.ProbeCPythonAsync(path);
                if (label == null) { notes.Add("CPython skipped: " + note); continue; }
                var name = label;
                for (int i = 2; !seen.Add(name); i++) name = $"{label}#{i}";
                runners.Add(new ThreadsRunner(name, "cpython", "T threads on " + note, new InterpreterCommand(path, [])));
            }
        }
        return (runners, notes);
    }
}
