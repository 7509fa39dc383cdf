// The per-type instantiation plan (Objects/PyType.InitCache.cs, TypeOps.PlainInit) that both
// type.__call__ and the eval loop's inline __init__ (Interpreter.InitCalls.cs) read, exercised by
// real threads creating instances through the same CALL sites while another thread changes what
// instantiation must run (not timed, both backends): __init__ reassigned on the class and on a
// base, and a custom __new__ added and removed. Every instance is checked against the writer's
// states, readers never see an older state than one they already saw, and all see the last one.
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class InitPlanStressTests
{
    [Fact]
    public void InitReassigned_NewInstancesRunTheCurrentInit_NeverAnOlderOne()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + """
            class Base:
                def __init__(self, a):
                    self.k = 0
                    self.a = a
            class Leaf(Base):
                pass
            def make_init(k):
                def __init__(self, a):
                    self.k = k
                    self.a = a
                return __init__
            N = 1500
            done = threading.Event()
            errors = []
            def writer():
                for i in range(1, N + 1):
                    # Alternate between the class and its base: either change must reach Leaf.
                    if i % 2:
                        Leaf.__init__ = make_init(i)
                    else:
                        Base.__init__ = make_init(i)
                        del Leaf.__init__
                done.set()
            def reader(idx):
                last = 0
                while True:
                    finished = done.is_set()
                    o = Leaf(idx)
                    if o.a != idx or o.k < last:
                        errors.append((idx, last, o.k, o.a))
                        return
                    last = o.k
                    if finished:
                        break
                if last != N:
                    errors.append((idx, "final", last))
            ts = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
            ts.append(threading.Thread(target=writer))
            for t in ts: t.start()
            for t in ts: t.join()
            assert not errors, errors
            print("ok")
            """);
    }

    [Fact]
    public void CustomNewToggled_EveryInstanceComesFromTheProtocolInForce()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + """
            class C:
                def __init__(self, a):
                    self.a = a
                    self.seen_new = getattr(self, "from_new", False)
            def custom_new(cls, a):
                o = object.__new__(cls)
                o.from_new = True
                return o
            N = 1500
            done = threading.Event()
            errors = []
            counts = [0, 0]
            def writer():
                for i in range(N):
                    C.__new__ = custom_new
                    del C.__new__
                C.__new__ = custom_new
                done.set()
            def reader(idx):
                while True:
                    finished = done.is_set()
                    o = C(idx)
                    if o.a != idx or o.seen_new != hasattr(o, "from_new"):
                        errors.append((idx, o.__dict__))
                        return
                    counts[o.seen_new] += 1
                    if finished:
                        break
                if not C(idx).seen_new:
                    errors.append((idx, "final"))
            ts = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
            ts.append(threading.Thread(target=writer))
            for t in ts: t.start()
            for t in ts: t.join()
            assert not errors, errors
            print("ok")
            """);
    }
}
