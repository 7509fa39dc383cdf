// The timer behind EngineOptions.Timeout: one dedicated background thread for every engine in
// the process, sleeping until the earliest deadline.
//
// Why not System.Threading.Timer: its callbacks run on the thread pool, and a host whose pool is
// starved (blocking work on pool threads, as a busy test run or web server has) delays them by
// seconds: a 500 ms timeout fired after 1.9 s. A thread of our own is delayed only by the OS
// scheduler.
//
// Concurrency: s_lock guards s_entries and s_thread. Schedule and Cancel take it and pulse it;
// the watchdog thread waits on it until the earliest deadline, then runs the due callbacks
// outside it (a callback may take engine locks; it must never run under s_lock).
using System.Diagnostics;

namespace Vm.Hosting;

internal static class Watchdog
{
    /// <summary>A scheduled callback; dispose to cancel it (a no-op once it has run).</summary>
    public sealed class Entry : IDisposable
    {
        internal readonly long Deadline;
        internal readonly Action Callback;

        internal Entry(long deadline, Action callback)
        {
            Deadline = deadline;
            Callback = callback;
        }

        public void Dispose() => Cancel(this);
    }

    private static readonly object s_lock = new();
    private static readonly List<Entry> s_entries = new();
    private static Thread? s_thread;

    /// <summary>Runs <paramref name="callback"/> once, <paramref name="delay"/> from now.</summary>
    public static Entry Schedule(TimeSpan delay, Action callback)
    {
        if (delay < TimeSpan.Zero) delay = TimeSpan.Zero;
        var entry = new Entry(Stopwatch.GetTimestamp() + (long)(delay.TotalSeconds * Stopwatch.Frequency), callback);
        lock (s_lock)
        {
            s_entries.Add(entry);
            if (s_thread == null)
            {
                s_thread = new Thread(Run) { IsBackground = true, Name = "pyvm watchdog" };
                s_thread.Start();
            }
            Monitor.PulseAll(s_lock);
        }
        return entry;
    }

    private static void Cancel(Entry entry)
    {
        lock (s_lock)
        {
            if (s_entries.Remove(entry)) Monitor.PulseAll(s_lock);
        }
    }

    private static void Run()
    {
        var due = new List<Entry>();
        while (true)
        {
            lock (s_lock)
            {
                while (true)
                {
                    long now = Stopwatch.GetTimestamp();
                    long earliest = long.MaxValue;
                    for (int i = s_entries.Count - 1; i >= 0; i--)
                    {
                        var e = s_entries[i];
                        if (e.Deadline <= now)
                        {
                            due.Add(e);
                            s_entries.RemoveAt(i);
                        }
                        else if (e.Deadline < earliest) earliest = e.Deadline;
                    }
                    if (due.Count > 0) break;
                    if (earliest == long.MaxValue) Monitor.Wait(s_lock);
                    else
                    {
                        long ms = (earliest - now) * 1000 / Stopwatch.Frequency + 1;
                        Monitor.Wait(s_lock, (int)Math.Min(ms, int.MaxValue));
                    }
                }
            }
            foreach (var e in due)
            {
                try { e.Callback(); }
                catch (Exception) { /* a stop that fails leaves the run to its other limits */ }
            }
            due.Clear();
        }
    }
}
