// Tests of the interleaved measurement and the warm-up rule (not timed: they check the pairing,
// the medians and the rule's decisions on made-up traces, never speed).
using System.Diagnostics;
using Vm.Bench.Scaling;
using Xunit;

namespace Vm.Bench.Tests;

public class InterleavingTests
{
    private static Sample Ok(double seconds) => new(seconds, null, new Dictionary<string, long>());

    private static string Line(int seq, int threads, double kernel, int ok = 1) =>
        $"@@bench mode=interleaved threads={threads} n=100 kernel={kernel.ToString(System.Globalization.CultureInfo.InvariantCulture)} start=1 end=2 ok={ok} seq={seq} cpu=0.5";

    [Fact]
    public void SequenceAlternatesAndEndsWithOneThread()
    {
        Assert.Equal([1, 2, 1, 2, 1, 2, 1], Interleaving.Sequence(2, 3));
        Assert.Equal([1, 4, 1], Interleaving.Sequence(4, 1));
        Assert.Equal([1, 1, 1], Interleaving.Sequence(1, 3));
    }

    [Fact]
    public void KernelsAreParsedInSeqOrderAndFailuresKept()
    {
        var stdout = string.Join('\n',
            "@@warmup noise", Line(2, 1, 0.30), Line(0, 1, 0.10), "@@bench mode=threads threads=1 kernel=9 ok=1",   // no seq: not a kernel
            Line(1, 2, 0.20), Line(3, 2, 0.40, ok: 0));
        var k = Interleaving.ParseKernels(stdout);
        Assert.Equal([0, 1, 2, 3], k.Select(x => x.Seq));
        Assert.Equal([1, 2, 1, 2], k.Select(x => x.Threads));
        Assert.Equal([0.10, 0.20, 0.30], k.Take(3).Select(x => x.Sample.Seconds));
        Assert.False(k[3].Sample.Ok);
        Assert.Equal(0.5, k[0].Sample.CpuSeconds);
    }

    /// <summary>
    /// The machine slows down 1.75x between kernel 2 and kernel 3 (it has been seen switching
    /// between two speeds). The true speedup is 2: every kernel takes the machine's current unit
    /// of time at either thread count. Adjacent pairs see 2 everywhere except across the switch;
    /// the medians of the separate cells (the old method) say 1.57.
    /// </summary>
    [Fact]
    public void AdjacentPairsCancelAStepInMachineSpeed()
    {
        double[] speed = [1, 1, 1, 1.75, 1.75, 1.75, 1.75];
        var seq = Interleaving.Sequence(2, 3);
        var kernels = seq.Select((t, i) => new Kernel(i, t, Ok(speed[i]))).ToList();
        var ratios = Interleaving.PairSpeedups(kernels, 2);
        Assert.Equal(6, ratios.Count);
        Assert.Equal([2, 2, Math.Round(2 / 1.75, 9), 2, 2, 2], ratios.Select(r => Math.Round(r, 9)));
        var s = Interleaving.Summarise(ratios)!.Value;
        Assert.Equal(2.0, s.Median, 9);
        Assert.Equal(2 / 1.75, s.Low, 9);
        Assert.Equal(2.0, s.High, 9);

        // The same kernels filed into cells: SpeedupOf quotes the pairs, not the medians.
        var (r, w, runner) = Results();
        ScalingHarness.AddInterleaved(r, w, runner, 2, kernels);
        Assert.Equal(4, r.Find("w", "ft", 1)!.Samples.Count);
        Assert.Equal(3, r.Find("w", "ft", 2)!.Samples.Count);
        Assert.Equal(2.0, r.SpeedupOf("w", "ft", 2)!.Value.Median, 9);
        var oldWay = 2 * r.Find("w", "ft", 1)!.Median / r.Find("w", "ft", 2)!.Median;
        Assert.Equal(2 * 1.375 / 1.75, oldWay, 9);
    }

