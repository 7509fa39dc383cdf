// Compiled code under concurrent change of what its caches hold (free-threaded: real threads, no
// timing). Two threads run the same compiled function while a third rebinds the globals it loads
// (an int and the function it calls), replaces the method it calls and the __init__ and __add__
// of the class it instantiates and adds, mutates the instances it reads and writes (an attribute
// deleted and re-added, a value changed, __class__ switched, __dict__ replaced) and resizes the
// list it indexes and iterates. Every value a reader sees must be one some version held, every
// store must land, and nothing may crash.
//
// The caches compiled code reads or writes, and where each is covered:
// - LOAD_GLOBAL's per-code cache (Interpreter.GlobalCache.cs: the globals table, its version, the
//   builtins table; one volatile read of the entry): here.
// - the attribute site caches (AttrCache.cs: class and version tag) read by the LOAD_ATTR,
//   LOAD_METHOD and STORE_ATTR hits (Interpreter.JitAttrs.cs), and the instances' inline values and
//   slots they read and swap under the instance's leaf section: here (method replaced, __class__,
//   layout changes) and JitInlinePathTests.HitPathsStaySoundWhileAnotherThreadChangesTheClass
//   (a property put on and taken off the class).
// - exact-list element reads and stores (BINARY_SUBSCR, STORE_SUBSCR hit, FOR_ITER's list
//   iterator) while the list resizes: here; UNPACK_SEQUENCE of a shared list:
//   JitUnpackTests.UnpackingASharedListNeverSeesItHalfChanged.
// - PyCode.Jit / JitState / JitCalls (compile once, publish with a release store):
//   BaselineJitTests.ThreadsCallingAFunctionWhileItIsCompiledAllGetItsResults.
// - the plain __init__ and binary-dunder lookups a compiled call enters directly (TypeOps.PlainInit,
//   PlainBinaryDunder: the type's own caches, read as the eval loop reads them): here (__init__ and
//   __add__ replaced on the class).
// - the math calls of the float and int chains (JitEmitter.MathCalls.cs) keep no cache: the callee
//   on the stack is tested at every call: here (math.sqrt rebound to a Python function and back).
// - the builtin method calls made without a spill (Interpreter.JitBuiltinMethods.cs) keep no cache:
//   the descriptor and self's type are tested at every call: here, in
//   BuiltinMethodCallsStaySoundWhileAThirdThreadRebindsAndCollides (a subclass's method rebound,
//   colliding keys with __eq__ put into and taken out of the shared set and dict the readers probe).
// - frames, the frame pool and the recursion counters are the calling thread's own: nothing shared.
using Xunit;
using static Vm.Tests.Runtime.BaselineJitTests;

namespace Vm.Tests.Runtime;

