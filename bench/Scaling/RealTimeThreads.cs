// Children of a bench started under a real-time policy (`chrt -r 1 dotnet run --project bench ...`,
// the way speed and scaling are measured on the shared machine) inherit SCHED_RR at priority 1.
// In a pyvm child, .NET gives every thread it starts for managed code (the script's thread among
// them) the middle of the policy's range, priority 50, but its own native threads - the tiered
// compilation worker and the call-counting timer - keep 1. On a loaded 2-core machine where other
// processes run at SCHED_RR 1 too, those two threads then barely run: tier-up stalls, the JIT
// count the speed warm-up watches stays quiet, and the kernel is timed on ReadyToRun or
// instrumented code (measured, fib: 0.29-0.36 s on such code against 0.23 s on the final code,
// at random from run to run). So while a child runs, its threads are raised every 20
// milliseconds to the highest real-time priority among them: the compiler then competes on equal
// terms with the script's thread. Nothing happens unless the bench itself runs under SCHED_RR or
// SCHED_FIFO (Linux only); CPython children have one thread and are left as they are.
using System.Runtime.InteropServices;

namespace Vm.Bench.Scaling;

public static partial class RealTimeThreads
{
    private const int SchedFifo = 1, SchedRr = 2;
    private const int PolicyMask = 0xFF; // without SCHED_RESET_ON_FORK

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sched_getscheduler(int pid);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sched_getparam(int pid, ref int param);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sched_setscheduler(int pid, int policy, ref int param);

    /// <summary>True when this process runs under SCHED_RR or SCHED_FIFO (on Linux).</summary>
    public static bool Active { get; } = OperatingSystem.IsLinux() && IsRealTime(0);

    private static bool IsRealTime(int tid)
    {
        try
        {
            int p = sched_getscheduler(tid) & PolicyMask;
            return p == SchedFifo || p == SchedRr;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Until <paramref name="token"/> is cancelled, keeps every thread of process
    /// <paramref name="pid"/> at the highest real-time priority any of them has.</summary>
    public static async Task EqualizeAsync(int pid, CancellationToken token)
    {
        if (!Active) return;
        try
        {
            while (!token.IsCancellationRequested)
            {
                EqualizeOnce(pid);
                await Task.Delay(20, token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // One pass: the top priority among the process's real-time threads, then every thread below it raised.
    private static void EqualizeOnce(int pid)
    {
        string[] tasks;
        try
        {
            tasks = Directory.GetDirectories($"/proc/{pid}/task");
        }
        catch (IOException)
        {
            return; // exited
        }
        catch (UnauthorizedAccessException)
        {
            return;
        }
        var threads = new List<(int Tid, int Policy, int Prio)>(tasks.Length);
        int top = 0;
        foreach (var t in tasks)
        {
            if (!int.TryParse(Path.GetFileName(t), out int tid)) continue;
            int policy = sched_getscheduler(tid) & PolicyMask;
            if (policy != SchedRr && policy != SchedFifo) continue;
            int prio = 0;
            if (sched_getparam(tid, ref prio) != 0) continue;
            threads.Add((tid, policy, prio));
            top = Math.Max(top, prio);
        }
        foreach (var (tid, policy, prio) in threads)
        {
            if (prio >= top) continue;
            int p = top;
            sched_setscheduler(tid, policy, ref p); // a thread that just exited: ignored
        }
    }
}