    [Fact]
    public void OnlyAdjacentSuccessfulPairsOfOneAndTCount()
    {
        var kernels = new List<Kernel>
        {
            new(0, 1, Ok(1.0)), new(1, 2, Ok(1.0)),            // 2.0
            new(2, 1, Ok(1.2)),                                // (1,2) → 2.4
            new(3, 2, Sample.Failed("boom")),                  // breaks (2,3) and (3,4)
            new(4, 1, Ok(3.0)), new(5, 2, Ok(2.0)),            // 3.0
            /* seq 6 missing: (5,7) are not adjacent */        new(7, 1, Ok(9.0)),
            new(8, 4, Ok(1.0)),                                // another T: not a pair for T=2
        };
        Assert.Equal([2.0, 2.4, 3.0], Interleaving.PairSpeedups(kernels, 2).Select(x => Math.Round(x, 9)));
        Assert.Equal([4 * 9.0 / 1.0], Interleaving.PairSpeedups(kernels, 4));
        Assert.Empty(Interleaving.PairSpeedups(kernels, 1));
        Assert.Null(Interleaving.Summarise([]));
        Assert.Equal(2.4, Interleaving.Summarise([3.0, 2.0, 2.4])!.Value.Median, 9);
        Assert.Equal(2.2, Interleaving.Summarise([2.4, 2.0])!.Value.Median, 9);
    }

    [Fact]
    public void AnUnfinishedWarmUpIsNoticedFromTheFirstKernel()
    {
        Sample Cpu(double cpu) => new(cpu * 3, null, new Dictionary<string, long>(), cpu);   // wall time 3x: a busy machine
        var slowStart = new List<Kernel> { new(0, 1, Cpu(2.0)), new(1, 2, Cpu(2.0)), new(2, 1, Cpu(1.0)), new(3, 2, Cpu(2.0)), new(4, 1, Cpu(1.1)) };
        Assert.Equal(2.0 / 1.05, Interleaving.FirstKernelExcess(slowStart)!.Value, 9);
        var steady = new List<Kernel> { new(0, 1, Cpu(1.0)), new(1, 2, Cpu(2.0)), new(2, 1, Cpu(1.0)), new(3, 2, Cpu(2.0)), new(4, 1, Cpu(1.1)) };
        Assert.Equal(1.0 / 1.05, Interleaving.FirstKernelExcess(steady)!.Value, 9);
        Assert.Null(Interleaving.FirstKernelExcess(slowStart.Take(2).ToList()));   // one 1-thread kernel only

        var (r, w, runner) = Results();
        ScalingHarness.AddInterleaved(r, w, runner, 2, slowStart);
        Assert.Contains(r.Notes, n => n.StartsWith("w on ft (1,2,1,…): the first 1-thread kernel used 1.90×"));
        var (r2, w2, runner2) = Results();
        ScalingHarness.AddInterleaved(r2, w2, runner2, 2, steady);
        Assert.Empty(r2.Notes);
    }

    [Fact]
    public void MethodOptionDefaultsToInterleavedForThreadRunnersOnly()
    {
        var o = ScalingOptions.Parse([]);
        Assert.Equal(ScalingOptions.Interleaved, o.Method);
        Assert.Equal(ScalingOptions.Separate, ScalingOptions.Parse(["--method", "separate"]).Method);
        Assert.Throws<ArgumentException>(() => ScalingOptions.Parse(["--method", "sometimes"]));
        var threads = new ThreadsRunner("gil", "gil", "d", new InterpreterCommand("x", []));
        var procs = new ProcessesRunner("processes", "d", new InterpreterCommand("x", []), useMultiprocessing: true);
        Assert.True(threads.Interleaves(o));
        Assert.False(procs.Interleaves(o));
        Assert.False(threads.Interleaves(ScalingOptions.Parse(["--method", "separate"])));
        Assert.StartsWith("interleaved", ScalingResults.MethodOf(threads, o));
        Assert.StartsWith("separate", ScalingResults.MethodOf(procs, o));
    }

