using System.Diagnostics;
using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Hosting;

public class HostFunctionTests
{
    public static TheoryData<string> Backends => EngineBasicsTests.Backends;

    [Theory, MemberData(nameof(Backends))]
    public void DelegateInGlobalsIsCallableFromPython(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        var seen = new List<string>();
        engine.Globals["add"] = (Func<int, int, int>)((a, b) => a + b);
        engine.Globals["log"] = (Action<string>)(s => seen.Add(s));
        engine.Globals["join"] = (Func<List<string>, string, string>)((xs, sep) => string.Join(sep, xs));
        engine.Globals["scale"] = (Func<double, double, double>)((x, factor) => x * factor);
        engine.Execute("r = add(2, 3)\nlog('hi ' + str(r))\nj = join(['a', 'b'], sep='-')\ns = scale(2, 1.5)\nn = log('x')");
        Assert.Equal(5L, engine.Globals["r"]);
        Assert.Equal("a-b", engine.Globals["j"]);
        Assert.Equal(3.0, engine.Globals["s"]);
        Assert.Null(engine.Globals["n"]);
        Assert.Equal(new[] { "hi 5", "x" }, seen);
    }

    [Theory, MemberData(nameof(Backends))]
    public void WrongArgumentsRaiseTypeErrorInPython(string backend)
    {
        using var engine = PythonEngine.Create(Backend.Parse(backend));
        engine.Globals["add"] = (Func<int, int, int>)((a, b) => a + b);
        engine.Execute(
            "msgs = []\n" +
            "for args in [(1,), (1, 2, 3), ('a', 2)]:\n" +
            "    try:\n" +
            "        add(*args)\n" +
            "    except TypeError as e:\n" +
            "        msgs.append(str(e))\n");
        var msgs = Assert.IsType<List<object?>>(engine.Globals["msgs"]);
        Assert.Equal(3, msgs.Count);
        Assert.Contains("missing required argument 'b'", (string)msgs[0]!);
        Assert.Contains("takes 2 positional arguments but 3 were given", (string)msgs[1]!);
        Assert.Contains("'str'", (string)msgs[2]!);
    }

    [Theory, MemberData(nameof(Backends))]
    public void HostModulesAreImportable(string backend)
    {
        var calls = 0;
        var mod = new HostModule("hostlib")
            .Add("VERSION", "1.2")
            .Add("limits", new Dictionary<string, object?> { ["max"] = 10 })
            .AddFunction("square", (Func<long, long>)(x => { calls++; return x * x; }));
        using var engine = PythonEngine.Create(Backend.Parse(backend), new EngineOptions().AddModule(mod));
        engine.Execute("import hostlib\nfrom hostlib import square\nr = (hostlib.VERSION, square(7), hostlib.limits['max'], hostlib.__name__)");
        Assert.Equal(new object?[] { "1.2", 49L, 10L, "hostlib" }, engine.Globals["r"]);
        Assert.Equal(1, calls);
    }

    /// <summary>
    /// A Python thread waits until the host function has started, then reads a list and a dict the
    /// calling thread made (its first reads of them: on the free-threaded backend they mark each one
    /// shared, revoking the owner's sections: CriticalSections.cs, "OWNER SECTIONS"), then signals
    /// progress; the host function waits for that signal. Returns what the wait saw.
    /// </summary>
    private static bool WaitInsideHostFunction(Backend backend, bool releasesGil, TimeSpan wait)
    {
        using var progressed = new ManualResetEventSlim();
        var entered = 0;
        var mod = new HostModule("host")
            .Add("entered", (Func<bool>)(() => Volatile.Read(ref entered) != 0))
            .Add("progressed", (Action)(() => progressed.Set()))
            .Add("wait", new HostFunction("wait", (Func<bool>)(() =>
            {
                Volatile.Write(ref entered, 1);
                return progressed.Wait(wait);
            })) { ReleasesGil = releasesGil });
        using var engine = PythonEngine.Create(backend, new EngineOptions().AddModule(mod));
        engine.Execute(
            "import threading, host\n" +
            "def worker(items, table):\n" +
            "    while not host.entered():\n" +
            "        pass\n" +
            "    if items[0] + table['k'] == 3:\n" +
            "        host.progressed()\n" +
            "items = [1]\n" +
            "table = {'k': 2}\n" +
            "t = threading.Thread(target=worker, args=(items, table))\n" +
            "t.start()\n" +
            "result = host.wait()\n" +
            "t.join()\n");
        return (bool)engine.Globals["result"]!;
    }

