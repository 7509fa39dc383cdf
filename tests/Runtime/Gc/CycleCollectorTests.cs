// The cycle collector end to end through the gc module, on both backends: cycles freed with their
// __del__ and weakref callbacks, PEP 442 resurrection, value-stack roots, automatic collection by
// the candidate threshold, gc.callbacks, DEBUG_SAVEALL, and (free-threaded) collections while other
// threads build and drop cycles.
using Vm.FreeThreaded;
using Vm.Gil;
using Vm.Hosting;
using Vm.Runtime;
using Xunit;

namespace Vm.Tests.Runtime.Gc;

public sealed class CycleCollectorTests
{
    private static void RunBoth(string source, string expected)
    {
        foreach (var backend in new[] { "gil", "free-threaded" })
        {
            var path = Path.Combine(Path.GetTempPath(), $"gcref_{Guid.NewGuid():N}.py");
            File.WriteAllText(path, source);
            try
            {
                Func<RuntimeOptions, PyRuntime> create = backend == "gil" ? o => GilEngine.Create(o) : o => FreeThreadedEngine.Create(o);
                var r = CapturedRun.RunFile(create, path, timeoutMs: 120_000);
                Assert.True(r.Status == 0 && r.Stdout == expected,
                    $"{backend}: exit {r.Status}\n--- stdout\n{r.Stdout}\n--- expected\n{expected}\n--- stderr\n{r.Stderr}");
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    private const string Node = """
        import gc, weakref
        freed = []
        class Node:
            def __init__(self, name):
                self.name = name
                self.peer = None
            def __del__(self):
                freed.append(self.name)

        """;

    [Fact]
    public void Collect_FreesACycle_RunsDel_AndCountsTheUnreachable()
    {
        RunBoth(Node + """
            a, b = Node("a"), Node("b")
            a.peer, b.peer = b, a
            del a, b
            print(freed)
            n = gc.collect()
            print(sorted(freed), n >= 2, gc.collect())
            """, "[]\n['a', 'b'] True 0\n");
    }

    [Fact]
    public void Resurrection_KeepsTheObject_AndDelRunsOnlyOnce()
    {
        RunBoth("""
            import gc
            saved = []
            runs = []
            class Phoenix:
                def __del__(self):
                    runs.append(1)
                    saved.append(self)
            p = Phoenix()
            p.me = p
            del p
            gc.collect()
            print(len(runs), len(saved), saved[0].me is saved[0], gc.is_finalized(saved[0]))
            saved.clear()
            gc.collect()
            print(len(runs))
            """, "1 1 True True\n1\n");
    }

    [Fact]
    public void ValueOnTheStack_DuringACollection_IsNotFreed()
    {
        RunBoth(Node + """
            def make():
                n = Node("on-stack")
                n.peer = n
                return n
            def show(node, collected):
                return node.name, node.peer is node, freed
            print(show(make(), gc.collect()))
            gc.collect()
            print(freed)
            """, "('on-stack', True, [])\n['on-stack']\n");
    }

    [Fact]
    public void WeakRefCallbacks_RunForCollectedReferents_OnlyWhileTheRefLives()
    {
        RunBoth(Node + """
            got = []
            a = Node("a"); a.peer = a
            wa = weakref.ref(a, lambda r: got.append("a"))
            b = Node("b"); b.peer = b
            b.ref = weakref.ref(b, lambda r: got.append("b"))   # the weakref dies with its referent
            del a, b
            gc.collect()
            print(got, wa() is None, sorted(freed))
            """, "['a'] True ['a', 'b']\n");
    }

    [Fact]
    public void Threshold_SchedulesAutomaticCollections_AndDisableStopsThem()
    {
        RunBoth(Node + """
            gc.collect()
            gc.disable()
            for i in range(300):
                n = Node(i); n.peer = n
            del n
            print("disabled:", len(freed))
            gc.enable()
            gc.set_threshold(50)
            for i in range(300):
                n = Node(i); n.peer = n
            del n
            print("enabled:", len(freed) > 200, gc.get_threshold()[0])
            """, "disabled: 0\nenabled: True 50\n");
    }

    [Fact]
    public void Callbacks_SeeStartAndStop_AndSaveAllKeepsTheGarbage()
    {
        RunBoth(Node + """
            phases = []
            gc.callbacks.append(lambda phase, info: phases.append((phase, info["generation"])))
            gc.collect()
            gc.callbacks.clear()
            print(phases)
            gc.set_debug(gc.DEBUG_SAVEALL)
            x = [1]; x.append(x)
            del x
            gc.collect()
            print(len(gc.garbage), gc.garbage[0][0])
            gc.set_debug(0)
            """, "[('start', 2), ('stop', 2)]\n1 1\n");
    }

    [Fact]
    public void ClosureCycles_AndGeneratorsInCycles_AreCollected()
    {
        RunBoth(Node + """
            def outer():
                n = Node("closure")
                def rec():
                    return rec, n
                n.peer = rec
                return rec
            r = outer()
            del r
            gc.collect()
            print(freed)
            """, "['closure']\n");
    }

    [Fact]
    public void CollectWhileOtherThreadsMakeAndDropCycles_FreesEveryCycleOnce()
    {
        // Four threads build cycles (and mutate a shared list) while the main thread and the
        // workers collect: every Node is finalised exactly once, and nothing reachable is freed.
        RunBoth("""
            import gc, threading
            lock = threading.Lock()
            count = {}
            shared = []
            class Node:
                def __init__(self, k):
                    self.k = k
                    self.peer = self
                def __del__(self):
                    with lock:
                        count[self.k] = count.get(self.k, 0) + 1
            def work(t):
                for i in range(400):
                    n = Node((t, i))
                    keep = Node(("keep", t, i))
                    shared.append(keep)
                    if i % 50 == 0:
                        gc.collect()
                    del n
            ts = [threading.Thread(target=work, args=(t,)) for t in range(4)]
            for t in ts: t.start()
            for _ in range(20): gc.collect()
            for t in ts: t.join()
            gc.collect()
            assert all(v == 1 for v in count.values()), [k for k, v in count.items() if v != 1]
            assert len([k for k in count if k[0] != "keep"]) == 1600, len(count)
            assert not any(k[0] == "keep" for k in count)
            assert all(n.peer is n for n in shared)
            shared.clear()
            gc.collect()
            assert len(count) == 3200, len(count)
            print("ok")
            """, "ok\n");
    }
}
