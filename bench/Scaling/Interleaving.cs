// The interleaved measurement of the thread runners (the default method): ONE process per
// (workload, runner, T) warms up once, then alternates kernels at 1 thread and at T threads,
// 1, T, 1, T, ..., 1 (R pairs and a closing 1), each with the same n per thread, and prints one
// `@@bench ... seq=K` line per kernel. Every two ADJACENT kernels (one at 1 thread, one at T, in
// either order) give one speedup T × time(1) / time(T), so a drift of the machine's speed over
// minutes (it has been seen alternating between two speeds 1.75x apart) falls on both members of
// a pair instead of on one cell; the median of the 2R pair ratios is quoted, their min–max as the
// spread. Separate processes minutes apart (the old method, `--method separate`) combine the
// extremes of two independent sets of times instead.
using System.Globalization;

namespace Vm.Bench.Scaling;

/// <summary>One kernel of an interleaved run: its place in the sequence, thread count and sample.</summary>
public readonly record struct Kernel(int Seq, int Threads, Sample Sample);

public static class Interleaving
{
    /// <summary>The thread counts of an interleaved run (the same list _harness.py runs).</summary>
    public static int[] Sequence(int threads, int rounds) =>
        threads == 1 ? [.. Enumerable.Repeat(1, rounds)] : [.. Enumerable.Range(0, rounds).SelectMany(_ => new[] { 1, threads }), 1];

    /// <summary>
    /// Every `@@bench` line of an interleaved run's output, ordered by its seq field (lines
    /// without one are ignored); a line with ok=0 becomes a failed sample.
    /// </summary>
    public static List<Kernel> ParseKernels(string stdout)
    {
        var kernels = new List<Kernel>();
        foreach (var f in ChildProcess.ParseBenchLines(stdout))
        {
            if (!f.TryGetValue("seq", out var seqText) || !int.TryParse(seqText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seq)) continue;
            if (!f.TryGetValue("threads", out var tText) || !int.TryParse(tText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var threads)) continue;
            kernels.Add(new Kernel(seq, threads, Runner.SampleFromFields(f)));
        }
        return [.. kernels.OrderBy(k => k.Seq)];
    }

    /// <summary>
    /// The speedup of every adjacent pair of kernels in <paramref name="kernels"/> (ordered by
    /// seq) where one ran at 1 thread and the other at <paramref name="threads"/> and both
    /// succeeded: T × time(1) / time(T). Kernels are adjacent when their seq numbers differ by
    /// one, so a missing or failed kernel breaks the pairs on both sides of it.
    /// </summary>
    public static List<double> PairSpeedups(IReadOnlyList<Kernel> kernels, int threads)
    {
        var ratios = new List<double>();
        if (threads <= 1) return ratios;
        for (int i = 0; i + 1 < kernels.Count; i++)
        {
            var (a, b) = (kernels[i], kernels[i + 1]);
            if (b.Seq != a.Seq + 1 || !a.Sample.Ok || !b.Sample.Ok) continue;
            if (a.Threads == 1 && b.Threads == threads) ratios.Add(Ratio(a, b));
            else if (b.Threads == 1 && a.Threads == threads) ratios.Add(Ratio(b, a));
        }
        return ratios;

        double Ratio(Kernel one, Kernel many) => threads * one.Sample.Seconds / many.Sample.Seconds;
    }

    /// <summary>A first kernel this much costlier than the later ones suggests an unfinished warm-up.</summary>
    public const double WarmUpSuspect = 1.25;

    /// <summary>
    /// The first 1-thread kernel's CPU time (wall time where CPU time is not reported) divided by
    /// the median of the later 1-thread kernels' (null with fewer than three successful ones). A
    /// warm-up that stopped before pyvm's final code shows as a first kernel well above 1; CPU
    /// time, unlike wall time, does not grow when a busy machine makes the kernel wait for a core.
    /// </summary>
    public static double? FirstKernelExcess(IReadOnlyList<Kernel> kernels)
    {
        var ones = kernels.Where(k => k.Threads == 1 && k.Sample.Ok)
            .Select(k => double.IsNaN(k.Sample.CpuSeconds) ? k.Sample.Seconds : k.Sample.CpuSeconds).ToList();
        if (ones.Count < 3) return null;
        var later = ones.Skip(1).Order().ToArray();
        var median = Stats.Median(later);
        return median > 0 ? ones[0] / median : null;
    }

    /// <summary>Median and min–max of the pair speedups (null when there are none).</summary>
    public static Speedup? Summarise(IReadOnlyList<double> pairSpeedups)
    {
        if (pairSpeedups.Count == 0) return null;
        var sorted = pairSpeedups.Order().ToArray();
        return new Speedup(Stats.Median(sorted), sorted[0], sorted[^1]);
    }
}
