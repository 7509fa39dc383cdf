// Property accessors that are compiled, called from compiled code's LOAD_ATTR / STORE_ATTR and from the
// eval loop's (src/Vm.Shared/Runtime/Compiler/Interpreter.JitAccessors.cs): the compiled getter or
// setter is entered directly instead of through CallFunctionOrNull and Run. Each program runs
// interpreted and with every function compiled at its first call (BaselineJitTests.RunBoth); the
// module-level accesses run in the eval loop (module code is not compiled). What must equal the
// interpreter: results, __del__ order of the accessors' locals, traceback entries (the accessor's
// line under the caller's), a property replaced in the middle of a loop (the attribute cache is
// invalidated), and accessors with default parameters (the ordinary call).
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledAccessorTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Accessors = """
        log = []

        class Tracked:
            def __init__(self, n):
                self.n = n
            def __del__(self):
                log.append(("del", self.n))

        class P:
            def __init__(self, v):
                self._v = v
            @property
            def v(self):
                t = Tracked(self._v)
                return 100 // self._v
            @v.setter
            def v(self, x):
                t = Tracked(x)
                self._v = 100 // x
                log.append(("set", x))

        class D:
            def __init__(self):
                self._w = 1
            def getw(self, scale=3):
                return self._w * scale
            def setw(self, x, scale=2):
                self._w = x * scale
            w = property(getw, setw)

        def neg(self):
            return -self._v

        def get(p):
            return p.v

        def put(p, x):
            p.v = x
            return p._v

        def bump(p, n):
            for i in range(n):
                p.v = p.v + 1
            return p._v

        def redefine(q, n):
            out = []
            for i in range(n):
                out.append(q.v)
                if i == 1:
                    type(q).v = property(neg, type(q).v.fset)
            return out

        def dw(d, x):
            d.w = x
            return d.w

        def attempt(f, *args):
            try:
                return f(*args)
            except Exception as e:
                out = []
                tb = e.__traceback__
                while tb is not None:
                    out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                    tb = tb.tb_next
                return out + [type(e).__name__, str(e), log[:]]

        class Q(P):
            pass

        warm = (get(P(4)), put(P(1), 5), bump(P(50), 2), dw(D(), 1))
        log.clear()
        p = P(5)
        r1 = (get(p), put(p, 4), get(p), bump(p, 3), log[:])
        log.clear()
        r2 = attempt(get, P(0))
        log.clear()
        r3 = attempt(put, P(1), 0)
        log.clear()
        r4 = redefine(Q(7), 4)
        m = P(10)
        r5 = (m.v, log[:])
        m.v = 20
        log.clear()
        try:
            m2 = P(0)
            m2.v
        except ZeroDivisionError as e:
            r6 = (e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_lineno, log[:])
        log.clear()
        try:
            m.v = 0
        except ZeroDivisionError as e:
            r7 = (e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_lineno, log[:])
        r8 = (dw(D(), 5), m.v, m._v)
        report = (warm, r1, r2, r3, r4, r5, r6, r7, r8)
        """;

    [Theory, MemberData(nameof(Backends))]
    public void CompiledPropertyAccessorsBehaveAsInterpreted(string backend)
    {
        var (interpreted, compiled) = RunBoth(backend, Accessors);
        using var _i = interpreted;
        using var _c = compiled;
        foreach (var f in new[] { "P.v.fget", "P.v.fset", "get", "put", "bump", "redefine", "neg" })
            Assert.Equal(2, JitState(compiled, f));
        var expected = (string)interpreted.Evaluate("repr(report)")!;
        Assert.Equal(expected, compiled.Evaluate("repr(report)"));
        Assert.Contains("[('attempt', 60), ('get', 35), ('v', 15), 'ZeroDivisionError'", expected);
        Assert.Contains("[('attempt', 60), ('put', 38), ('v', 19), 'ZeroDivisionError'", expected);
        Assert.Contains("[14, 14, -7, -7]", expected);
        Assert.Contains("(88, 'v', 15, []), (93, 'v', 19, [])", expected);
    }
}
