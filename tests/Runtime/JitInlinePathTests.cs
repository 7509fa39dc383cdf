// The baseline compiler's inline hit paths (src/Vm.Shared/Runtime/Compiler/Interpreter.JitAttrs.cs,
// JitEmitter.Attrs.cs, JitEmitter.Floats.cs): compiled code answers LOAD_ATTR / LOAD_METHOD /
// STORE_ATTR / STORE_SUBSCR from the interpreter's site caches without a spill and keeps float
// intermediates unboxed; the fast path must give what the interpreter gives (the corpus program
// speed_caches/jit_inline_paths.py covers the invalidations one by one), and, on the free-threaded
// backend, stay sound while other threads change the class and the objects under it.
using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class JitInlinePathTests
{
    public static TheoryData<string> Backends => BaselineJitTests.Backends;

    private static PythonEngine Engine(string backend, int jitMode) => BaselineJitTests.Engine(backend, jitMode);

    private static int JitState(PythonEngine engine, string function) => BaselineJitTests.JitState(engine, function);

    private const string Kernels = """
        class V:
            __slots__ = ("x", "y")
            def __init__(self, x, y):
                self.x = x
                self.y = y

        class Body:
            def __init__(self, pos, mass):
                self.pos = pos
                self.mass = mass
                self.hits = 0

        def step(bodies, dt, n):
            for _ in range(n):
                for b in bodies:
                    p = b.pos
                    dx = p.x * dt - p.y * 0.5
                    dy = p.y * dt + p.x * p.x * 1e-3
                    p.x = p.x + dx * b.mass
                    p.y = p.y - dy / (b.mass + 1.0)
                    b.hits = b.hits + 1
            out = []
            for b in bodies:
                out.append((b.pos.x, b.pos.y, b.hits))
            return out

        def items(lst, n):
            for i in range(n):
                k = i % len(lst)
                lst[k] = lst[k] * 1.5 - lst[-1 - k] * 0.25 + i
                lst[-1] = i * i * i * 1000000 * 1000000 * 1000000
            return lst

        def methods(bodies, n):
            out = []
            for i in range(n):
                for b in bodies:
                    out.append(b.pos.x > 0.0)
            return out.count(True)

        bodies = [Body(V(float(i) + 0.5, 1.0 - i), 1.0 + i) for i in range(5)]
        result = (step(bodies, 0.01, 200), items([1.0, 2, 3.5, -0.0, float("inf")], 40), methods(bodies, 30))
        """;

    [Theory, MemberData(nameof(Backends))]
    public void CompiledHitPathsGiveTheInterpretersResults(string backend)
    {
        using var interpreted = Engine(backend, 0);
        interpreted.Execute(Kernels);
        using var compiled = Engine(backend, 2);
        compiled.Execute(Kernels);
        foreach (var f in new[] { "step", "items", "methods" }) Assert.Equal(2, JitState(compiled, f));
        Assert.Equal(interpreted.Evaluate("repr(result)"), compiled.Evaluate("repr(result)"));
    }

    // LOAD_ATTR of a receiver a fast local holds skips the floating test (JitLoadAttrHitOfLocal), and so do
    // BINARY_SUBSCR and STORE_SUBSCR of such a list, also through the stack shuffles of `l[k] += x`; one
    // pushed by a call or a display is floating and freed by the instruction (its __del__, or its items',
    // runs before the next line), and so is one that reaches it through a jump when the instruction
    // before it is a LOAD_FAST.
    private const string ReceiverKernels = """
        log = []
        class D:
            def __init__(self, tag):
                self.tag = tag
            def __del__(self):
                log.append("del " + self.tag)

        def attrs(n):
            keep = D("kept")
            for i in range(n):
                a = keep.tag
                b = D("fresh%d" % i).tag
                log.append("after fresh")
                c = (D("branch%d" % i) if i % 2 else keep).tag
                log.append("after branch")
                log.append(a + b + c)
            return len(log)

        def subs(n):
            keep = [D("k0"), D("k1")]
            spare = [None]
            nums = [0, 0]
            for i in range(n):
                a = keep[1].tag
                b = ([D("sub%d" % i)] if i % 2 else keep)[0].tag
                log.append("after sub")
                ([D("old%d" % i)] if i % 2 else spare)[0] = D("new%d" % i)
                log.append("after store")
                keep[1] = D("k%d" % (i + 2))
                nums[1] += i
                [i, D("aug%d" % i)][0] += 1
                log.append("after aug")
                log.append(a + b)
            return len(log)

        attrs(6)
        subs(6)
        result = log[:]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void AttributeLoadsOfLocalsAndOfFloatingReceiversGiveTheInterpretersResults(string backend)
    {
        var (interpreted, compiled) = BaselineJitTests.RunBoth(backend, ReceiverKernels);
        using var _i = interpreted;
        using var _c = compiled;
        Assert.Equal(2, JitState(compiled, "attrs"));
        Assert.Equal(2, JitState(compiled, "subs"));
        Assert.Equal(true, interpreted.Evaluate("result[result.index('del branch1') + 1] == 'after branch'"));
        Assert.Equal(interpreted.Evaluate("repr(result)"), compiled.Evaluate("repr(result)"));
    }

    [Fact]
    public void HitPathsStaySoundWhileAnotherThreadChangesTheClass()
    {
        // Free-threaded: four threads run a compiled loop reading and storing attributes of shared
        // instances and items of a shared list while a fifth keeps adding and removing a property
        // of the class. Every read is the instance's int or the property's value, never anything
        // else, and every store lands (the instance holds an int the loop stored).
        using var engine = Engine("free-threaded", 2);
        engine.Execute("""
            import threading

            class C:
                def __init__(self):
                    self.x = 0
                    self.y = 0.0

            shared = [C() for _ in range(4)]
            cells = [0.0] * 8
            stop = [False]
            bad = []

            def work(w, n):
                seen_prop = 0
                for i in range(n):
                    o = shared[i % 4]
                    v = o.x
                    if v == "prop":
                        seen_prop += 1
                    elif type(v) is not int:
                        bad.append(v)
                    o.y = o.y * 0.5 + 1.0
                    cells[(w + i) % 8] = o.y * 2.0 + 0.25
                return seen_prop

            def flip():
                while not stop[0]:
                    C.x = property(lambda self: "prop", lambda self, v: None)
                    del C.x
            """);
        engine.Execute(WorkBesideFlip);
        engine.Execute("""
            for o in shared:
                o.x = 5
            ok = (bad == [] and all(type(n) is int for n in out)
                  and all(type(c) is float for c in cells) and all(o.x == 5 for o in shared))
            """);
        Assert.Equal(2, JitState(engine, "work"));
        Assert.Equal(true, engine.Evaluate("ok"));
    }

    /// <summary>Runs work(w, 20000) on four threads (out[w] its result) while flip() runs on a fifth until they end.</summary>
    private const string WorkBesideFlip = """
        import threading

        def run(w, out):
            out[w] = work(w, 20000)

        out = [None] * 4
        flipper = threading.Thread(target=flip)
        flipper.start()
        threads = [threading.Thread(target=run, args=(w, out)) for w in range(4)]
        for t in threads: t.start()
        for t in threads: t.join()
        stop[0] = True
        flipper.join()
        """;

    private const string DictKernels = """
        class Gone:
            freed = []
            def __init__(self, n):
                self.n = n
            def __del__(self):
                Gone.freed.append(self.n)

        def count(words, n):
            counts = {}
            for _ in range(n):
                for w in words:
                    counts[w] = counts.get(w, 0) + 1
            return counts

        def ints(d, n):
            for i in range(n):
                d[i % 7] = i
                d[2 ** 70 + i % 3] = -i
                d[i % 2 == 0] = i
            return d

        def replace(d, n):
            order = []
            for i in range(n):
                d["k"] = Gone(i)
                order.append(len(Gone.freed))
            return order

        def general(n):
            g = {(1, 2): 0}
            for i in range(n):
                g[1] = i
                g[1.0] = -i
                g["s"] = i
            return g

        words = "the cat and the dog and the end".split()
        result = (count(words, 50), ints({}, 60), replace({}, 20), Gone.freed[:], general(30))
        """;

    [Theory, MemberData(nameof(Backends))]
    public void CompiledDictStoresGiveTheInterpretersResults(string backend)
    {
        using var interpreted = Engine(backend, 0);
        interpreted.Execute(DictKernels);
        using var compiled = Engine(backend, 2);
        compiled.Execute(DictKernels);
        foreach (var f in new[] { "count", "ints", "replace", "general" }) Assert.Equal(2, JitState(compiled, f));
        Assert.Equal(interpreted.Evaluate("repr(result)"), compiled.Evaluate("repr(result)"));
    }

    [Fact]
    public void DictStoreHitsStaySoundWhileAnotherThreadAddsGeneralKeys()
    {
        // Free-threaded: four threads store plain keys into one shared dict from compiled code while a
        // fifth keeps adding and removing a tuple key (from its first insertion on, the dict's keys are
        // not all plain: stores that raced with it took the hit, the later ones the step). Every store
        // lands: each thread's last values are there, and nothing else.
        using var engine = Engine("free-threaded", 2);
        engine.Execute("""
            import threading

            shared = {}
            stop = [False]

            def work(w, n):
                for i in range(n):
                    shared["w%d-%d" % (w, i % 16)] = i
                    shared[w * 100 + i % 16] = i
                return n

            def flip():
                while not stop[0]:
                    shared[(1, 2)] = 0
                    del shared[(1, 2)]
            """);
        engine.Execute(WorkBesideFlip);
        engine.Execute("""
            ok = (all(shared["w%d-%d" % (w, k)] == 19984 + k for w in range(4) for k in range(16))
                  and all(shared[w * 100 + k] == 19984 + k for w in range(4) for k in range(16))
                  and len(shared) == 128)
            """);
        Assert.Equal(2, JitState(engine, "work"));
        Assert.Equal(true, engine.Evaluate("ok"));
    }
}
