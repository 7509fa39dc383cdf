// Recursion through a builtin that calls back into Python (sorted's key function sorting again)
// under sys.setrecursionlimit(10**6) ends in RecursionError after a few thousand nested eval-loop
// entries, as in CPython 3.13 (each entry takes PyThreadState.EvalEntryUnits of the C recursion
// budget; CPython stops this program at depth 2499 when its C stack is big enough). Before, only
// the 1 GiB .NET stack stopped it, ~225,000 levels down: 1.6 GB resident and 6-10 s of CPU, most
// of it .NET GCs walking the nested frames (a "hang" on the loaded machine). The depth reached is
// what is checked; the join timeout only keeps a regression from blocking the test run.
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class RecursionThroughBuiltinsTests
{
    private const string Source = """
        import sys
        sys.setrecursionlimit(10**6)
        depth = 0
        def f(n):
            global depth
            depth = n
            return sorted([n, n + 1], key=lambda x: f(n + 1))
        try:
            f(0)
            print("completed")
        except RecursionError as e:
            print(type(e).__name__, e)
        print(depth)
        def g(n):
            return 0 if n == 0 else g(n - 1) + 1
        print(g(50000))
        print(sorted([3, 1, 2], key=lambda x: -x))
        """;

    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void SortKeyRecursionRaisesRecursionErrorWithinTheCRecursionBudget(string backend)
    {
        var lines = RunDeep(backend, Source, null);
        Assert.Equal("RecursionError maximum recursion depth exceeded", lines[0]);
        int depth = int.Parse(lines[1]);
        // Two eval entries' worth of budget per level would allow 5,000 levels (one entry: the key).
        Assert.InRange(depth, 1000, PyThreadState.NativeRecursionLimit / PyThreadState.EvalEntryUnits);
        // Plain Python recursion does not enter the eval loop again: only sys.setrecursionlimit bounds it.
        Assert.Equal("50000", lines[2]);
        Assert.Equal("[3, 2, 1]", lines[3]);
    }

    /// <summary>Runs <paramref name="source"/> on a thread with the CLI's stack, the compiler in
    /// <paramref name="jitMode"/> (0 interpreted, 2 every function compiled at its first call, null the
    /// runtime's default); its stdout lines, the thread's native depths checked back at zero.</summary>
    private static string[] RunDeep(string backend, string source, int? jitMode)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var options = new RuntimeOptions { Stdout = output, Stderr = errors, Stdin = new StringReader("") };
        PyRuntime rt = backend == "gil" ? GilEngine.Create(options) : FreeThreadedEngine.Create(options);
        if (jitMode is { } mode) rt.JitMode = mode;
        int status = -1;
        var main = new Thread(() => status = ScriptRunner.RunMain(rt, source, "<deep>", cached: false, finalizeModules: false), ScriptRunner.BigStackSize)
        {
            IsBackground = true,
        };
        main.Start();
        Assert.True(main.Join(TimeSpan.FromMinutes(5)), "the recursion did not end in 5 minutes");
        Assert.True(status == 0, errors.ToString());
        Assert.Equal(0, rt.MainThread.NativeRecursionDepth);
        Assert.Equal(0, rt.MainThread.JitNativeDepth);
        return output.ToString().Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private const string Budget = """
        import sys
        sys.setrecursionlimit(100000)
        depth = 0
        def key_closure(n):
            global depth
            depth = n
            return sorted([1, 2], key=lambda x: key_closure(n + 1))
        def key_named(n):
            global depth
            depth = n
            return sorted([n], key=named)
        def named(x):
            return key_named(x + 1)
        def kw(n, step=1):
            global depth
            depth = n
            return list(map(lambda x: kw(x, step=step), [n + step]))
        class P:
            def __init__(self, n):
                self.n = n
            @property
            def v(self):
                global depth
                depth = self.n
                return sorted([1], key=lambda x: P(self.n + 1).v)
        def prop(n):
            return P(n).v
        def reached(f):
            try:
                f(0)
            except RecursionError:
                return depth
        def plain(n):
            plain(n + 1)
        print(reached(key_closure), reached(key_named), reached(kw), reached(prop))
        sys.setrecursionlimit(1000)
        for i in range(3000):
            try:
                plain(0)
            except RecursionError:
                pass
        sys.setrecursionlimit(100000)
        print(reached(key_closure), reached(key_named), reached(kw), reached(prop))
        """;

    /// <summary>
    /// The C-recursion budget a recursion through builtins spends is the same interpreted and compiled,
    /// and the same after thousands of caught RecursionErrors: a compiled frame's call of a Python
    /// function (a closure's, one with keywords, a property's getter) is inline in the eval loop and spends none of it
    /// (PyThreadState.JitNativeDepth), and a RecursionError of an inline call gives back none (before:
    /// 4,624 levels compiled against 4,999 interpreted, and 7,999 after 3,000 caught RecursionErrors).
    /// </summary>
    [Theory]
    [InlineData("gil")]
    [InlineData("free-threaded")]
    public void CompiledCallsAndCaughtRecursionErrorsLeaveTheBudgetAsInterpreted(string backend)
    {
        var interpreted = RunDeep(backend, Budget, 0);
        Assert.Equal(2, interpreted.Length);
        Assert.Equal(interpreted[0], interpreted[1]);
        Assert.Equal(interpreted, RunDeep(backend, Budget, 2));
    }
}
