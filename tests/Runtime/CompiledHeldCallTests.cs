// Compiled CALL of a Python function with the arguments passed in registers rather than spilled into the
// caller's frame (src/Vm.Shared/Runtime/Compiler/Interpreter.JitHeldCalls.cs). Each program runs
// interpreted and with every function compiled at its first call (BaselineJitTests.RunBoth); every
// function is called once before the calls that are compared. The cases take each path of
// CallHeld: the direct path with nothing to release after it, with floating arguments to release
// (the arguments spilled, then JitCall's completion), a failing callee (the caller's traceback and
// when the arguments die), JitCall's path for callees with other locals and rebound parameters, and
// a gc.collect() run while a callee releases its locals (an argument must still be a root then);
// beside them the method calls (CALL_METHOD, JitCall's spilled path) that share those programs.
using Xunit;
using static Vm.Tests.Runtime.CompiledCallTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledHeldCallTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    /// <summary>log, and class T whose instances log their deaths (also CompiledReturnTests).</summary>
    internal const string Tracked = """
        log = []

        class T:
            def __init__(self, n):
                self.n = n
            def __del__(self):
                log.append(("del", self.n))
            def m(self, a, b):
                return self.n + a.n + b.n

        """;

    private const string Releases = Tracked + """
        def one(a):
            return a.n

        def two(a, b):
            c = a.n + b.n
            return c

        def rebind(a):
            a = a.n * 10
            return a

        def ints(a, b, c):
            return a + b * c

        def run(k):
            log.append(one(T(k)))
            log.append(two(T(k + 1), T(k + 2)))
            log.append(T(k + 3).m(T(k + 4), T(k + 5)))
            log.append(rebind(T(k + 6)))
            t = T(k + 7)
            log.append(one(t))
            log.append(t.m(t, t))
            log.append(ints(k, 2, 3) + ints(1.5, 2.0, 0.5))
            del t
            log.append("end")

        run(0)
        log.clear()
        run(10)
        report = log
        """;

    [Theory, MemberData(nameof(Backends))]
    public void ArgumentsAndSelfAreReleasedWhenTheInterpreterReleasesThem(string backend) =>
        AssertSameReport(backend, Releases, ["one", "two", "rebind", "ints", "run"],
            "[('del', 10), 10, ('del', 11), ('del', 12), 23, ('del', 13), ('del', 14), ('del', 15), 42, ('del', 16), 160");

    private const string Failures = Tracked + """
        def bad(a, b):
            return a.n / b.n

        def call_bad(k):
            x = k * 2
            return bad(T(x), T(0)) + 1

        def call_bad_method(k):
            return T(k).m(T(1), None)

        """ + Attempt + """
        warm = (bad(T(1), T(1)), T(2).m(T(3), T(4)))
        log.clear()
        report = (attempt(call_bad, 3), attempt(call_bad_method, 4), log)
        """;

    [Theory, MemberData(nameof(Backends))]
    public void AFailingCalleeLeavesTheInterpretersTracebackAndReleaseOrder(string backend) =>
        AssertSameReport(backend, Failures, ["bad", "call_bad", "call_bad_method", "T.m"],
            "('call_bad', 15), ('bad', 11), 'ZeroDivisionError'", "('m', 9), 'AttributeError'");

    private const string Unbound = Tracked + """
        class Holder:
            pass

        def one(a):
            return a.n

        def three(a, b, c):
            return a * 100 + b * 10 + c

        def via_attribute(h, k):
            return h.f(T(k)) + h.g(k, 2, 3)

        h = Holder()
        h.f = one
        h.g = three
        warm = via_attribute(h, 1)
        log.clear()
        report = (via_attribute(h, 5), log)
        """;

    [Theory, MemberData(nameof(Backends))]
    public void AFunctionHeldByAnInstanceIsCalledAsTheInterpreterCallsIt(string backend) =>
        AssertSameReport(backend, Unbound, ["one", "three", "via_attribute"], "(528, [('del', 5)])");

    private const string CollectInExit = Tracked + """
        import gc

        class Collects:
            def __del__(self):
                gc.collect()
                log.append("collected")

        def cyclic(n):
            l = [T(n)]
            l.append(l)
            return l

        def takes(l):
            c = Collects()
            return len(l)

        def takes_only(l):
            return len(l)

        def caller(n):
            return takes(cyclic(n)) + takes_only(cyclic(n + 1))

        gc.collect()
        warm = caller(1)
        gc.collect()
        log.clear()
        r = caller(5)
        log.append("returned")
        gc.collect()
        report = (r, log)
        """;

    [Theory, MemberData(nameof(Backends))]
    public void AnArgumentStaysARootWhileTheCalleeReleasesItsOtherLocals(string backend) =>
        AssertSameReport(backend, CollectInExit, ["cyclic", "takes", "takes_only", "caller"], "'collected'", "'returned'");
}