    /// <summary>
    /// _harness.py's warm-up rule on made-up traces of (thread CPU per unit, background CPU per
    /// unit, wall) chunks, run by pyvm itself: the precompiled phase (flat, quiet), the slower
    /// instrumented phase (background compiles), the final phase (fastest, quiet). The rule
    /// must not stop before the final phase, and must stop in it; CPython stops once flat.
    /// </summary>
    [Fact]
    public async Task WarmUpRuleWaitsForTheFinalPhase()
    {
        const string Script = """
            import sys
            sys.path.insert(0, sys.argv[1])
            from _harness import warm_settled, WARM_TIER_UP

            def first_stop(trace, is_cpython):
                chunks, elapsed, seen = [], 0.0, False
                for i, (cpu, bg, wall) in enumerate(trace):
                    chunks.append((cpu, bg, wall))
                    elapsed += wall
                    seen = seen or bg > WARM_TIER_UP * cpu
                    if warm_settled(chunks, elapsed, is_cpython, seen):
                        return i
                return -1

            r2r = [(0.020, 0.0, 0.02)] * 100            # 2 s flat and quiet: not final
            instr = [(0.035, 0.015, 0.05)] * 30         # slower, compiling in the background
            gap = [(0.034, 0.0, 0.034)] * 5             # slow and quiet for a moment
            final = [(0.015, 0.0, 0.015)] * 200
            i = first_stop(r2r + instr + gap + final, False)
            start = len(r2r) + len(instr) + len(gap)
            print("pyvm", i - start)
            print("cpython", first_stop([(0.02, 0.0, 0.02)] * 10, True))
            print("never", first_stop(r2r, False))
            print("noisy", first_stop([(0.020, 0.0, 0.02), (0.030, 0.0, 0.03), (0.031, 0.0, 0.03)] * 20, True))
            """;
        var got = (await RunWithHarness(Script)).ToDictionary(p => p[0], p => int.Parse(p[1]));
        // Stops in the final phase, once 0.75 s of it (50 chunks of 15 ms) has been quiet.
        Assert.InRange(got["pyvm"], 0, 60);
        Assert.Equal(3, got["cpython"]);          // the first round plus three flat ones
        Assert.Equal(-1, got["never"]);           // precompiled and flat, but no tier-up yet: within 4 s, no stop
        Assert.Equal(-1, got["noisy"]);           // a median 1.5x the best is not steady
    }

    /// <summary>
    /// _harness.py rests one real-time period before a kernel only when the process runs under
    /// SCHED_FIFO (1) or SCHED_RR (2) with the kernel's real-time runtime limit on: there the
    /// limit stopped one thread of back-to-back kernels for ~50 ms (docs/ft-scaling.md). The
    /// policy is field 41 of /proc/self/stat, counted past the command name, which may hold
    /// spaces and parentheses.
    /// </summary>
    [Fact]
    public async Task KernelsRestOnlyUnderARealTimeRuntimeLimit()
    {
        const string Script = """
            import sys
            sys.path.insert(0, sys.argv[1])
            from _harness import realtime_rest

            def stat(policy):
                fields = ["0"] * 50
                fields[0] = "R"
                fields[38] = str(policy)
                return "4242 (py (x) thon) " + " ".join(fields)

            print("rr", realtime_rest(stat(2), 950000, 1000000))
            print("fifo_2s", realtime_rest(stat(1), 950000, 2000000))
            print("normal", realtime_rest(stat(0), 950000, 1000000))
            print("batch", realtime_rest(stat(3), 950000, 1000000))
            print("unlimited", realtime_rest(stat(2), -1, 1000000))
            print("whole_period", realtime_rest(stat(2), 1000000, 1000000))
            print("garbled", realtime_rest("4242 (pyvm) R 1 2", 950000, 1000000))
            """;
        var got = (await RunWithHarness(Script)).ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.0, got["rr"]);
        Assert.Equal(2.0, got["fifo_2s"]);
        Assert.Equal(0.0, got["normal"]);
        Assert.Equal(0.0, got["batch"]);
        Assert.Equal(0.0, got["unlimited"]);
        Assert.Equal(0.0, got["whole_period"]);
        Assert.Equal(0.0, got["garbled"]);
    }

    /// <summary>Runs <paramref name="script"/> on pyvm with the workloads directory as its
    /// argument; its output lines split at spaces.</summary>
    private static async Task<List<string[]>> RunWithHarness(string script)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ft-harness-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, "script.py");
            File.WriteAllText(path, script);
            var psi = new ProcessStartInfo(Interpreters.DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "pyvm.dll"), path, Workload.FindDirectory() }) psi.ArgumentList.Add(a);
            var r = await ChildProcess.RunAsync(psi, TimeSpan.FromMinutes(2));
            Assert.True(r.ExitCode == 0, r.Stderr);
            return [.. r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' '))];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static (ScalingResults, Workload, Runner) Results()
    {
        var w = new Workload("w", "cpu", true, "w.py", "test");
        var ft = new ThreadsRunner("ft", "free-threaded", "test", new InterpreterCommand("x", []));
        var r = new ScalingResults { Options = ScalingOptions.Parse(["--threads", "1,2", "--cpython", "none"]), Workloads = [w], Runners = [ft], Machine = new MachineInfo(), PyvmGc = "test" };
        return (r, w, ft);
    }
}
