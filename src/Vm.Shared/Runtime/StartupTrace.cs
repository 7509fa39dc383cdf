// PYVM_STARTUP_TRACE=1: checkpoints of the VM's start-up (runtime construction, builtins, sys,
// first compile, each import, ...) printed on stderr at exit as milliseconds since the process
// started, with the process's CPU time and JIT-compiled method count at each point. For
// profiling start-up (docs/multiprocessing.md, "Start-up"); off, Mark costs one static bool test.
using System.Diagnostics;

namespace Vm.Runtime;

public static class StartupTrace
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("PYVM_STARTUP_TRACE") is "1";

    // Allocated by the first Mark: when tracing is off, nothing here is touched at start-up.
    private static readonly object s_lock = new();
    private static string[]? s_what;
    private static long[]? s_at, s_jit;
    private static TimeSpan[]? s_cpu;
    private static int s_count;

    public static void Mark(string what)
    {
        if (!Enabled) return;
        long at = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        long jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        lock (s_lock)
        {
            if (s_what == null || s_count == s_what.Length)
            {
                int n = Math.Max(64, s_count * 2);
                Array.Resize(ref s_what, n);
                Array.Resize(ref s_at, n);
                Array.Resize(ref s_jit, n);
                Array.Resize(ref s_cpu, n);
            }
            s_what[s_count] = what;
            s_at![s_count] = at;
            s_cpu![s_count] = cpu;
            s_jit![s_count] = jit;
            s_count++;
        }
    }

    /// <summary>Writes the checkpoints (once) to `w`.</summary>
    public static void Report(TextWriter w)
    {
        if (!Enabled) return;
        // Wall time since the process started: now (process clock) minus the checkpoint's age.
        double sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        long now = Stopwatch.GetTimestamp();
        lock (s_lock)
        {
            for (int i = 0; i < s_count; i++)
            {
                double at = sinceStart - Stopwatch.GetElapsedTime(s_at![i], now).TotalMilliseconds;
                w.WriteLine($"startup: {at,7:F1} ms wall {s_cpu![i].TotalMilliseconds,7:F1} ms cpu {s_jit![i],5} jit  {s_what![i]}");
            }
            s_count = 0;
        }
    }
}
