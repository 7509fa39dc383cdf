using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Hosting;

public class EngineConcurrencyTests
{
    public static TheoryData<string> Backends => EngineBasicsTests.Backends;

    private const string Work =
        "def work(n):\n" +
        "    total = 0\n" +
        "    for i in range(n):\n" +
        "        total += i % 7\n" +
        "    return total\n";

    [Fact]
    public void EnginesOfBothBackendsRunScriptsAtOnceOnTwoHostThreads()
    {
        using var gil = PythonEngine.Create(Backend.Gil);
        using var ft = PythonEngine.Create(Backend.FreeThreaded);
        using var bothRunning = new Barrier(2);
        var results = new object?[2];
        var engines = new[] { gil, ft };
        foreach (var e in engines)
        {
            e.Globals["meet"] = new HostFunction("meet", (Func<bool>)(() => bothRunning.SignalAndWait(TimeSpan.FromSeconds(30)))) { ReleasesGil = true };
            e.Execute(Work);
        }
        var threads = Enumerable.Range(0, 2).Select(i => new Thread(() =>
        {
            var e = engines[i];
            // Both scripts are inside their engines at the same time (the barrier proves it).
            e.Execute("met = meet()\nresult = work(200000)\nname = __import__('sys')._is_gil_enabled()");
            results[i] = $"{e.Globals["met"]} {e.Globals["result"]} {e.Globals["name"]}";
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => Assert.True(t.Join(TimeSpan.FromSeconds(60))));
        long expected = Enumerable.Range(0, 200000).Sum(i => (long)(i % 7));
        Assert.Equal($"True {expected} True", results[0]);
        Assert.Equal($"True {expected} False", results[1]);
    }

    [Fact]
    public void EnginesAreIsolated()
    {
        using var a = PythonEngine.Create(Backend.Gil);
        using var b = PythonEngine.Create(Backend.Gil);
        using var c = PythonEngine.Create(Backend.FreeThreaded);
        a.Execute("x = 1\nimport sys\nsys.marker = 'a'");
        Assert.False(b.Globals.Contains("x"));
        Assert.False(c.Globals.Contains("x"));
        Assert.Equal(false, b.Evaluate("hasattr(__import__('sys'), 'marker')"));
        Assert.Equal(false, c.Evaluate("hasattr(__import__('sys'), 'marker')"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void OneEngineIsUsableFromSeveralHostThreads(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Execute(Work + "calls = 0\ndef bump():\n    global calls\n    calls += 1\n    return work(100)\n");
        var wrong = 0;
        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            for (int i = 0; i < 50; i++)
                if (!Equals(engine.Call("bump"), 295L)) Interlocked.Increment(ref wrong);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => Assert.True(t.Join(TimeSpan.FromSeconds(60))));
        Assert.Equal(0, wrong);
        // Host calls are serialised, so the unsynchronised += lost nothing.
        Assert.Equal(200L, engine.Globals["calls"]);
    }

    [Fact]
    public void ALimitInOneEngineDoesNotDisturbAnother()
    {
        using var limited = PythonEngine.Create(Backend.FreeThreaded, new EngineOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        using var free = PythonEngine.Create(Backend.Gil);
        free.Execute(Work);
        object? result = null;
        var t = new Thread(() => result = free.Call("work", 300000));
        t.Start();
        Assert.Throws<LimitExceededException>(() => limited.Execute("while True: pass"));
        Assert.True(t.Join(TimeSpan.FromSeconds(60)));
        Assert.Equal(Enumerable.Range(0, 300000).Sum(i => (long)(i % 7)), result);
    }
}
