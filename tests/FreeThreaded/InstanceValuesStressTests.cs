// Inline values of instances (Objects/PyInstance.cs, Runtime/Ops/InstanceDictOps.cs) read and
// written by several real threads on the same instances (not timed, both backends): concurrent
// stores of different and of the same attributes (no lost write, no torn value), deletes and
// re-adds, materialisation by vars() racing with stores, classes whose shared keys grow while
// other threads read, and __class__ / __dict__ assignment under readers. Every program checks
// its invariants with assert and prints "ok".
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class InstanceValuesStressTests
{
    private static void RunBoth(string source) => GuaranteeStressTests.RunBoth(source);

    [Fact]
    public void DisjointAttributesOfOneInstance_NoLostWrite()
    {
        RunBoth(GuaranteeStressTests.Prelude + """
            class Obj:
                pass
            o = Obj()
            K = 3000
            def w(i):
                name = "a%d" % i
                for j in range(K):
                    setattr(o, name, j)
                    if getattr(o, name) != j:
                        raise AssertionError((i, j))
                    o.shared = (i, j)
            run_threads(6, w)
            for i in range(6):
                assert getattr(o, "a%d" % i) == K - 1
            t = o.shared
            assert isinstance(t, tuple) and t[1] == K - 1, t
            assert len(vars(o)) == 7
            print("ok")
            """);
    }

    [Fact]
    public void NewAttributesAddedToTheSameFreshInstancesAtOnce_NoneLost()
    {
        // Every thread adds its own 7 attributes to each of the same fresh instances, so the
        // threads grow one values array together (and thread 0 materialises some): a store into an
        // array another thread has just replaced or frozen would be lost.
        RunBoth(GuaranteeStressTests.Prelude + """
            class C:
                pass
            names = [["t%d_%d" % (t, k) for k in range(7)] for t in range(4)]
            lost = []
            for rnd in range(4):
                objs = [C() for _ in range(4000)]
                def w(t):
                    mine = names[t]
                    for n, o in enumerate(objs):
                        for k in range(7):
                            setattr(o, mine[k], k)
                        if t == 0 and n % 5 == 0:
                            vars(o)
                run_threads(4, w)
                for n, o in enumerate(objs):
                    d = vars(o)
                    if len(d) != 28:
                        lost.append((rnd, n, len(d)))
                    for t in range(4):
                        for k in range(7):
                            if d.get(names[t][k]) != k:
                                lost.append((rnd, n, names[t][k]))
            assert not lost, (len(lost), lost[:5])
            print("ok")
            """);
    }

    [Fact]
    public void NewAttributesOnFreshInstances_SharedKeysGrowWhileOthersRead()
    {
        RunBoth(GuaranteeStressTests.Prelude + """
            class Grow:
                pass
            K = 40    # past the shared layout's 30 keys: later instances materialise
            R = 60
            errors = []
            def w(i):
                for r in range(R):
                    o = Grow()
                    names = ["n%d" % ((i * 7 + r + k) % K) for k in range(K)]
                    seen = []
                    for n in names:
                        if n in seen:
                            continue
                        seen.append(n)
                        setattr(o, n, n + "!")
                        if getattr(o, n) != n + "!":
                            errors.append((i, r, n))
                    if list(vars(o)) != seen:
                        errors.append((i, r, "order", list(vars(o))[:5], seen[:5]))
                    for n in seen:
                        if getattr(o, n) != n + "!":
                            errors.append((i, r, "after", n))
            run_threads(4, w)
            assert not errors, errors[:5]
            print("ok")
            """);
    }

    [Fact]
    public void StoresDeletesAndMaterialisationRacing_ReadersSeeOnlyWrittenValues()
    {
        RunBoth(GuaranteeStressTests.Prelude + """
            class P:
                def __init__(self):
                    self.x = 0
                    self.y = 0
                    self.z = 0
            N = 200
            objs = [P() for _ in range(N)]
            done = threading.Event()
            errors = []
            def writer(i):
                for rnd in range(1, 40):
                    for o in objs:
                        o.x = rnd
                        o.y = -rnd
                        if rnd % 3 == 0:
                            try:
                                del o.z
                            except AttributeError:
                                pass         # the other writer deleted it between its own del and re-add
                            o.z = rnd        # re-added last: dict order x, y, z stays
                        if rnd % 7 == 0 and i == 0:
                            vars(o)          # materialises while others read and write
            def reader(i):
                while not done.is_set():
                    for o in objs:
                        x = o.x
                        y = o.y
                        if not (isinstance(x, int) and 0 <= x < 40 and isinstance(y, int) and -40 < y <= 0):
                            errors.append((i, x, y))
                            return
                        z = getattr(o, "z", None)
                        if z is not None and not (0 <= z < 40):
                            errors.append((i, "z", z))
                            return
            rs = [threading.Thread(target=reader, args=(i,)) for i in range(2)]
            for t in rs: t.start()
            run_threads(2, writer)
            done.set()
            for t in rs: t.join()
            assert not errors, errors[:5]
            for o in objs:
                assert (o.x, o.y) == (39, -39), (o.x, o.y)
                assert set(vars(o)) == {"x", "y", "z"}, vars(o)
            print("ok")
            """);
    }

    [Fact]
    public void CounterPerThreadOnSharedInstances_EveryIncrementKept()
    {
        // Each thread owns one attribute of every shared instance: read-modify-write by its owner
        // alone, so no increment may be lost while the others store, delete and materialise.
        RunBoth(GuaranteeStressTests.Prelude + """
            class C:
                pass
            objs = [C() for _ in range(50)]
            K = 300
            def w(i):
                name = "c%d" % i
                for k in range(K):
                    for o in objs:
                        setattr(o, name, getattr(o, name, 0) + 1)
                        if k % 50 == 0:
                            o.tmp = i
                            try:
                                del o.tmp
                            except AttributeError:
                                pass           # another thread deleted it first
                    if i == 3 and k == K // 2:
                        for o in objs[::2]:
                            o.__dict__
            run_threads(4, w)
            for o in objs:
                for i in range(4):
                    assert getattr(o, "c%d" % i) == K, (i, getattr(o, "c%d" % i))
            print("ok")
            """);
    }

    [Fact]
    public void ClassAndDictAssignmentUnderReaders_ValuesFollowTheInstance()
    {
        RunBoth(GuaranteeStressTests.Prelude + """
            class A:
                def __init__(self):
                    self.p = "a-p"
                    self.q = "a-q"
            class B:
                def __init__(self):
                    self.q = "b-q"     # B's layout has q at index 0, p at 1
                    self.p = "b-p"
            B()
            objs = [A() for _ in range(300)]
            done = threading.Event()
            errors = []
            def reader(i):
                while not done.is_set():
                    for o in objs:
                        p = o.p
                        q = o.q
                        if p not in ("a-p", "d-p") or q not in ("a-q", "d-q"):
                            errors.append((i, p, q))
                            return
            def writer(i):
                for k, o in enumerate(objs):
                    o.__class__ = B if k % 2 else A
                    if k % 3 == 0:
                        o.__dict__ = {"p": "d-p", "q": "d-q"}
            rs = [threading.Thread(target=reader, args=(i,)) for i in range(2)]
            for t in rs: t.start()
            run_threads(1, writer)
            done.set()
            for t in rs: t.join()
            assert not errors, errors[:5]
            print("ok")
            """);
    }
}
