// Sizing the workloads: before anything is measured, each workload runs once on the GIL backend
// in `--mode calibrate` (after its warm-up it times growing chunks of its work) and reports the
// per-thread work n whose single-thread kernel lasts --target seconds there. Every runner then
// does that same n, so the speedups and the single-thread ratios compare equal work, and no
// kernel is so short that a thread's or a process's start skew is a large part of it.
namespace Vm.Bench.Scaling;

public static class Calibration
{
    /// <summary>The workload with its calibrated N, or the reason calibration failed.</summary>
    public static async Task<(Workload Sized, string? Error)> SizeAsync(Workload w, InterpreterCommand gilBackend, ScalingOptions o)
    {
        var target = o.TargetSeconds.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var psi = gilBackend.StartInfo(w.Path, ["--mode", "calibrate", "--target", target]);
        var r = await ChildProcess.RunAsync(psi, o.Timeout);
        if (r.TimedOut) return (w, "calibration timed out");
        var n = ParseCalibrateLine(r.Stdout);
        if (r.ExitCode != 0 || n == null)
            return (w, $"calibration failed (exit {r.ExitCode}: {ChildProcess.LastLine(r.Stderr)})");
        return (w with { N = n }, null);
    }

    /// <summary>n from the last `@@calibrate n=N ...` line, or null.</summary>
    public static long? ParseCalibrateLine(string stdout)
    {
        var line = stdout.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("@@calibrate ", StringComparison.Ordinal));
        var field = line?.Split(' ').FirstOrDefault(f => f.StartsWith("n=", StringComparison.Ordinal));
        return field != null && long.TryParse(field[2..], System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }
}
