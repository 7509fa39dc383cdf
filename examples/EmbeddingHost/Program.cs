// Runs one script on both backends with host functions and limits, and prints the timings.
//
//   dotnet run -c Release --project examples/EmbeddingHost [threads]
//
// The script splits a CPU-bound computation over Python threads, reports progress through a
// host function, and waits on a host function that releases the GIL (simulated I/O). A second,
// runaway script shows the Timeout limit stopping it and all its threads.
using System.Diagnostics;
using Vm.Hosting;

if (args.Length > 0 && args[0] == "--overhead")
{
    MeasureLimitOverhead();
    return;
}
int threads = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 4;

const string Script = """
    import threading, host

    def count_primes(lo, hi):
        n = 0
        for k in range(max(lo, 2), hi):
            d = 2
            while d * d <= k:
                if k % d == 0:
                    break
                d += 1
            else:
                n += 1
        return n

    results = [0] * THREADS
    def worker(i):
        host.fetch(i)                      # releases the GIL while the host "does I/O"
        step = LIMIT // THREADS
        results[i] = count_primes(i * step, (i + 1) * step)
        host.progress(i, results[i])

    ts = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    for t in ts: t.start()
    for t in ts: t.join()
    total = sum(results)
    """;

foreach (var backend in new[] { Backend.Gil, Backend.FreeThreaded })
{
    var progress = new System.Collections.Concurrent.ConcurrentBag<string>();
    var host = new HostModule("host")
        .AddFunction("progress", (Action<int, long>)((i, n) => progress.Add($"{i}:{n}")))
        .AddFunction("fetch", (Action<int>)(i => Thread.Sleep(50)), releasesGil: true);
    var options = new EngineOptions
    {
        Timeout = TimeSpan.FromSeconds(60),
        MaxMemoryBytes = 4L << 30,
        AllowFileSystem = false,
        AllowEnvironment = false,
        AllowProcesses = false,
        AllowedModules = ["threading"],
    }.AddModule(host);

    using var engine = PythonEngine.Create(backend, options);
    engine.Globals["THREADS"] = threads;
    engine.Globals["LIMIT"] = 200_000;
    var sw = Stopwatch.StartNew();
    engine.Execute(Script, "primes.py");
    sw.Stop();
    Console.WriteLine($"{backend.Name,-14} threads={threads}  primes={engine.Globals["total"]}  " +
                      $"time={sw.Elapsed.TotalMilliseconds,8:F0} ms  progress reports={progress.Count}");

    // A runaway script: stopped by the Timeout, with the threads it started.
    using var limited = PythonEngine.Create(backend, new EngineOptions { Timeout = TimeSpan.FromMilliseconds(300) });
    sw.Restart();
    try
    {
        limited.Execute("import threading\ndef spin():\n    while True: pass\nthreading.Thread(target=spin).start()\nspin()\n");
    }
    catch (LimitExceededException e)
    {
        Console.WriteLine($"{"",-14} runaway script stopped by {e.Limit} after {sw.Elapsed.TotalMilliseconds:F0} ms; " +
                          $"threads left: {limited.ActiveScriptThreads}");
    }

    // A forbidden capability is a PermissionError inside Python.
    try
    {
        engine.Execute("open('/etc/hostname')");
    }
    catch (PythonException e)
    {
        Console.WriteLine($"{"",-14} {e.PythonType}: {e.Message}");
    }
}

// What limits cost: one single-threaded loop under no limits, a Timeout only (free until it
// fires), and MaxInstructions + MaxMemoryBytes (every eval-breaker check goes through the hook).
static void MeasureLimitOverhead()
{
    const string Loop = "def loop(n):\n    t = 0\n    for i in range(n):\n        t += i & 3\n    return t\n";
    var configs = new (string Name, EngineOptions Options)[]
    {
        ("no limits", new EngineOptions()),
        ("Timeout", new EngineOptions { Timeout = TimeSpan.FromMinutes(5) }),
        ("MaxInstructions+MaxMemoryBytes", new EngineOptions { MaxInstructions = long.MaxValue / 2, MaxMemoryBytes = long.MaxValue / 2 }),
    };
    foreach (var backend in new[] { Backend.Gil, Backend.FreeThreaded })
    {
        foreach (var (name, options) in configs)
        {
            using var engine = PythonEngine.Create(backend, options);
            engine.Execute(Loop);
            engine.Call("loop", 200_000); // warm up
            var best = double.MaxValue;
            for (int i = 0; i < 5; i++)
            {
                var sw = Stopwatch.StartNew();
                engine.Call("loop", 2_000_000);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"{backend.Name,-14} {name,-32} best of 5: {best,7:F0} ms for 2,000,000 iterations");
        }
    }
}
