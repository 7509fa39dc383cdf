// `for a, b in it` in compiled code (src/Vm.Shared/Runtime/Compiler/JitEmitter.Unpack.cs, ForIterPair;
// Interpreter.JitSeqOps.cs, JitForIterPair): over an iterator with pairs (enumerate, zip of two, dict
// items) FOR_ITER then UNPACK_SEQUENCE 2 takes the pair without its 2-tuple, as Eval's FOR_ITER does. It
// must unpack what the interpreter unpacks, raise where it raises, and free the same objects.
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledPairIterationTests
{
    public static TheoryData<string> Backends => BaselineJitTests.Backends;

    private const string Pairs = """
        import traceback

        class D:
            log = []
            def __init__(self, k):
                self.k = k
            def __del__(self):
                D.log.append(self.k)

        def failing(n):
            for i in range(n):
                if i == 2:
                    raise ValueError(i)
                yield i

        def enum_sum(xs):
            t = 0
            for i, x in enumerate(xs):
                t += i * x
            return t

        def zipped(a, b):
            return [p - q for p, q in zip(a, b)]

        def items(d):
            out = []
            for k, v in d.items():
                out.append((k, v))
            return out

        def keys_of_fresh():
            for i, d in enumerate([D(1), D(2)]):
                D.log.append(("saw", i, d.k))
            return D.log

        def raising():
            try:
                for i, x in enumerate(failing(5)):
                    pass
            except ValueError as e:
                return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]

        def bad_unpack():
            try:
                for a, b in enumerate([1, 2]):
                    pass
                for a, b in zip([1], [2], [3]):
                    pass
            except ValueError as e:
                return str(e)

        def not_pairs():
            return [a + b for a, b in [(1, 2), (3, 4)]], [a + b for a, b in map(tuple, ["ab", "cd"])]

        results = (enum_sum([1, 2, 3, 4]), zipped([5, 6, 7], [1, 2]), items({"a": 1, "b": 2}),
                   keys_of_fresh(), raising(), bad_unpack(), not_pairs())
        """;

    [Theory, MemberData(nameof(Backends))]
    public void ForOverAnIteratorWithPairsInCompiledCodeIsTheInterpreters(string backend)
    {
        var (interpreted, compiled) = RunBoth(backend, Pairs);
        using var _i = interpreted;
        using var _c = compiled;
        foreach (var f in new[] { "enum_sum", "zipped", "items", "keys_of_fresh", "bad_unpack" })
            Assert.Equal(2, JitState(compiled, f));
        var expected = (string)interpreted.Evaluate("repr(results)")!;
        Assert.Equal(expected, compiled.Evaluate("repr(results)"));
        Assert.Equal("(20, [4, 4], [('a', 1), ('b', 2)], [('saw', 0, 1), ('saw', 1, 2), 1, 2], " +
            "[('raising', 38), ('failing', 13)], 'too many values to unpack (expected 2)', ([3, 7], ['ab', 'cd']))", expected);
    }
}
