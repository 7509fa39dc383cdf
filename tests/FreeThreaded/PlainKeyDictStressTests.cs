// Dict stores of plain keys (exact str/int into a dict holding only such keys) run in a leaf
// section (Runtime/Ops/DictOps.cs, TrySetPlain; Objects/PyDict.cs, "Plain keys"): skipped while
// the runtime's only thread elides locks, an ordinary critical section otherwise, with the dict's
// key kind read again inside it. These programs (not timed; they check their invariants and print
// "ok") hammer the cases that argument depends on: a second thread starting while the first is
// storing plain keys into a dict they then share, and a general key (a Python __eq__) arriving in
// a shared dict while other threads store plain keys and resize it. A store that skipped its lock
// with two threads running loses inserts across a resize, and the counts below then differ.
// Also: clear() leaves an empty table that remembers the cleared size, which the next insertion
// allocates at once (Objects/PyDict.cs, DictTable.AfterClear); lock-free readers must see it as
// empty, and every key they find must map to its own value while writers clear and refill.
// Also: index slots are 1, 2 or 4 bytes by the table's size (Objects/PyDict.cs, DictTable.Slot):
// readers probing while a writer grows a dict through all three widths must find every key that
// was stored before they looked.
// Also: a table of at most 8 index slots (up to 5 entries) keeps them inline in the table object
// (DictTable.IndexBytes null): readers probing small dicts while writers fill them past 5 keys (the
// first resize to an index array), delete keys in them (inline dummies) and add a general key (the
// plain-keys flag, kept in the table) must find every key stored before they looked.
// Also: a display's exact table extended, converted to the general kind in place and resized while
// readers probe it (ReadersWhileDisplayDictsExtendAndChangeKind_FindEveryStoredKey).
using Xunit;

namespace Vm.Tests.FreeThreaded;

public sealed class PlainKeyDictStressTests
{
    /// <summary>The shared dict d, and a reader's check: every int key j and str key f"s{j}" it finds
    /// maps to j (else recorded in bad).</summary>
    private const string ReaderPrelude = """
        d = {}
        bad = []
        def check_reads(d, keys, bad):
            for j in keys:
                v = d.get(j)
                if v is not None and v != j:
                    bad.append((j, v))
                v = d.get(f"s{j}")
                if v is not None and v != j:
                    bad.append((j, v))

        """;

