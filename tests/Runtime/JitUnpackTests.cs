// UNPACK_SEQUENCE in compiled code (src/Vm.Shared/Runtime/Compiler/Interpreter.JitUnpack.cs): up to four
// items of an exact tuple or list come back from JitUnpackSmallHit straight into the stack locals, on the
// free-threaded backend too (a list is read under its leaf critical section). The hit must give what the
// interpreter gives for every kind of sequence and length (misses run the step), and on the free-threaded
// backend never show a list half-way through another thread's change.
using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class JitUnpackTests
{
    public static TheoryData<string> Backends => BaselineJitTests.Backends;

    private const string Kernels = """
        class L(list):
            def __iter__(self):
                return iter(list(reversed(self)))

        class D:
            log = []
            def __init__(self, k):
                self.k = k
            def __del__(self):
                D.log.append(self.k)

        def one(s):
            (a,) = s
            return a

        def two(s):
            a, b = s
            return (a, b)

        def three(s):
            a, b, c = s
            return (c, b, a)

        def four(s):
            a, b, c, d = s
            return [d, c, b, a]

        def five(s):
            a, b, c, d, e = s
            return a + b + c + d + e

        def nested(pairs):
            t = 0.0
            for (([x1, y1], m1), ([x2, y2], m2)) in pairs:
                t += (x1 - x2) * m1 + (y1 - y2) * m2
            return t

        def fresh(x, y):
            a, b = [x, y]
            c, d = (y, x)
            return (a, b, c, d)

        def floating_dels():
            a, b = [D(1), D(2)]
            a = None
            b = None
            return list(D.log)

        def attempt(f, s):
            try:
                return f(s)
            except ValueError as e:
                return "ValueError: " + str(e)

        pairs = [(([1.0, 2.0], 3.0), ([0.5, -1.0], 2.0)), (([4.0, 4.0], 1.0), ([2.0, 1.0], 0.5))]
        results = [
            one([7]), one((8,)), two([1, 2]), two((3, 4)), two("ab"), three([1, 2, 3]), three((4, 5, 6)),
            three(range(3)), four([1, 2, 3, 4]), four((5, 6, 7, 8)), four(L([1, 2, 3, 4])), five([1, 2, 3, 4, 5]),
            nested(pairs), fresh(1, 2), floating_dels(),
            attempt(two, [1, 2, 3]), attempt(three, (1, 2)), attempt(four, [1]), attempt(one, []),
            attempt(three, L([1, 2])), attempt(two, [9]),
        ]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void CompiledUnpackingGivesTheInterpretersResults(string backend)
    {
        using var interpreted = BaselineJitTests.Engine(backend, 0);
        interpreted.Execute(Kernels);
        using var compiled = BaselineJitTests.Engine(backend, 2);
        compiled.Execute(Kernels);
        foreach (var f in new[] { "one", "two", "three", "four", "five", "nested", "fresh", "floating_dels" })
            Assert.Equal(2, BaselineJitTests.JitState(compiled, f));
        Assert.Equal(interpreted.Evaluate("repr(results)"), compiled.Evaluate("repr(results)"));
    }

    [Fact]
    public void UnpackingASharedListNeverSeesItHalfChanged()
    {
        // Free-threaded: three threads run compiled code unpacking one shared list into three names
        // while a fourth keeps replacing its contents, all items equal, alternately with three and four
        // items. Each unpack sees one whole version (three equal items) or raises ValueError for four.
        using var engine = BaselineJitTests.Engine("free-threaded", 2);
        engine.Execute("""
            import threading

            shared = [0, 0, 0]
            stop = [False]

            def unpack(lst, n):
                torn = 0
                for i in range(n):
                    a, b, c = lst
                    if a != b or b != c:
                        torn += 1
                return torn

            def reader(w, out):
                torn = errors = 0
                for r in range(400):
                    try:
                        torn += unpack(shared, 50)
                    except ValueError:
                        errors += 1
                out[w] = (torn, errors)

            def writer():
                k = 0
                while not stop[0]:
                    k += 1
                    shared[:] = [k] * (3 + (k & 1))

            out = [None] * 3
            readers = [threading.Thread(target=reader, args=(w, out)) for w in range(3)]
            replacer = threading.Thread(target=writer)
            for t in [replacer] + readers: t.start()
            for t in readers: t.join()
            stop[0] = True
            replacer.join()
            torn = sum(t for t, _ in out)
            """);
        Assert.Equal(2, BaselineJitTests.JitState(engine, "unpack"));
        Assert.Equal(0L, engine.Evaluate("torn"));
    }
}
