// The per-site caches of methods and getset attributes of builtin-type receivers
// (Runtime/Interpreter/Interpreter.BuiltinCalls.cs: NoDictMethod, NoDictGetSet) read by several
// real threads through the same sites while another thread changes what those sites must answer
// (not timed, both backends): a method of a dict-less list subclass patched and deleted, its
// __getattribute__ set and removed, and sites that see several receiver types at once. Every
// answer is checked against the states the writer can be in, and the final state must be seen.
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class BuiltinCallCacheStressTests
{
    private static void RunBoth(string source) => GuaranteeStressTests.RunBoth(source);

    [Fact]
    public void SubclassMethodPatchedAndHooked_ReadersSeeOneOfTheWritersStates()
    {
        RunBoth(GuaranteeStressTests.Prelude + """
            class L(list):
                __slots__ = ()
            def count_of(o, x): return o.count(x)
            N = 1500
            done = threading.Event()
            errors = []
            def writer():
                for i in range(N):
                    L.count = lambda self, x: -1
                    del L.count
                    L.__getattribute__ = lambda self, name: (lambda x: -2)
                    del L.__getattribute__
                L.count = lambda self, x: -3
                done.set()
            def reader(idx):
                mine = L([idx, idx, 7])
                plain = [idx, 7, 7, 7]
                t = (7,)
                while True:
                    finished = done.is_set()
                    a = count_of(mine, idx)
                    b = count_of(plain, 7)
                    c = count_of(t, 7)
                    if a not in (2, -1, -2, -3) or b != 3 or c != 1:
                        errors.append((idx, a, b, c))
                        return
                    if finished:
                        break
                if count_of(mine, idx) != -3:
                    errors.append((idx, "final", count_of(mine, idx)))
            w = threading.Thread(target=writer)
            w.start()
            run_threads(3, reader)
            w.join()
            assert not errors, errors[:5]
            print("ok")
            """);
    }

    [Fact]
    public void PolymorphicSites_ManyReceiverTypes_EveryThreadGetsItsOwnAnswers()
    {
        RunBoth(GuaranteeStressTests.Prelude + """
            import collections
            def get(d, k): return d.get(k)
            def real(x): return x.real
            def append(l, x): l.append(x)
            errors = []
            def reader(idx):
                ds = [{"k": idx}, collections.OrderedDict(k=idx), collections.defaultdict(int, k=idx), {"k": idx, "j": 0}]
                nums = [(idx, idx), (float(idx), float(idx)), (complex(idx, 1), float(idx)), (True, 1)]
                ls = [[], collections.deque(), bytearray()]
                for n in range(3000):
                    for d in ds:
                        if get(d, "k") != idx:
                            errors.append((idx, "get", d)); return
                    for v, want in nums:
                        if real(v) != want:
                            errors.append((idx, "real", v)); return
                    for l in ls:
                        append(l, idx % 256)
                for l in ls:
                    if len(l) != 3000 or l[0] != idx % 256:
                        errors.append((idx, "append", type(l).__name__, len(l))); return
            run_threads(4, reader)
            assert not errors, errors[:5]
            print("ok")
            """);
    }
}
