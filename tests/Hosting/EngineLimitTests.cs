using System.Diagnostics;
using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Hosting;

public class EngineLimitTests
{
    public static TheoryData<string> Backends => EngineBasicsTests.Backends;

    [Theory, MemberData(nameof(Backends))]
    public void StdoutAndStderrGoToTheHostsWriters(string backend)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { Stdout = stdout, Stderr = stderr });
        engine.Execute("import sys\nprint('hello', 42)\nprint('oops', file=sys.stderr)\nsys.stdout.write('more\\n')");
        Assert.Equal("hello 42\nmore\n", stdout.ToString().Replace("\r\n", "\n"));
        Assert.Equal("oops\n", stderr.ToString().Replace("\r\n", "\n"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void TimeoutStopsAnInfiniteLoopSoonAfterTheLimit(string backend)
    {
        var limit = TimeSpan.FromMilliseconds(500);
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { Timeout = limit });
        var sw = Stopwatch.StartNew();
        var ex = Assert.Throws<LimitExceededException>(() => engine.Execute("while True:\n    pass\n"));
        sw.Stop();
        Assert.Equal("Timeout", ex.Limit);
        // The watchdog fires on a thread of its own (a starved thread pool once delayed a timer by
        // 1.4 s in CI); the slack covers a loaded runner's scheduling and GC pauses, not a missed stop.
        Assert.True(sw.Elapsed < limit + TimeSpan.FromMilliseconds(1500), $"stopped after {sw.Elapsed.TotalMilliseconds} ms");
        Assert.True(sw.Elapsed >= limit - TimeSpan.FromMilliseconds(50), $"stopped early, after {sw.Elapsed.TotalMilliseconds} ms");
        // Still usable, and the next call gets a fresh time budget.
        Assert.Equal(3L, engine.Evaluate("1 + 2"));
        engine.Execute("import time\ntime.sleep(0.05)\nok = True");
        Assert.Equal(true, engine.Globals["ok"]);
    }

    [Fact]
    public void TimeoutFiresWhileTheHostsThreadPoolIsStarved()
    {
        // Every pool thread blocked: a timer whose callback needs the pool would wait for the
        // pool to inject threads (about one per second beyond the minimum).
        // Not disposed: queued blockers may start after the test ends, and must then pass straight through.
        var release = new ManualResetEventSlim();
        int blockers = Environment.ProcessorCount * 8 + 16;
        for (int i = 0; i < blockers; i++) ThreadPool.UnsafeQueueUserWorkItem(_ => release.Wait(), null);
        try
        {
            var limit = TimeSpan.FromMilliseconds(300);
            using var engine = PythonEngine.Create(Backend.FreeThreaded, new EngineOptions { Timeout = limit });
            var sw = Stopwatch.StartNew();
            Assert.Equal("Timeout", Assert.Throws<LimitExceededException>(() => engine.Execute("while True:\n    pass\n")).Limit);
            Assert.True(sw.Elapsed < limit + TimeSpan.FromMilliseconds(1500), $"stopped after {sw.Elapsed.TotalMilliseconds} ms");
        }
        finally
        {
            release.Set();
        }
    }

    [Theory, MemberData(nameof(Backends))]
    public void TimeoutCannotBeCaughtByTheScript(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        var ex = Assert.Throws<LimitExceededException>(() => engine.Execute(
            "while True:\n" +
            "    try:\n" +
            "        while True:\n" +
            "            pass\n" +
            "    except BaseException:\n" +
            "        pass\n"));
        Assert.Equal("Timeout", ex.Limit);
    }

    [Theory, MemberData(nameof(Backends))]
    public void TimeoutInterruptsASleep(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        var sw = Stopwatch.StartNew();
        Assert.Equal("Timeout", Assert.Throws<LimitExceededException>(() => engine.Execute("import time\ntime.sleep(60)")).Limit);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"took {sw.Elapsed}");
    }

    [Theory, MemberData(nameof(Backends))]
    public void CancellationStopsTheScriptWithOperationCanceled(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Execute("while True: pass", cancellationToken: cts.Token));
        Assert.Equal(4L, engine.Evaluate("2 * 2"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Execute("x = 1", cancellationToken: cancelled.Token));
    }

    public static TheoryData<string, string> BlockingScripts()
    {
        var data = new TheoryData<string, string>();
        foreach (var b in new[] { "gil", "free-threaded" })
        {
            data.Add(b, "import time\ntime.sleep(60)");
            data.Add(b, "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()");
            data.Add(b, "import threading\nthreading.Event().wait()");
            data.Add(b, "import queue\nqueue.Queue().get()");
            data.Add(b, "import threading, time\nt = threading.Thread(target=time.sleep, args=(60,))\nt.start()\nt.join()");
        }
        return data;
    }

    [Theory, MemberData(nameof(BlockingScripts))]
    public void CancellationWakesABlockedScript(string backend, string script)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var sw = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Execute(script, cancellationToken: cts.Token));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), $"took {sw.Elapsed}");
    }

    [Theory, MemberData(nameof(Backends))]
    public void RunawayRecursionIsStoppedAsRecursionError(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { MaxRecursionDepth = 200 });
        var ex = Assert.Throws<PythonException>(() => engine.Execute("def f(n):\n    return f(n + 1)\nf(0)\n"));
        Assert.Equal("RecursionError", ex.PythonType);
        Assert.Equal(200L, engine.Evaluate("__import__('sys').getrecursionlimit()"));
        // Scripts may catch it, may lower the limit, but may not raise it above the host's cap.
        engine.Execute(
            "import sys\n" +
            "def depth(n):\n" +
            "    try:\n" +
            "        return depth(n + 1)\n" +
            "    except RecursionError:\n" +
            "        return n\n" +
            "d = depth(0)\n" +
            "sys.setrecursionlimit(100)\n" +
            "try:\n" +
            "    sys.setrecursionlimit(10**6)\n" +
            "    raised = None\n" +
            "except PermissionError as e:\n" +
            "    raised = str(e)\n");
        Assert.InRange((long)engine.Globals["d"]!, 150L, 200L);
        Assert.Equal("the host limits the recursion depth to 200", engine.Globals["raised"]);
    }

    [Theory, MemberData(nameof(Backends))]
    public void MaxInstructionsStopsALongLoopButNotAShortOne(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { MaxInstructions = 200_000 });
        engine.Execute("total = 0\nfor i in range(1000):\n    total += i\n");
        Assert.Equal(499500L, engine.Globals["total"]);
        var ex = Assert.Throws<LimitExceededException>(() => engine.Execute("n = 0\nwhile True:\n    n += 1\n"));
        Assert.Equal("MaxInstructions", ex.Limit);
        // The budget stopped the loop after roughly 200,000 instructions (a few per iteration).
        Assert.InRange((long)engine.Globals["n"]!, 10_000L, 200_000L);
        engine.Execute("total = sum(range(10))");
        Assert.Equal(45L, engine.Globals["total"]);
    }

    [Theory, MemberData(nameof(Backends))]
    public void MaxMemoryBytesStopsAScriptThatKeepsAllocating(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { MaxMemoryBytes = 50_000_000 });
        engine.Execute("small = [i for i in range(1000)]");
        var ex = Assert.Throws<LimitExceededException>(() => engine.Execute("hoard = []\nwhile True:\n    hoard.append('x' * 1000 + str(len(hoard)))\n"));
        Assert.Equal("MaxMemoryBytes", ex.Limit);
        engine.Execute("hoard = None\nok = len(small)");
        Assert.Equal(1000L, engine.Globals["ok"]);
    }

    [Theory, MemberData(nameof(Backends))]
    public void ALimitStopsEveryThreadTheScriptStarted(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { Timeout = TimeSpan.FromMilliseconds(500) });
        var ex = Assert.Throws<LimitExceededException>(() => engine.Execute(
            "import threading, time\n" +
            "def spin():\n" +
            "    while True:\n" +
            "        pass\n" +
            "def sleeper():\n" +
            "    while True:\n" +
            "        time.sleep(0.5)\n" +
            "lock = threading.Lock()\n" +
            "lock.acquire()\n" +
            "def blocked():\n" +
            "    lock.acquire()\n" +
            "threads = [threading.Thread(target=f) for f in (spin, spin, sleeper, blocked)]\n" +
            "for t in threads: t.start()\n" +
            "for t in threads: t.join()\n"));
        Assert.Equal("Timeout", ex.Limit);
        Assert.Equal(0, engine.ActiveScriptThreads);
        Assert.Equal(1L, engine.Evaluate("1"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void AThreadOverrunningTheInstructionBudgetStopsTheWholeScript(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions { MaxInstructions = 500_000 });
        var ex = Assert.Throws<LimitExceededException>(() => engine.Execute(
            "import threading\n" +
            "def spin():\n" +
            "    while True:\n" +
            "        pass\n" +
            "t = threading.Thread(target=spin)\n" +
            "t.start()\n" +
            "t.join()\n"));
        Assert.Equal("MaxInstructions", ex.Limit);
        Assert.Equal(0, engine.ActiveScriptThreads);
    }

    [Theory, MemberData(nameof(Backends))]
    public void ThreadsOutliveTheCallThatStartedThemUntilDispose(string backend)
    {
        var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Execute(
            "import threading, time\n" +
            "stop = False\n" +
            "def loop():\n" +
            "    while not stop:\n" +
            "        time.sleep(0.01)\n" +
            "t = threading.Thread(target=loop, daemon=True)\n" +
            "t.start()\n");
        Assert.Equal(1, engine.ActiveScriptThreads);
        engine.Dispose();
        Assert.Equal(0, engine.ActiveScriptThreads);
        Assert.Throws<ObjectDisposedException>(() => engine.Evaluate("1"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void DisposeStopsACallInProgress(string backend)
    {
        var engine = PythonEngine.Create(Backend.Parse(backend));
        Exception? seen = null;
        var runner = new Thread(() =>
        {
            try { engine.Execute("while True: pass"); }
            catch (Exception ex) { seen = ex; }
        });
        runner.Start();
        Thread.Sleep(200);
        engine.Dispose();
        Assert.True(runner.Join(TimeSpan.FromSeconds(30)));
        Assert.IsType<ObjectDisposedException>(seen);
    }
}