    [Fact]
    public void SecondThreadStartsDuringPlainStores_NoStoreLost()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + """
            d = {}
            K = 20000
            started = threading.Event()
            def w(i):
                started.set()
                for j in range(K):
                    d[f"t{i}_{j}"] = j
                    d[(i + 2) * K + j] = j
            for j in range(K):
                d[j] = j
                if j == 100:
                    t = threading.Thread(target=w, args=(0,))
                    t.start()
                    started.wait()
            t.join()
            assert len(d) == 3 * K, len(d)
            assert all(d[j] == j and d[f"t0_{j}"] == j and d[2 * K + j] == j for j in range(K))
            print("ok")
            """);
    }

    [Fact]
    public void GeneralKeyArrivesWhilePlainStoresResize_DictConsistent()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + """
            class Key:
                def __init__(self, v): self.v = v
                def __hash__(self): return hash(self.v)
                def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
            K = 6000
            for rnd in range(4):
                d = {}
                def w(i):
                    if i == 3:
                        for j in range(0, K, 50):
                            d[Key(j)] = -j
                        return
                    for j in range(K):
                        d[i * K + j] = j
                        d[f"s{i}_{j}"] = j
                run_threads(4, w)
                assert len(d) == 6 * K + K // 50, len(d)
                for i in range(3):
                    for j in range(K):
                        assert d[i * K + j] == j and d[f"s{i}_{j}"] == j
                assert all(d[Key(j)] == -j for j in range(0, K, 50))
            print("ok")
            """);
    }

    [Fact]
    public void ReadersDuringClearAndRefill_SeeOnlyOwnValues()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + ReaderPrelude + """
            K = 700
            ROUNDS = 150
            def w(i):
                if i < 2:
                    for rnd in range(ROUNDS):
                        d.clear()
                        for j in range(K):
                            d[j] = j
                            d[f"s{j}"] = j
                    return
                for rnd in range(ROUNDS * 4):
                    check_reads(d, range(0, K, 7), bad)
                    try:
                        for k in list(d):
                            pass
                    except RuntimeError:
                        pass
            run_threads(4, w)
            assert not bad, bad[:5]
            d.clear()
            for j in range(K):
                d[j] = j
            assert len(d) == K and all(d[j] == j for j in range(K))
            print("ok")
            """);
    }

    // A plain store finds the key or its slot in one probe (PyDict.SetPlainLockHeld) and reuses the
    // first dummy a deletion left on the way: writers delete and re-insert their own keys (dummies
    // everywhere, resizes that compact them) while readers look every key up without locking.
    [Fact]
    public void ReadersDuringDeleteAndReinsert_SeeOnlyOwnValues()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + ReaderPrelude + """
            def write(base):
                for rnd in range(ROUNDS):
                    for j in range(base, base + K):
                        d[j] = j
                        d[f"s{j}"] = j
                    for j in range(base + rnd % 3, base + K, 3):
                        del d[j]
                        del d[f"s{j}"]
            K = 600
            ROUNDS = 120
            def w(i):
                if i < 2:
                    return write(i * K)
                for rnd in range(ROUNDS * 3):
                    check_reads(d, range(0, 2 * K, 5), bad)
            run_threads(4, w)
            assert not bad, bad[:5]
            for i in range(2):
                gone = set(range(i * K + (ROUNDS - 1) % 3, i * K + K, 3))
                for j in range(i * K, i * K + K):
                    assert (d.get(j), d.get(f"s{j}")) == ((None, None) if j in gone else (j, j)), j
            assert len(d) == 2 * (2 * K - 2 * (K // 3)), len(d)
            print("ok")
            """);
    }

    // Each writer makes small dicts one after another and publishes each (box[i]) and how far it has
    // filled it (progress[i]) after every store; readers check every key below the mark.
    [Fact]
    public void ReadersWhileSmallDictsGrowPastTheInlineIndex_FindEveryStoredKey()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + ReaderPrelude + """
            class Key:
                def __init__(self, v): self.v = v
                def __hash__(self): return hash(self.v)
                def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
            ROUNDS = 3000
            box = [{}, {}]
            progress = [0, 0]
            stop = []
            def w(i):
                if i < 2:
                    for rnd in range(ROUNDS):
                        dd = {}
                        progress[i] = 0
                        box[i] = dd
                        n = 2 if rnd % 2 else 8  # 4 entries stay inline; 16 go past it
                        for j in range(n):
                            dd[j] = j
                            dd[f"s{j}"] = j
                            progress[i] = j + 1
                        if rnd % 3 == 0:
                            dd[Key(rnd)] = rnd
                        for j in range(0, n, 2):
                            del dd[j]
                            del dd[f"s{j}"]
                        progress[i] = -1
                        if dd.get(Key(rnd)) not in (None, rnd):
                            bad.append(("key", rnd))
                    stop.append(i)
                    return
                while len(stop) < 2:
                    for k in range(2):
                        # progress[k] is reset before box[k] changes, so a top read while box[k]
                        # still held dd is dd's own mark (a later dict's mark can exceed dd's n).
                        # Odd keys are never deleted.
                        dd = box[k]
                        top = progress[k]
                        if box[k] is not dd:
                            continue
                        for j in range(8):
                            for key in (j, f"s{j}"):
                                v = dd.get(key)
                                if v is None and j % 2 and j < top or v is not None and v != j:
                                    bad.append((k, key, v, top))
            run_threads(4, w)
            assert not bad, bad[:5]
            print("ok")
            """);
    }

    // A display's dict has exactly its pairs' entries (Objects/PyDict.cs, "Logical size"): the next
    // insertion publishes an extended copy of the table (same index, same positions), an int key into
    // the str-only display changes the table's logical size and kind in place, and a later one
    // resizes. Readers probing the dict meanwhile must find every key stored before they looked
    // (the display's pairs are never deleted; odd keys added later are not either).
    [Fact]
    public void ReadersWhileDisplayDictsExtendAndChangeKind_FindEveryStoredKey()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + ReaderPrelude + """
            ROUNDS = 3000
            box = [{}, {}]
            progress = [0, 0]
            stop = []
            def w(i):
                if i < 2:
                    for rnd in range(ROUNDS):
                        progress[i] = 0
                        dd = {"s0": 0, "s1": 1} if rnd % 2 else {"s0": 0, "s1": 1, "s2": 2, "s3": 3, "s4": 4, "s5": 5, "s6": 6}
                        box[i] = dd
                        progress[i] = 2
                        n = 4 if rnd % 3 else 9
                        for j in range(2, n):
                            dd[j] = j
                            dd[f"s{j}"] = j
                            progress[i] = j + 1
                        for j in range(2, n, 2):
                            del dd[j]
                        progress[i] = -1
                    stop.append(i)
                    return
                while len(stop) < 2:
                    for k in range(2):
                        # progress[k] is reset before box[k] changes, so a top read while box[k]
                        # still held dd is dd's own mark (a later dict's mark can exceed dd's n).
                        # Str keys and odd int keys are never deleted.
                        dd = box[k]
                        top = progress[k]
                        if box[k] is not dd:
                            continue
                        for j in range(9):
                            for key in (j, f"s{j}"):
                                v = dd.get(key)
                                required = j < top and (isinstance(key, str) or j % 2 == 1 and j >= 2)
                                if v is None and required or v is not None and v != j:
                                    bad.append((k, key, v, top))
            run_threads(4, w)
            assert not bad, bad[:5]
            print("ok")
            """);
    }

    // The writer publishes how far it has got (progress[0]) after each store; a reader that then
    // misses a key below that mark, or finds the wrong value, saw a table (of another slot width)
    // that lost an entry. 40000 keys: 65536 index slots of 4 bytes at the end.
    [Fact]
    public void ReadersWhileTheIndexWidens_FindEveryStoredKey()
    {
        GuaranteeStressTests.RunBoth(GuaranteeStressTests.Prelude + ReaderPrelude + """
            K = 40000
            for rnd in range(2):
                d = {}
                progress = [0]
                stop = [False]
                def w(i):
                    if i == 0:
                        for j in range(K):
                            d[j] = j
                            d[f"s{j}"] = j
                            progress[0] = j + 1
                        stop[0] = True
                        return
                    while not stop[0]:
                        top = progress[0]
                        for j in range(i % 7, top, 97):
                            if d.get(j) != j or d.get(f"s{j}") != j:
                                bad.append((j, d.get(j)))
            run_threads(3, w)
            assert not bad, bad[:5]
            assert len(d) == 2 * K and all(d[j] == j for j in range(K))
            print("ok")
            """);
    }
}
