// speedup.png: one small plot per workload, speedup against threads for every runner, with the
// ideal line (speedup = T) dashed. Drawn with ScottPlot.
using ScottPlot;

namespace Vm.Bench.Scaling;

public static class SpeedupChart
{
    public static void Save(ScalingResults r, string path)
    {
        var workloads = r.Workloads;
        int n = Math.Max(1, workloads.Count);
        int cols = Math.Min(n, 5);
        int rows = (n + cols - 1) / cols;
        var palette = new ScottPlot.Palettes.Category10();
        double[] threads = [.. r.Options.Threads.Select(t => (double)t)];
        double maxT = threads.Max();

        const int CellWidth = 360, CellHeight = 280;
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(cols * CellWidth, rows * CellHeight))
            ?? throw new InvalidOperationException("cannot create a drawing surface");
        surface.Canvas.Clear(SkiaSharp.SKColors.White);
        for (int i = 0; i < workloads.Count; i++)
        {
            var plot = new Plot();
            var w = workloads[i];
            var ideal = plot.Add.Scatter(threads, threads);
            ideal.LinePattern = LinePattern.Dashed;
            ideal.Color = Colors.Gray;
            ideal.MarkerSize = 0;
            ideal.LegendText = "ideal";
            for (int k = 0; k < r.Runners.Count; k++)
            {
                var run = r.Runners[k];
                var pts = r.Options.Threads
                    .Select(t => (T: (double)t, S: r.SpeedupOf(w.Name, run.Name, t)))
                    .Where(p => p.S != null).ToArray();
                if (pts.Length == 0) continue;
                var sc = plot.Add.Scatter(pts.Select(p => p.T).ToArray(), pts.Select(p => p.S!.Value.Median).ToArray());
                sc.Color = palette.GetColor(k);
                sc.LineWidth = 2;
                sc.MarkerSize = 6;
                sc.LegendText = run.Name;
            }
            plot.Title($"{w.Name} ({w.Family})", size: 13);
            plot.XLabel("threads / processes", size: 11);
            plot.YLabel("speedup", size: 11);
            plot.Axes.SetLimits(0.5, maxT + 0.5, 0, Math.Max(maxT, MaxSpeedup(r, w)) * 1.1);
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(threads, [.. threads.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            if (i == 0) plot.ShowLegend(Alignment.UpperLeft);
            else plot.HideLegend();
            // A grid of small plots drawn side by side on one canvas.
            // (clipped: a plot clears the canvas before drawing).
            var (x, y) = (i % cols * CellWidth, i / cols * CellHeight);
            surface.Canvas.Save();
            surface.Canvas.ClipRect(new SkiaSharp.SKRect(x, y, x + CellWidth, y + CellHeight));
            plot.Render(surface.Canvas, new PixelRect(new Pixel(x, y), new PixelSize(CellWidth, CellHeight)));
            surface.Canvas.Restore();
        }
        using var image = surface.Snapshot();
        using var png = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        png.SaveTo(file);
    }

    private static double MaxSpeedup(ScalingResults r, Workload w) =>
        r.Runners.SelectMany(run => r.Options.Threads.Select(t => r.SpeedupOf(w.Name, run.Name, t)?.Median ?? 0)).DefaultIfEmpty(1).Max();
}
