// The per-site attribute caches of LOAD_ATTR / LOAD_METHOD / STORE_ATTR
// (Runtime/Interpreter/Interpreter.AttrCache.cs) read by several real threads through the same
// sites while another thread changes what those sites must answer (not timed, both backends):
// class attributes and methods reassigned, descriptors added and removed, __bases__ switched,
// instance __dict__ entries deleted and re-added across table resizes. Every read is checked
// against the states the writer can be in, and the final state must be seen by everyone.
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class AttrSiteCacheStressTests
{
    private static void RunBoth(string source) => GuaranteeStressTests.RunBoth(source);

    internal const string Prelude = GuaranteeStressTests.Prelude + """
        def get_x(o): return o.x
        def get_v(o): return o.v
        def call_m(o): return o.m()
        def set_y(o, v): o.y = v
        def run_readers_and_writer(reader, writer, readers=3):
            ts = [threading.Thread(target=reader, args=(i,)) for i in range(readers)]
            ts.append(threading.Thread(target=writer))
            for t in ts: t.start()
            for t in ts: t.join()

        """;

    [Fact]
    public void ClassAttributesReassigned_ReadersNeverGoBackwards_AndSeeTheLastValue()
    {
        RunBoth(Prelude + """
            class Base:
                v = 0
                def m(self): return 0
            class Leaf(Base):
                pass
            N = 2000
            done = threading.Event()
            errors = []
            def writer():
                for i in range(1, N + 1):
                    Base.v = i
                    Base.m = (lambda k: lambda self: k)(i)
                done.set()
            def reader(idx):
                o = Leaf()
                last_v = last_m = 0
                while True:
                    finished = done.is_set()
                    v = get_v(o)
                    m = call_m(o)
                    if v < last_v or m < last_m:
                        errors.append((idx, last_v, v, last_m, m))
                        return
                    last_v, last_m = v, m
                    if finished:
                        break
                if (last_v, last_m) != (N, N):
                    errors.append((idx, "final", last_v, last_m))
            ts = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
            ts.append(threading.Thread(target=writer))
            for t in ts: t.start()
            for t in ts: t.join()
            assert not errors, errors
            print("ok")
            """);
    }

    [Fact]
    public void DescriptorsAndBasesToggled_EveryReadIsOneOfTheWritersStates()
    {
        RunBoth(Prelude + """
            class A:
                def m(self): return "A"
            class B:
                def m(self): return "B"
            class C(A):
                pass
            class T:
                pass
            N = 1500
            done = threading.Event()
            errors = []
            def writer():
                for i in range(N):
                    C.__bases__ = (B,) if i % 2 == 0 else (A,)
                    T.x = property(lambda self: "prop")
                    del T.x
                    T.x = 5          # a class value: the instance's own x shadows it
                    del T.x
                C.__bases__ = (B,)
                T.x = property(lambda self: "final")
                done.set()
            def reader(idx):
                c = C()
                t = T()
                t.x = "inst"
                seen = set()
                while True:
                    finished = done.is_set()
                    m = call_m(c)
                    x = get_x(t)
                    if m not in ("A", "B") or x not in ("prop", "inst", "final"):
                        errors.append((idx, m, x))
                        return
                    seen.add(x)
                    # stores go through the cached class lookup: a property without a setter must refuse
                    try:
                        set_y(t, idx)
                    except AttributeError as e:
                        errors.append((idx, "store", str(e)))
                        return
                    if finished:
                        break
                if (call_m(c), get_x(t)) != ("B", "final"):
                    errors.append((idx, "final", call_m(c), get_x(t)))
            ts = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
            ts.append(threading.Thread(target=writer))
            for t in ts: t.start()
            for t in ts: t.join()
            assert not errors, errors[:5]
            print("ok")
            """);
    }

    [Fact]
    public void InstanceDictEntriesDeletedAndResized_ReadsGiveTheNamesValueOrAttributeError()
    {
        RunBoth(Prelude + """
            class P:
                pass
            shared = P()
            shared.a = "a"; shared.b = "b"; shared.x = "x"
            N = 3000
            done = threading.Event()
            errors = []
            def writer():
                for i in range(N):
                    del shared.x
                    setattr(shared, "k%d" % (i % 40), i)   # grows the table (resizes) now and then
                    shared.x = "x"
                    if i % 97 == 0:
                        shared.__dict__ = {"x": "x", "a": "a"}
                done.set()
            def reader(idx):
                # private objects with other layouts run through the same site, so the cached
                # index keeps being refilled for other tables
                mine = [P() for _ in range(4)]
                for j, o in enumerate(mine):
                    for k in range(j):
                        setattr(o, "p%d" % k, k)
                    o.x = ("mine", j)
                got = 0
                while True:
                    finished = done.is_set()
                    try:
                        v = get_x(shared)
                    except AttributeError:
                        v = None
                    if v is not None:
                        if v != "x":
                            errors.append((idx, v))
                            return
                        got += 1
                    for j, o in enumerate(mine):
                        if get_x(o) != ("mine", j):
                            errors.append((idx, "mine", j, get_x(o)))
                            return
                    if finished:
                        break
                if get_x(shared) != "x" or got == 0:
                    errors.append((idx, "final", got))
            ts = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
            ts.append(threading.Thread(target=writer))
            for t in ts: t.start()
            for t in ts: t.join()
            assert not errors, errors[:5]
            print("ok")
            """);
    }

    [Fact]
    public void StoresWhileSharedKeysGrow_EveryStoreLandsUnderItsOwnName()
    {
        // STORE_ATTR's site keeps the name's shared-key index as a hint (AttrCache.cs, StoreEntry)
        // while other threads append new names to the same class's keys, add and delete
        // attributes (the dict takes over) and switch __class__ between two layouts.
        RunBoth(Prelude + """
            class K:
                pass
            class L:
                pass
            N = 400
            errors = []
            def worker(idx):
                objs = [K() for _ in range(4)]
                for i in range(N):
                    for j, o in enumerate(objs):
                        set_y(o, (idx, i))
                        setattr(o, "t%d_%d" % (idx, i % 25), i)
                        if (i + j) % 7 == 0:
                            del o.y
                            set_y(o, (idx, i))
                        if (i + j) % 11 == 0:
                            o.__class__ = L if type(o) is K else K
                        if o.y != (idx, i) or getattr(o, "t%d_%d" % (idx, i % 25)) != i:
                            errors.append((idx, i, j, vars(o).get("y")))
                            return
                for o in objs:
                    names = [k for k in vars(o) if k != "y"]
                    if any(not k.startswith("t%d_" % idx) for k in names):
                        errors.append((idx, "foreign", names))
                        return
            ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
            for t in ts: t.start()
            for t in ts: t.join()
            assert not errors, errors[:5]
            print("ok")
            """);
    }

    [Fact]
    public void SlotMemberToggledWithAProperty_StoresAndLoadsFollowTheClass()
    {
        // STORE_ATTR's entry kinds (StoreSlot, StoreProperty) are decided at the fill under the
        // version tag: while a writer swaps the class attribute `y` between the __slots__ member
        // and a property that logs and redirects stores, every store must land where the class at
        // that moment sends it, and a reader's own slot must never be overwritten by another's.
        RunBoth(Prelude + """
            class S:
                __slots__ = ("y", "z")
            member = S.y
            redirect = property(lambda self: ("prop", self.z), lambda self, v: setattr(self, "z", v))
            N = 1500
            done = threading.Event()
            errors = []
            def landed(o, v):
                # in z at once (the property's store), or in the member, readable once the class has it again
                for _ in range(200000):
                    try:
                        if o.z == v:
                            return True
                    except AttributeError:
                        pass
                    try:
                        if o.y == v:
                            return True
                    except AttributeError:
                        pass
                    if done.is_set() and S.__dict__["y"] is member and o.y != v:
                        return False
                return False
            def writer():
                for i in range(N):
                    S.y = redirect
                    S.y = member
                done.set()
            def reader(idx):
                o = S()
                i = 0
                while True:
                    finished = done.is_set()
                    i += 1
                    set_y(o, (idx, i))
                    # the member holds our store, or the property redirected it into z
                    if not landed(o, (idx, i)):
                        errors.append((idx, i))
                        return
                    if finished:
                        break
                set_y(o, "last")
                if o.y != "last":
                    errors.append((idx, "final", o.y))
            run_readers_and_writer(reader, writer)
            assert not errors, errors[:5]
            print("ok")
            """);
    }

    [Fact]
    public void SharedInstancesAttributeReplaced_EveryReadIsAStoredValue_AndNeighboursStayIntact()
    {
        // STORE_ATTR's short paths for replacing an inline value and storing a __slots__ member
        // (InstanceAttrs.cs, TryReplaceInlineValue, TryStoreSlotInPlace) on instances several
        // threads store into at once, while another thread replaces instances, materialises their
        // __dict__ and switches their __class__ (between two layouts; between two slot classes): every read gives a value some thread stored, the attributes beside
        // it are never overwritten, and a last store is seen.
        RunBoth(Prelude + """
            class Tok:
                __slots__ = ("k",)
                def __init__(self, k): self.k = k
            class P:
                def __init__(self):
                    self.a = "a"
                    self.y = Tok(-1)
                    self.b = "b"
            class Q(P):
                pass
            class SP:
                __slots__ = ("a", "y", "b")
                def __init__(self):
                    self.a = "a"
                    self.y = Tok(-1)
                    self.b = "b"
            class SQ(SP):
                __slots__ = ()
            N = 3000
            boxes = [P() if i % 2 else SP() for i in range(8)]
            done = threading.Event()
            errors = []
            def writer(idx):
                for i in range(N):
                    o = boxes[i % 8]
                    set_y(o, Tok(idx * N + i))
                    t = o.y
                    if type(t) is not Tok or not (-1 <= t.k < 3 * N) or o.a != "a" or o.b != "b":
                        errors.append((idx, i, type(t).__name__, type(o).__name__))
                        return
            def disturber():
                i = 0
                while not done.is_set():
                    j = i % 8
                    o = boxes[j]
                    if i % 3 == 0:
                        boxes[j] = P() if j % 2 else SP()
                    elif i % 3 == 1:
                        getattr(o, "__dict__", None)
                    elif j % 2:
                        o.__class__ = Q if type(o) is P else P
                    else:
                        o.__class__ = SQ if type(o) is SP else SP
                    i += 1
            d = threading.Thread(target=disturber)
            d.start()
            run_threads(3, writer)
            done.set()
            d.join()
            for o in boxes:
                set_y(o, "last")
                if o.y != "last" or (o.a, o.b) != ("a", "b"):
                    errors.append(("final", type(o).__name__, o.y, o.a, o.b))
            assert not errors, errors[:5]
            print("ok")
            """);
    }
}
