// Entering a compiled body at a loop head in the middle of a frame Eval was running
// (Runtime/Compiler/JitEmitter.Loops.cs, Interpreter.JitLoops.cs): a script's top-level loops
// (LOAD_NAME / STORE_NAME), a function called once, nested loops (iterators on the stack), a loop
// whose body catches exceptions (the handler runs in Eval, which hands the frame back at a later
// back edge), a loop inside an except clause (its head is not compiled: Eval keeps it) and a
// generator's loop between yields all give the interpreter's results, and the entries happen.
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class CompiledLoopEntryTests
{
    private const string Loops = """
        total = 0
        for i in range(30000):
            total += i % 7
        d = {}
        i = 0
        while i < 30000:
            d[i % 13] = d.get(i % 13, 0) + i
            i += 1

        def once(n):
            s = 0.0
            caught = []
            for k in range(n):
                s += k * 0.5
                try:
                    if k % 9000 == 4:
                        raise ValueError(k)
                except ValueError as e:
                    caught.append(e.args[0])
            return s, caught

        def nested(n):
            out = 0
            for a in range(3):
                for b in range(n):
                    out += a * b
            return out

        def in_handler(n):
            try:
                raise KeyError(n)
            except KeyError:
                t = 0
                for k in range(n):
                    t += k
                return t

        def gen(n):
            m = 0
            for k in range(n):
                m += k
            yield m
            while m > 0:
                m -= 3
            yield m

        results = (total, sorted(d.items()), once(30000), nested(20000), in_handler(30000), list(gen(30000)))
        """;

    [Theory, MemberData(nameof(BaselineJitTests.BackendsAndModes), MemberType = typeof(BaselineJitTests))]
    public void LoopsEnteredCompiledMidFrameGiveTheInterpretersResults(string backend, int jitMode)
    {
        var (interpreted, compiled) = BaselineJitTests.RunBoth(backend, Loops, jitMode);
        using var _i = interpreted;
        using var _c = compiled;
        Assert.Equal(0, interpreted.Runtime.JitLoopEntries); // the interpreter never hands a frame over
        Assert.Equal(interpreted.Evaluate("repr(results)"), compiled.Evaluate("repr(results)"));
        Assert.Equal("(89995, 13, (224992500.0, [4, 9004, 18004, 27004]), 599970000, 449985000, [449985000, 0])",
            compiled.Evaluate("repr((results[0], len(results[1]), results[2], results[3], results[4], results[5]))"));
        // the module's two loops, once, nested and gen (counted mode: after 4 x 2^13 back edges, so not all);
        // never in_handler's loop: handler code is not in the compiled body (PyCode.JitLoopHeads)
        Assert.True(compiled.Runtime.JitLoopEntries >= (jitMode == 2 ? 4 : 1), $"{compiled.Runtime.JitLoopEntries} loop-head entries");
    }
}
