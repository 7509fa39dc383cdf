// `bench speed`: runs every selected bench/speed workload on CPython 3.13, the GIL backend and the
// free-threaded backend, one process per run, repetitions interleaved (repetition → workload →
// runner) so drift in machine load spreads over the runners; with --settle, extra interleaved
// rounds for the cells whose times disagree; then writes speed.md, speed.csv and speed.json. The
// quoted time is the timed run's thread CPU time (SpeedSample says why).
using Spectre.Console;
using Vm.Bench.Scaling;

namespace Vm.Bench.Speed;

public static class SpeedHarness
{
    public static async Task<int> MainAsync(string[] args)
    {
        var o = CommandLine.ParseOrExit(args, SpeedOptions.Parse, SpeedOptions.Usage, out int exitCode);
        if (o == null) return exitCode;
        var results = await RunAsync(o);
        var dir = SpeedReport.WriteAll(results);
        if (!o.Silent)
        {
            Console.WriteLine(SpeedReport.RenderMarkdown(results));
            AnsiConsole.MarkupLine($"Report written to [bold]{Markup.Escape(dir)}[/]: {SpeedReport.Markdown}, {SpeedReport.Csv}, {SpeedReport.Json}");
        }
        return results.Cells.Any(c => c.HasTime) ? 0 : 1;
    }

    /// <summary>The shipped workload folder: beside the harness (copied at build) or in the source tree.</summary>
    public static string FindDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "speed");
        if (File.Exists(Path.Combine(beside, "_speed.py"))) return beside;
        var root = RepoRoot.Find();
        if (root != null) return Path.Combine(root, "bench", "speed");
        throw new InvalidOperationException("cannot find bench/speed");
    }

    public static async Task<SpeedResults> RunAsync(SpeedOptions o)
    {
        var all = Workload.LoadAll(o.WorkloadDir ?? FindDirectory());
        var unknown = o.Workloads.Where(n => all.All(w => w.Name != n)).ToList();
        var workloads = o.Workloads.Count == 0 ? all : [.. all.Where(w => o.Workloads.Contains(w.Name))];
        var pyvm = o.Pyvm != null ? Interpreters.FromPath(o.Pyvm) : Interpreters.FindPyvm();
        var (runners, notes) = await CreateRunnersAsync(o, pyvm);
        var results = new SpeedResults { Options = o, Workloads = workloads, Runners = runners, Machine = new MachineInfo() };
        results.Notes.AddRange(notes);
        results.Notes.AddRange(unknown.Select(u => $"unknown workload '{u}' ignored"));
        results.Notes.Add("pyvm GC: " + Interpreters.PyvmGcSettings(pyvm));

        var plan = (from rep in Enumerable.Range(1, o.Repetitions)
                    from w in workloads
                    from r in runners
                    select (w, rep, r)).ToList();
        async Task Step((Workload w, int rep, SpeedRunner r) s) => results.CellFor(s.w, s.r).Samples.Add(await s.r.MeasureAsync(s.w, o));
        await RunPlanAsync(plan, Step, o, "speed");
        if (o.Settle is { } tolerance)
        {
            for (int rep = o.Repetitions + 1; rep <= o.RepetitionCap; rep++)
            {
                var extra = (from w in workloads
                             from r in runners
                             let c = results.CellFor(w, r)
                             where c.HasTime && !SpeedStats.IsSettled(c.Times, tolerance)
                             select (w, rep, r)).ToList();
                if (extra.Count == 0) break;
                await RunPlanAsync(extra, Step, o, $"settling (round {rep})");
            }
        }
        results.Finished = DateTimeOffset.Now;
        return results;
    }

    private static async Task RunPlanAsync(List<(Workload w, int rep, SpeedRunner r)> plan, Func<(Workload w, int rep, SpeedRunner r), Task> step, SpeedOptions o, string title)
    {
        if (o.Silent || plan.Count == 0)
        {
            foreach (var s in plan) await step(s);
            return;
        }
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(title, maxValue: plan.Count);
                foreach (var s in plan)
                {
                    task.Description = Markup.Escape($"{title}: {s.w.Name} · {s.r.Name} · rep {s.rep}/{o.Repetitions}");
                    await step(s);
                    task.Increment(1);
                }
                task.Description = title + " done";
            });
    }

    private static async Task<(List<SpeedRunner>, List<string>)> CreateRunnersAsync(SpeedOptions o, InterpreterCommand pyvm)
    {
        var runners = new List<SpeedRunner>();
        var notes = new List<string>();
        InterpreterCommand Backend(int gil) => new(pyvm.FileName, [.. pyvm.PrefixArgs, "-X", $"gil={gil}"]);
        foreach (var kind in SpeedOptions.AllRunnerKinds.Where(o.Runners.Contains))
        {
            switch (kind)
            {
                case "cpython":
                    var (label, note) = await Interpreters.ProbeCPythonAsync(o.CPython!);
                    if (label == null) notes.Add("CPython skipped: " + note);
                    else runners.Add(new SpeedRunner(label, "cpython", note, new InterpreterCommand(o.CPython!, [])));
                    break;
                case "gil": runners.Add(new SpeedRunner("gil", "gil", "pyvm -X gil=1 (GIL backend)", Backend(1))); break;
                case "free-threaded": runners.Add(new SpeedRunner("free-threaded", "free-threaded", "pyvm -X gil=0 (free-threaded backend)", Backend(0))); break;
            }
        }
        if (o.PyvmBefore != null)
        {
            var before = Interpreters.FromPath(o.PyvmBefore);
            foreach (var (kind, gil) in new[] { ("gil", 1), ("free-threaded", 0) }.Where(k => o.Runners.Contains(k.Item1)))
                runners.Add(new SpeedRunner(kind + "-before", kind + "-before", $"{o.PyvmBefore} -X gil={gil} (the build before)",
                    new InterpreterCommand(before.FileName, [.. before.PrefixArgs, "-X", $"gil={gil}"])));
        }
        return (runners, notes);
    }
}
