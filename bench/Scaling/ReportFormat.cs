// Number formatting shared by the console, markdown and CSV reports.
using System.Globalization;

namespace Vm.Bench.Scaling;

public static class ReportFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Seconds(double s) => double.IsNaN(s) ? "—" : s.ToString(s < 10 ? "0.000" : "0.0", Inv);

    public static string Number(double v, string format = "0.00") => double.IsNaN(v) ? "" : v.ToString(format, Inv);

    /// <summary>"0.123 s (0.120–0.130)", or just the median for a single sample.</summary>
    public static string TimeCell(Cell? c)
    {
        if (c == null) return "—";
        if (!c.HasTime) return "error";
        var t = Seconds(c.Median) + " s";
        return c.Times.Length > 1 ? $"{t} ({Seconds(c.Min)}–{Seconds(c.Max)})" : t;
    }

    /// <summary>"1.93× (1.80–2.01)", or the median alone when there is no spread.</summary>
    public static string SpeedupCell(Speedup? s, bool withSpread = true)
    {
        if (s is not { } v) return "—";
        var m = v.Median.ToString("0.00", Inv) + "×";
        return withSpread && v.High - v.Low > 0.005 ? $"{m} ({v.Low.ToString("0.00", Inv)}–{v.High.ToString("0.00", Inv)})" : m;
    }

    public static string Ratio(double? r) => r is { } v ? v.ToString("0.00", Inv) : "—";
}
