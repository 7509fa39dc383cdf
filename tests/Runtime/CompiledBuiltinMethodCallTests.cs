// Builtin method calls from compiled code without a spill (src/Vm.Shared/Runtime/Compiler/
// JitEmitter.BuiltinCalls.cs, Interpreter.JitBuiltinMethods.cs): list.append / pop, set.add /
// discard / remove, dict.get and the pure str methods on an exact receiver. For plain and other
// keys, keys only __eq__ can compare (their __eq__ must run from the general path, with the frame
// the interpreter has), subclasses that override or inherit the method, a method rebound on the
// instance's type mid-loop, fresh (floating) receivers, a floating argument, len of each builtin
// container, of a subclass and of a fresh list, len rebound as a global and in builtins, errors raised inside
// the method (their type, message and line) and inside a try block, compiled code must give what the
// interpreter gives on both backends.
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;
using static Vm.Tests.Runtime.CompiledIntChainTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledBuiltinMethodCallTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Shapes = """
        import sys
        log = []

        class K:
            def __init__(self, v): self.v = v
            def __hash__(self): return hash(self.v)
            def __eq__(self, other):
                f = sys._getframe(1)
                log.append(("eq", self.v, other, f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno))
                return isinstance(other, int) and other == self.v

        class L(list):
            def append(self, x): super().append(x * 10)

        class L2(list):
            pass

        class S(set):
            def add(self, x): super().add(-x)

        class S2(set):
            pass

        class D(dict):
            def get(self, k, d=None): return ("D.get", k, d)

        class Str(str):
            pass

        def sets(n):
            s = set()
            sub = S2()
            out = []
            for i in range(n):
                s.add(i % 5)
                s.add(str(i % 3))
                s.add(True)
                s.add(2 ** 70 + i % 2)
                s.add((i, i))
                s.add(i * 1.5)
                s.discard(i % 4)
                s.discard("nope")
                sub.add(i)
                if i == 3:
                    S2.add = lambda self, x: out.append(("S2.add rebound", x))
                if i == 5:
                    del S2.add
                if i % 3 == 0:
                    s.remove(str(i % 3))
                try:
                    s.remove(-i)
                except KeyError as e:
                    out.append(("KeyError", e.args))
                out.append(len(s))
            {1}.add(2)
            S().add(3)
            return out, sorted(map(repr, s)), sorted(sub)

        def colliding(n):
            s = {K(1), K(2)}
            d = {K(3): "k3", 4: "four"}
            out = []
            for i in range(n):
                s.add(1)
                s.discard(2)
                s.add(2)
                out.append(d.get(3))
                out.append(d.get(4, "dflt"))
                out.append(d.get("4", "dflt"))
            return out, len(s)

        def lists(n):
            a = []
            b = L()
            c = L2()
            out = []
            for i in range(n):
                a.append(i)
                a.append(a)
                a.append(10 ** 30 + i)
                b.append(i)
                c.append(i)
                out.append(a.pop() - 10 ** 30)
                out.append(a.pop() is a)
                out.append(c.pop())
                if i == 2:
                    L2.pop = lambda self, *args: "rebound pop"
                if i == 4:
                    del L2.pop
                    c.append("x")
            [].append(1)
            out.append([5, 6].pop())
            try:
                [].pop()
            except IndexError as e:
                out.append(("IndexError", str(e), e.__traceback__.tb_lineno))
            return out, a[:5], b, c

        def dicts(n):
            d = {"a": 1, 2: "two", 2 ** 80: "big"}
            sub = D(d)
            out = []
            key = "".join(["a", ""])
            for i in range(n):
                out.append(d.get(key))
                out.append(d.get(2, 0))
                out.append(d.get(2 ** 80))
                out.append(d.get(2.0))
                out.append(d.get(True, "t"))
                out.append(d.get("zz", i))
                out.append(d.get("zz", 10 ** 40 + i) - 10 ** 40)
                out.append(sub.get("a", i))
                if i == 1:
                    d[(1, 2)] = "tuple"
                out.append(d.get((1, 2), "no"))
            return out

        def strs(n):
            out = []
            t = Str("MiXeD")
            for i in range(n):
                w = "  Word,%d.  " % i
                out.append(w.strip().strip(",.").lower())
                out.append(w.split())
                out.append(w.split(",", 1))
                out.append(w.replace("o", "0", i % 3))
                out.append(w.find("d", 2))
                out.append(w.startswith(" "))
                out.append("-".join("abc"))
                out.append(t.lower())
                out.append(w.center(20, "*"))
                out.append(w.partition(","))
                out.append(w.count("o", 0, 10 ** 20))
                out.append(w.isdigit())
                out.append(w.strip(Str(" ")))
                try:
                    out.append(w.split(""))
                except ValueError as e:
                    out.append(("ValueError", str(e), e.__traceback__.tb_lineno))
                try:
                    out.append(w.strip(5))
                except TypeError as e:
                    out.append(("TypeError", str(e), e.__traceback__.tb_lineno))
                if i == 3:
                    Str.lower = lambda self: "rebound lower"
            del Str.lower
            return out

        class LenList(list):
            def __len__(self): return 99

        def lens(n):
            global len
            import builtins
            real = builtins.len
            out = []
            items = [[1, 2], (1,), "abc", "\U0001F600x", {1: 2}, {1, 2, 3}, frozenset(), LenList([1]), b"xy", range(4)]
            for i in range(n):
                for x in items:
                    out.append(len(x))
                out.append(len([i] * i))
                out.append(len(str(i) * 3))
                if i == 2:
                    len = lambda x: -1
                if i == 3:
                    del len
                    builtins.len = lambda x: -2
                if i == 4:
                    builtins.len = real
                try:
                    out.append(len(i))
                except TypeError as e:
                    out.append(("TypeError", str(e)))
            return out

        def unhandled(n):
            for i in range(n):
                "abc".index("c" if i < 4 else "z")

        def run(f, n):
            try:
                return f(n), log[:]
            except Exception as e:
                return type(e).__name__, str(e), e.__traceback__.tb_next.tb_lineno, log[:]
            finally:
                log.clear()

        report = [run(f, n) for f, n in ((sets, 8), (colliding, 3), (lists, 6), (dicts, 4), (strs, 5), (lens, 6), (unhandled, 6))]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void BuiltinMethodCallsAreTheInterpreters(string backend)
    {
        var expected = SameReport(backend, Shapes, ["sets", "colliding", "lists", "dicts", "strs", "lens", "unhandled"]);
        Assert.Contains("('S2.add rebound', 4)", expected);
        Assert.Contains("'rebound pop'", expected);
        Assert.Contains("'rebound lower'", expected);
        Assert.Contains("('eq', 1, 1, 'colliding'", expected); // the colliding keys' __eq__ ran from the general path
        Assert.Contains("('IndexError', 'pop from empty list'", expected);
        Assert.Contains("('ValueError', 'empty separator'", expected);
        Assert.Contains("('ValueError', 'substring not found'", expected);
        Assert.Contains("[2, 1, 3, 2, 1, 3, 0, 99, 2, 4, 0, 3, ('TypeError', \"object of type 'int' has no len()\")", expected);
        Assert.Contains("-1, -1", expected); // the global len
        Assert.Contains("-2, -2", expected); // builtins.len rebound
    }
}
