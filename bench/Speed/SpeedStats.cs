// Spread and settling of a cell's repetition times (pure functions, tested in SpeedHarnessTests):
// the report prints the spread beside each median, and `--settle PCT` adds repetitions to a cell
// until enough of its times agree with its median (SpeedHarness).
namespace Vm.Bench.Speed;

public static class SpeedStats
{
    /// <summary>(max - min) / median of ascending <paramref name="sorted"/>: 0 for one value, NaN for none.</summary>
    public static double RelativeSpread(double[] sorted)
    {
        if (sorted.Length == 0) return double.NaN;
        double median = Scaling.Stats.Median(sorted);
        return median > 0 ? (sorted[^1] - sorted[0]) / median : double.NaN;
    }

    /// <summary>First and third quartiles of ascending <paramref name="sorted"/> (linear interpolation
    /// between order statistics, numpy's default), NaN for none.</summary>
    public static (double Q1, double Q3) Quartiles(double[] sorted) =>
        sorted.Length == 0 ? (double.NaN, double.NaN) : (Quantile(sorted, 0.25), Quantile(sorted, 0.75));

    public static double Quantile(double[] sorted, double q)
    {
        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>
    /// A cell is settled when at least <paramref name="agreeing"/> of its times lie within
    /// <paramref name="tolerance"/> (a fraction: 0.03 = 3%) of their median: its median then
    /// stands for one mode of the distribution, not for a mix of a fast and a slow mode (with four
    /// times, two fast and two slow, the median falls between the modes and no time agrees).
    /// </summary>
    public static bool IsSettled(IReadOnlyCollection<double> times, double tolerance, int agreeing = 3)
    {
        var sorted = times.Where(t => !double.IsNaN(t)).Order().ToArray();
        if (sorted.Length < agreeing) return false;
        double median = Scaling.Stats.Median(sorted);
        return sorted.Count(t => Math.Abs(t - median) <= tolerance * median) >= agreeing;
    }
}