    [Theory, MemberData(nameof(Backends))]
    public void HostFunctionReleasingTheGilLetsOtherPythonThreadsRun(string backend)
    {
        Assert.True(WaitInsideHostFunction(Backend.Parse(backend), releasesGil: true, TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public void OnTheGilBackendAHostFunctionHoldingTheGilBlocksOtherThreads()
    {
        // The control for the test above: without ReleasesGil the Python thread cannot run while
        // the host function waits on the GIL backend (so the test above can fail).
        Assert.False(WaitInsideHostFunction(Backend.Gil, releasesGil: false, TimeSpan.FromMilliseconds(300)));
    }

    /// <summary>
    /// On the free-threaded backend the other thread runs anyway. Its reads of the list and dict revoke
    /// the calling thread's owner sections, which waits for that thread to detach or pass an eval-breaker
    /// check; a host function has none, but it runs as host code, which revokers do not wait for
    /// (Vm.FreeThreaded/HostCode.cs). Before that (session 22-23) the worker waited until the host
    /// function returned (20 s here), whenever its first read came after the call began, which the
    /// worker's wait for host.entered() now forces.
    /// </summary>
    [Fact]
    public void OnTheFreeThreadedBackendAHostFunctionNotReleasingLetsOtherThreadsRun()
    {
        Assert.True(WaitInsideHostFunction(Backend.FreeThreaded, releasesGil: false, TimeSpan.FromSeconds(20)));
    }

    [Theory, MemberData(nameof(Backends))]
    public void HostFunctionsMayCallBackIntoTheEngine(string backend)
    {
        PythonEngine? engine = null;
        using var e = PythonEngine.Create(Backend.Parse(backend));
        engine = e;
        e.Globals["twice"] = (Func<long, long>)(x => (long)engine.Call("double", x)! * 2);
        e.Execute("def double(x): return x * 2\nr = twice(5)");
        Assert.Equal(20L, e.Globals["r"]);
    }

    /// <summary>
    /// A host function calls back into Python, whose code appends to a list the main thread owns while
    /// a script thread appends to it too (its first append revokes the main thread's owner sections).
    /// The callback is Python code, not host code (Vm.FreeThreaded/HostCode.cs): the revoker must wait
    /// for its owner sections as usual, or appends are lost.
    /// </summary>
    [Theory, MemberData(nameof(Backends))]
    public void ACallbackFromAHostFunctionAndAScriptThreadAppendingToOneListLoseNothing(string backend)
    {
        PythonEngine? engine = null;
        var mod = new HostModule("host")
            .AddFunction("outer", (Func<long, long>)(n => (long)engine!.Call("fill", n)! + 1));
        using var e = PythonEngine.Create(Backend.Parse(backend), new EngineOptions().AddModule(mod));
        engine = e;
        e.Execute(
            "import threading, host\n" +
            "items = []\n" +
            "def fill(n):\n" +
            "    for i in range(n):\n" +
            "        items.append(i)\n" +
            "    return n\n" +
            "def worker(n):\n" +
            "    for i in range(n):\n" +
            "        items.append(-1)\n" +
            "t = threading.Thread(target=worker, args=(20000,))\n" +
            "t.start()\n" +
            "r = host.outer(20000)\n" +
            "t.join()\n" +
            "counts = (len(items), sum(1 for x in items if x < 0), r)\n");
        Assert.Equal(new object?[] { 40000L, 20000L, 20001L }, e.Globals["counts"]);
    }

    [Theory, MemberData(nameof(Backends))]
    public void CallbacksFromAScriptThreadOrAGilReleasingFunctionAreRefused(string backend)
    {
        PythonEngine? engine = null;
        var mod = new HostModule("host")
            .AddFunction("callback", (Func<long>)(() => (long)engine!.Evaluate("1")!))
            .AddFunction("released_callback", (Func<long>)(() => (long)engine!.Evaluate("1")!), releasesGil: true);
        using var e = PythonEngine.Create(Backend.Parse(backend), new EngineOptions().AddModule(mod));
        engine = e;
        e.Execute(
            "import host, threading\n" +
            "out = []\n" +
            "def attempt(f):\n" +
            "    try:\n" +
            "        out.append(f())\n" +
            "    except RuntimeError as err:\n" +
            "        out.append(str(err))\n" +
            "attempt(host.callback)\n" +
            "attempt(host.released_callback)\n" +
            "t = threading.Thread(target=attempt, args=(host.callback,))\n" +
            "t.start()\n" +
            "t.join()\n");
        var outcome = Assert.IsType<List<object?>>(e.Globals["out"]);
        Assert.Equal(1L, outcome[0]);
        Assert.Contains("releases the GIL cannot call back", (string)outcome[1]!);
        Assert.Contains("thread the script started cannot call back", (string)outcome[2]!);
    }
}
