// Thread states do not leak: 1,000 threads started and joined at once and 10,000 short-lived
// threads in sequence leave the runtime's thread registry (PyRuntime.Threads) and
// threading.enumerate() as they were, and the managed heap back near its size before. The heap
// figure is process-wide (other tests run in parallel), so the bound is loose; the measured
// figures are written to the test output. One class per backend: xunit runs the classes in
// parallel (the methods of one class one after another), and these are the longest tests of the
// Robustness set, bound by thread start-up and GIL hand-over latency more than by CPU.
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace Vm.Tests.Robustness;

public sealed class ThreadLifecycleTests(ITestOutputHelper output)
{
    [Fact]
    public void ThousandsOfThreadsLeaveNoThreadStateBehind_Gil() => ThreadLifecycle.Check("gil", output);
}

public sealed class ThreadLifecycleFreeThreadedTests(ITestOutputHelper output)
{
    [Fact]
    public void ThousandsOfThreadsLeaveNoThreadStateBehind_FreeThreaded() => ThreadLifecycle.Check("free-threaded", output);
}

internal static class ThreadLifecycle
{
    private static PyRuntime Create(string backend, StringWriter stdout, StringWriter stderr)
    {
        var o = new RuntimeOptions { Stdout = stdout, Stderr = stderr, Stdin = new StringReader("") };
        return backend == "gil" ? GilEngine.Create(o) : FreeThreadedEngine.Create(o);
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    public static void Check(string backend, ITestOutputHelper output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int status = -1;
        var figures = new List<string>();
        Exception? failure = null;
        long started = 0; // thread states created so far: the progress the timeout is measured against
        var t = new Thread(() =>
        {
          try
          {
            var rt = Create(backend, stdout, stderr);
            var hook = rt.ThreadStateCreated;
            rt.ThreadStateCreated = ts => { hook?.Invoke(ts); Interlocked.Increment(ref started); };
            void Phase(string name, string source)
            {
                // One runtime for every phase: no exit finalisation between them.
                status = ScriptRunner.RunMain(rt, source, "<" + name + ">", cached: false, finalizeModules: false);
                Assert.True(status == 0, $"{name}: exit {status}\n{stdout}\n{stderr}");
            }
            // Warm-up: threading imported, the code paths jitted, pools filled.
            Phase("warmup", """
                import threading
                ts = [threading.Thread(target=lambda: None) for _ in range(100)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(len(threading.enumerate()))
                """);
            int baseThreads = rt.Threads.Count;
            long baseHeap = Heap();
            Phase("thousand", """
                import threading
                box = []
                go = threading.Event()
                def work(i):
                    go.wait()
                    box.append(i * i)
                ts = [threading.Thread(target=work, args=(i,)) for i in range(1000)]
                for t in ts: t.start()
                alive = len(threading.enumerate())
                go.set()
                for t in ts: t.join()
                assert alive == 1001, alive
                assert sorted(box) == [i * i for i in range(1000)]
                print(len(threading.enumerate()))
                del ts, box
                """);
            int afterThousand = rt.Threads.Count;
            long heapThousand = Heap();
            Phase("sequential", """
                import threading
                n = 0
                def work():
                    global n
                    n += 1
                for i in range(10000):
                    t = threading.Thread(target=work)
                    t.start()
                    t.join()
                assert n == 10000, n
                print(len(threading.enumerate()))
                del t
                """);
            int afterSequential = rt.Threads.Count;
            long heapSequential = Heap();
            figures.Add($"{backend}: thread states {baseThreads} -> {afterThousand} (1,000 at once) -> {afterSequential} (10,000 in sequence)");
            figures.Add($"{backend}: managed heap {baseHeap / 1024} KB -> {heapThousand / 1024} KB -> {heapSequential / 1024} KB");
            Assert.Equal(baseThreads, afterThousand);
            Assert.Equal(baseThreads, afterSequential);
            // Loose: a leak of one thread state with its frame pool per thread would be far above.
            Assert.True(heapSequential - baseHeap < 48L << 20, string.Join("\n", figures));
          }
          catch (Exception ex)
          {
              failure = ex; // an exception escaping a thread would end the test host
          }
        }, ScriptRunner.BigStackSize);
        t.Start();
        // The phases start 11,100 threads; on a loaded machine that takes minutes, so a fixed wall-clock
        // limit failed runs that were only slow. What fails is a stall: no new thread state for stallLimit.
        var stallLimit = TimeSpan.FromSeconds(120);
        long seen = -1;
        var sinceProgress = System.Diagnostics.Stopwatch.StartNew();
        while (!t.Join(TimeSpan.FromSeconds(5)))
        {
            long now = Interlocked.Read(ref started);
            if (now != seen) { seen = now; sinceProgress.Restart(); }
            Assert.True(sinceProgress.Elapsed < stallLimit, $"stalled: no thread started for {stallLimit.TotalSeconds} s after {seen}\n" + stdout + stderr);
        }
        foreach (var f in figures) output.WriteLine(f);
        if (failure != null) throw new Xunit.Sdk.XunitException(failure.ToString());
        Assert.Equal("1\n1\n1\n", stdout.ToString().Replace("\r\n", "\n"));
        Assert.Equal("", stderr.ToString());
    }
}