public sealed class CompiledCodeUnderConcurrentRebindingTests
{
    [Theory]
    [InlineData("free-threaded")]
    [InlineData("gil")]
    public void ReadersSeeOnlyValuesSomeVersionHeldWhileAThirdThreadRebindsAndMutates(string backend)
    {
        using var engine = Engine(backend, 2);
        engine.Execute("""
            import threading
            import math

            real_sqrt = math.sqrt

            def fake_sqrt(v):
                return -1.0

            class C:
                def m(self):
                    return 1

            class D:
                def m(self):
                    return 2

            def m3(self):
                return 3

            m1 = C.m

            class V:
                def __init__(self, x):
                    self.x = x
                def __add__(self, other):
                    return self.x + other.x

            def init2(self, x):
                self.x = x + 1

            def add2(self, other):
                return self.x + other.x + 1

            init1 = V.__init__
            add1 = V.__add__
            K = 10

            def helper1(x):
                return x + 1

            def helper2(x):
                return x + 2

            helper = helper1
            objs = [C() for _ in range(4)]
            for o in objs:
                o.a = 1
                o.b = 2
            L = [0, 0, 0]
            stop = [False]
            go = threading.Event()

            def work(w, n):
                bad = 0
                for i in range(n):
                    o = objs[i % 4]
                    k = K
                    if k != 10 and k != 20:
                        bad += 1
                    h = helper(i)
                    if h != i + 1 and h != i + 2:
                        bad += 1
                    r = o.m()
                    if r != 1 and r != 2 and r != 3:
                        bad += 1
                    a = o.a
                    if a != 1 and a != 5:
                        bad += 1
                    p = V(i)
                    q = p + p
                    if q < 2 * i or q > 2 * i + 3:
                        bad += 1
                    o.c = i
                    L[1] = i
                    v = L[2]
                    if type(v) is not int:
                        bad += 1
                    s = 0
                    for x in L:
                        s += x
                    f = float(i % 7)
                    y = math.sqrt(f * f) + 0.5
                    if y != f + 0.5 and y != -0.5:
                        bad += 1
                return bad

            def mutate():
                global K, helper
                j = 0
                while not stop[0]:
                    j += 1
                    K = 20 if K == 10 else 10
                    helper = helper2 if j & 1 else helper1
                    C.m = m3 if j & 2 else m1
                    o = objs[j % 4]
                    del o.b
                    o.b = j
                    o.a = 5 if j & 4 else 1
                    o.__class__ = D if j & 8 else C
                    if j % 16 == 0:
                        o.__dict__ = {"a": 1, "b": 2, "c": 0}
                    V.__init__ = init2 if j & 16 else init1
                    V.__add__ = add2 if j & 32 else add1
                    L.append(j)
                    L.pop()
                    math.sqrt = fake_sqrt if j & 64 else real_sqrt
                math.sqrt = real_sqrt
                return j

            def run(w, out):
                go.wait()
                out[w] = work(w, 20000)

            out = [None] * 2
            mutator_out = [0]
            def run_mutator():
                go.wait()
                mutator_out[0] = mutate()
            threads = [threading.Thread(target=run, args=(w, out)) for w in range(2)]
            m = threading.Thread(target=run_mutator)
            for t in threads + [m]:
                t.start()
            go.set()
            for t in threads:
                t.join()
            stop[0] = True
            m.join()
            ok = out == [0, 0] and mutator_out[0] > 0 and all(type(o.c) is int for o in objs) and len(L) == 3
            """);
        Assert.Equal(2, JitState(engine, "work"));
        Assert.Equal(true, engine.Evaluate("ok"));
    }

    [Theory]
    [InlineData("free-threaded")]
    [InlineData("gil")]
    public void BuiltinMethodCallsStaySoundWhileAThirdThreadRebindsAndCollides(string backend)
    {
        using var engine = Engine(backend, 2);
        engine.Execute("""
            import threading

            class K:
                def __init__(self, v): self.v = v
                def __hash__(self): return hash(self.v)
                def __eq__(self, other): return False

            class Sub(set):
                pass

            def add_neg(self, x):
                set.add(self, -x)

            shared = set(range(40))
            table = {i: i * 2 for i in range(10)}
            stop = [False]
            go = threading.Event()

            def work(w, n):
                bad = 0
                mine = Sub()
                lst = []
                for i in range(n):
                    k = i % 40
                    shared.add(k)
                    shared.discard((k + 20) % 40)
                    v = table.get(i % 10, -1)
                    if v != (i % 10) * 2:
                        bad += 1
                    mine.add(i % 7)
                    lst.append(i)
                    if lst.pop() != i:
                        bad += 1
                    if "AbC".lower() != "abc":
                        bad += 1
                for x in mine:
                    if x not in range(-6, 7):
                        bad += 1
                return bad

            def mutate():
                j = 0
                while not stop[0]:
                    j += 1
                    key = K(j % 40)
                    shared.add(key)
                    table[K(j % 10)] = "k"
                    Sub.add = add_neg if j & 1 else set.add
                    shared.discard(key)
                    del table[next(k for k in table if type(k) is K)]
                return j

            out = [None] * 2
            mutator_out = [0]
            def run(w):
                go.wait()
                out[w] = work(w, 20000)
            def run_mutator():
                go.wait()
                mutator_out[0] = mutate()
            threads = [threading.Thread(target=run, args=(w,)) for w in range(2)]
            m = threading.Thread(target=run_mutator)
            for t in threads + [m]:
                t.start()
            go.set()
            for t in threads:
                t.join()
            stop[0] = True
            m.join()
            ok = out == [0, 0] and mutator_out[0] > 0 and all(type(x) is int and 0 <= x < 40 for x in shared) and len(table) == 10
            """);
        Assert.Equal(2, JitState(engine, "work"));
        Assert.Equal(true, engine.Evaluate("ok"));
    }
}
