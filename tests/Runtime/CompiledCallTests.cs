// Calls between compiled functions (src/Vm.Shared/Runtime/Compiler/Interpreter.JitCalls.cs): a plain
// positional call of a compiled function, from compiled code or from the eval loop, enters the
// compiled body without Run, and so do a compiled __init__ of a class and a compiled operator dunder
// called from compiled code. Each program runs interpreted and with every function compiled at its
// first call (BaselineJitTests.RunBoth), and every function is called once before the calls that
// are compared, so those find their callees compiled and take the direct path. What must equal the
// interpreter: results, traceback entries (names and lines) through compiled frames, exceptions'
// contexts, when a failed frame's locals are released, the f_back chain seen from a compiled
// callee, and the RecursionError depth (also past the depth where compiled frames give way to Eval).
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledCallTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    internal static void AssertSameReport(string backend, string source, string[] compiledFunctions, params string[] expectedParts)
    {
        var (interpreted, compiled) = RunBoth(backend, source);
        using var _i = interpreted;
        using var _c = compiled;
        foreach (var f in compiledFunctions) Assert.Equal(2, JitState(compiled, f));
        var expected = (string)interpreted.Evaluate("repr(report)")!;
        Assert.Equal(expected, compiled.Evaluate("repr(report)"));
        foreach (var part in expectedParts) Assert.Contains(part, expected);
    }

    /// <summary>attempt(f, *args): f's result, or the traceback entries (name, line) and the exception.
    /// Ten lines, appended after a program's definitions (their line numbers stay put).</summary>
    internal const string Attempt = """
        def attempt(f, *args):
            try:
                return f(*args)
            except Exception as e:
                out = []
                tb = e.__traceback__
                while tb is not None:
                    out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                    tb = tb.tb_next
                return out + [type(e).__name__, str(e)]

        """;

    private const string Tracebacks = """
        def leaf(a, b):
            c = a * 2
            return c / b

        def middle(a, b):
            x = a + 1
            return leaf(x, b) * 2

        def top(a, b):
            return middle(a, b) + 1

        """ + Attempt + """
        warm = (top(1, 2), top(3, 4))
        report = (warm, attempt(top, 1, 0), attempt(top, 2, 0), top(5, 1), attempt(middle, 1, 0))
        """;

    [Theory, MemberData(nameof(Backends))]
    public void TracebacksThroughCompiledToCompiledCallsAreTheInterpreters(string backend) =>
        AssertSameReport(backend, Tracebacks, ["leaf", "middle", "top"],
            "[('attempt', 13), ('top', 10), ('middle', 7), ('leaf', 3), 'ZeroDivisionError', 'division by zero']");

    private const string Crossing = """
        log = []

        class Tracked:
            def __init__(self, n):
                self.n = n
            def __del__(self):
                log.append(("del", self.n))

        def fails(t):
            u = Tracked(t.n + 100)
            return t.n / u.missing

        def holds(n):
            t = Tracked(n)
            return fails(t) + 1

        def relay(n):
            return holds(n) * 2

        def catch_and_release(n):
            try:
                relay(n)
            except AttributeError as e:
                log.append(("caught", str(e)))
            log.append(("after", n))

        def context_of():
            try:
                1 / 0
            except ZeroDivisionError:
                try:
                    relay(7)
                except AttributeError as e:
                    return type(e.__context__).__name__

        catch_and_release(1)
        catch_and_release(2)
        ctx = context_of()
        report = (log, ctx)
        """;

    [Theory, MemberData(nameof(Backends))]
    public void ExceptionsCrossingCompiledFramesReleaseTheirLocalsWhenTheInterpretersDo(string backend) =>
        AssertSameReport(backend, Crossing, ["fails", "holds", "relay"],
            "('caught', \"'Tracked' object has no attribute 'missing'\")", "'ZeroDivisionError')");

    private const string Instances = """
        log = []
        class P:
            def __init__(self, x, y):
                self.x = x
                self.y = y / x
            def __del__(self):
                log.append(("del", self.x))

        class Odd:
            def __init__(self, v):
                self.v = v
                return v
            def __del__(self):
                log.append(("odd del", self.v))

        def make(x, y):
            p = P(x, y)
            return p.x + p.y

        def make_odd(v):
            return Odd(v).v

        """ + Attempt + """
        warm = (make(1, 2), make(2, 4), make_odd(None))
        log.append("---")
        report = (warm, attempt(make, 3, 6), attempt(make, 0, 1), attempt(make_odd, 5), attempt(make_odd, None), log)
        """;

    [Theory, MemberData(nameof(Backends))]
    public void ClassesWithACompiledInitAreMadeAsTypeCallMakesThem(string backend) =>
        AssertSameReport(backend, Instances, ["make", "make_odd", "P.__init__", "Odd.__init__"],
            "('__init__', 5), 'ZeroDivisionError'", "'TypeError', \"__init__() should return None, not 'int'\"]");

    private const string Operators = """
        class V:
            def __init__(self, x):
                self.x = x
            def __sub__(self, o):
                if o.x == 0:
                    return NotImplemented
                return V(self.x - 1 / o.x)
            def __mul__(self, k):
                return V(self.x * k)
            def __repr__(self):
                return "V(%r)" % (self.x,)

        class W(V):
            def __rsub__(self, o):
                return "W.__rsub__"

        class A:
            def __init__(self, n):
                self.n = n
            def __add__(self, o):
                return A(self.n + o)
            def __iadd__(self, o):
                self.n = self.n * 10 + o
                return self

        def sub(a, b):
            return a - b

        def mul(a, k):
            return a * k

        def grow(a, k):
            a += k
            return a.n

        """ + Attempt + """
        warm = (sub(V(3), V(1)), mul(V(2), 3), grow(A(1), 2))
        report = (warm, sub(V(5), V(2)), attempt(sub, V(1), V(0)), attempt(sub, V(2), 0.5), sub(V(1), W(2)),
                  mul(V(2), 2.5), grow(A(4), 5), (V(1) - V(4)) * 2)
        """;

    [Theory, MemberData(nameof(Backends))]
    public void OperatorDunderCalledFromCompiledCodeIsTheInterpreters(string backend) =>
        AssertSameReport(backend, Operators, ["sub", "mul", "V.__sub__", "V.__mul__", "V.__init__"],
            "'TypeError', \"unsupported operand type(s) for -: 'V' and 'V'\"]", "('__sub__', 5), 'AttributeError'", "'W.__rsub__'");

    private const string Frames = """
        import sys

        def chain():
            f = sys._getframe()
            out = []
            for _ in range(8):
                if f is None:
                    break
                out.append((f.f_code.co_name, f.f_lineno))
                f = f.f_back
            return out

        def via(n):
            if n == 0:
                return chain()
            return via(n - 1)

        def caller_name():
            return sys._getframe(1).f_code.co_name

        def asks():
            return caller_name()

        warm = (via(1), asks())
        report = (via(3), asks(), via(0))
        """;

    [Theory, MemberData(nameof(Backends))]
    public void TheFrameChainSeenFromACompiledCalleeIsTheInterpreters(string backend) =>
        AssertSameReport(backend, Frames, ["chain", "via", "caller_name", "asks"],
            "[('chain', 9), ('via', 15), ('via', 16), ('via', 16), ('via', 16), ('<module>', 25)], 'asks'");

    private const string Recursion = """
        import sys

        def down(n):
            return down(n + 1) + 1

        def depth_reached(limit):
            old = sys.getrecursionlimit()
            sys.setrecursionlimit(limit)
            try:
                down(0)
            except RecursionError as e:
                tb = e.__traceback__
                n = 0
                while tb is not None:
                    n += 1
                    tb = tb.tb_next
                return n, str(e)
            finally:
                sys.setrecursionlimit(old)

        down_warm = [depth_reached(200)]
        report = (depth_reached(200), depth_reached(1000), depth_reached(3000))
        """;

    [Theory, MemberData(nameof(Backends))]
    public void RecursionErrorComesAtTheInterpretersDepth(string backend) =>
        AssertSameReport(backend, Recursion, ["down"], "maximum recursion depth exceeded");

    private const string Guards = """
        import threading, time

        def one(x):
            return x + 1

        def two(x):
            return x + 2

        def rebinds(n):
            global one
            out = []
            for i in range(n):
                out.append(one(i))
                if i == 3:
                    one = two
            return out

        def add3(a, b, c=10):
            return a + b + c

        def keywords():
            return [add3(1, 2), add3(1, b=2), add3(a=1, b=2, c=3), add3(1, 2, 3)]

        class Box:
            def __init__(self, v):
                self.v = v
            def get(self):
                return self.v
            def add(self, k):
                return self.v + k

        def methods(b):
            t = 0
            for i in range(6):
                t += b.get() + b.add(i)
                if i == 2:
                    b.add = lambda k: -k
            return t

        def victim(x):
            return x * 10

        def other(x):
            return x - 1

        def swaps_code():
            out = [victim(5)]
            victim.__code__ = other.__code__
            out.append(victim(5))
            return out

        def fails(x):
            return 6 // x

        def catches():
            out = []
            for x in (1, 0, 2, 0):
                try:
                    out.append(fails(x))
                except ZeroDivisionError as e:
                    out.append(str(e))
            return out

        def sleeper(x):
            time.sleep(0)
            return x

        def spins(k, res):
            s = 0
            for i in range(300):
                s += sleeper(i) * k
            res.append(s)

        def switches():
            res = []
            ts = [threading.Thread(target=spins, args=(k, res)) for k in range(1, 4)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            return sorted(res)

        warm = (one(0), two(0), add3(0, 0), Box(0).get(), Box(0).add(0), other(0), sleeper(0))
        report = (rebinds(8), keywords(), methods(Box(3)), swaps_code(), catches(), switches())
        """;

    /// <summary>What the direct call checks at each call: the callee rebound mid-loop, a function
    /// whose __code__ was replaced, keyword calls (the generic path), a bound method
    /// (LOAD_METHOD + CALL_METHOD) and an instance attribute that shadows it, a callee that raises,
    /// and a callee that lets other threads run (time.sleep drops the GIL).</summary>
    [Theory, MemberData(nameof(Backends))]
    public void DirectCallsFollowRebindingKeywordsMethodsAndThreadSwitches(string backend) =>
        AssertSameReport(backend, Guards, ["rebinds", "keywords", "methods", "swaps_code", "fails", "sleeper", "spins"],
            "[1, 2, 3, 4, 6, 7, 8, 9]", "[13, 13, 6, 6]", "[50, 4]", "'integer division or modulo by zero'");

    private const string SmallStack = """
        import sys, threading

        def down(n):
            return down(n + 1) + 1

        def deep():
            try:
                down(0)
            except RecursionError as e:
                out.append(str(e))

        out = []
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(200000)
        threading.stack_size(256 * 1024)
        t = threading.Thread(target=deep)
        t.start()
        t.join()
        threading.stack_size(0)
        sys.setrecursionlimit(old)
        report = out
        """;

    /// <summary>A compiled recursion on a thread with a small stack and a recursion limit far past
    /// what the stack holds ends in RecursionError (RunCompiled's .NET stack check, asked at every
    /// eighth depth: ~200 compiled frames deep on 256 KB), never a .NET stack overflow; interpreted,
    /// at the recursion limit.</summary>
    [Theory, MemberData(nameof(Backends))]
    public void DeepCompiledRecursionOnASmallStackRaisesRecursionError(string backend) =>
        AssertSameReport(backend, SmallStack, ["down", "deep"], "maximum recursion depth exceeded");
}
