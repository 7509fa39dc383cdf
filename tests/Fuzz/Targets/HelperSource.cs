// The Python side of the byte-level fuzz targets. Each fuzz_* function takes the input as bytes.
// AssertionError from fuzz_struct, fuzz_int, fuzz_float and fuzz_threads is a failed check of the
// target (a round trip that CPython guarantees, an element lost between threads) and counts as a
// bug; any other Python exception is an ordinary outcome.
namespace Vm.Fuzz;

internal static class HelperSource
{
    public const string Code = """
import pickle, struct, sys, threading
from collections import deque

def fuzz_parse(b):
    # tokenizer + parser + compiler, from bytes (encoding detection) and, when it decodes, from str
    compile(b, '<fuzz>', 'exec')
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError:
        return
    for mode in ('eval', 'single'):
        try:
            compile(s, '<fuzz>', mode)
        except SyntaxError:
            pass

def fuzz_pickle(b):
    pickle.loads(b)

def _same(a, b):
    return repr(a) == repr(b)

def fuzz_struct(b):
    # input: FORMAT|DATA ; DATA is repeated or cut to the format's size
    fmt, _, data = b.partition(b'|')
    try:
        s = struct.Struct(fmt)
    except (struct.error, ValueError, TypeError, UnicodeDecodeError, OverflowError, MemoryError):
        return
    size = s.size
    assert size == struct.calcsize(fmt), (size, struct.calcsize(fmt))
    if size > 1 << 16:
        return
    buf = (data * (size // len(data) + 1))[:size] if data else bytes(size)
    vals = s.unpack(buf)
    assert _same(vals, struct.unpack(fmt, buf))
    packed = s.pack(*vals)
    assert len(packed) == size
    assert _same(s.unpack(packed), vals), (vals, s.unpack(packed))
    assert _same(s.unpack_from(buf + data, 0), vals)
    if size:
        assert len(list(s.iter_unpack(buf * 2))) == 2
    bad = bytearray(size + 1)
    try:
        s.unpack(bad)
    except struct.error:
        pass
    else:
        assert False, 'unpack of a buffer of the wrong size succeeded'

def fuzz_int(b):
    # input: one byte choosing the base, then the digits
    if not b:
        return
    base = b[0] % 37
    if base == 1:
        base = 10
    digits = b[1:]
    for arg in (digits, digits.decode('utf-8', 'replace')):
        try:
            v = int(arg, base)
        except ValueError:
            continue
        assert type(v) is int
        if v.bit_length() < 4000:
            assert int(str(v)) == v
            assert int(hex(v), 16) == v and int(oct(v), 0) == v and int(bin(v), 0) == v
            assert int(format(v, 'x'), 16) == v
            assert -(-v) == v and (v + 1) - 1 == v and abs(v) >= 0
            assert int.from_bytes(v.to_bytes((v.bit_length() + 8) // 8, 'little', signed=True), 'little', signed=True) == v
    try:
        int(b)
    except ValueError:
        pass

def _same_float(a, b):
    return (a != a and b != b) or (a == b and str(a) == str(b))

def fuzz_float(b):
    s = b.decode('utf-8', 'replace')
    for arg in (b, s):
        try:
            f = float(arg)
        except ValueError:
            continue
        assert type(f) is float
        assert _same_float(float(repr(f)), f), (f, repr(f))
        assert _same_float(float.fromhex(f.hex()), f), (f, f.hex())
        if f == f and f not in (float('inf'), float('-inf')):
            n, d = f.as_integer_ratio()
            assert n / d == f, (f, n, d)
            format(f, '.17g'); format(f, 'e'); format(f, '%'); round(f, 3)
    try:
        float.fromhex(s)
    except (ValueError, OverflowError):
        pass
    try:
        complex(s)
    except ValueError:
        pass

def fuzz_threads(b):
    # input: thread count (1-8), then one byte per operation, dealt to the threads in turn
    if not b:
        return
    n = b[0] % 8 + 1
    ops = b[1:1 + 8 * 64]
    shared_list, shared_deque = [], deque()
    shared_dict, shared_set = {}, set()
    counter = [0]
    lock = threading.Lock()
    sentinel = object()
    rc0 = sys.getrefcount(sentinel)
    added = [[] for _ in range(n)]       # list/deque elements each thread added
    removed = [[] for _ in range(n)]     # elements each thread took out
    own_dict = [dict() for _ in range(n)]  # each thread's keys, replayed sequentially
    own_set = [set() for _ in range(n)]
    increments = [0] * n
    errors = []
    barrier = threading.Barrier(n)

    def worker(i, mine):
        try:
            barrier.wait()
            held = []
            for j, op in enumerate(mine):
                kind, arg = op & 15, op >> 4
                tag = (i, j)
                if kind == 0:
                    shared_list.append(tag); added[i].append(tag)
                elif kind == 1:
                    try:
                        removed[i].append(shared_list.pop())
                    except IndexError:
                        pass
                elif kind == 2:
                    shared_deque.append(tag); added[i].append(tag)
                elif kind == 3:
                    try:
                        removed[i].append(shared_deque.popleft())
                    except IndexError:
                        pass
                elif kind == 4:
                    shared_dict[(i, arg)] = j; own_dict[i][(i, arg)] = j
                elif kind == 5:
                    shared_dict.pop((i, arg), None); own_dict[i].pop((i, arg), None)
                elif kind == 6:
                    shared_set.add((i, arg)); own_set[i].add((i, arg))
                elif kind == 7:
                    shared_set.discard((i, arg)); own_set[i].discard((i, arg))
                elif kind == 8:
                    with lock:
                        counter[0] += 1
                    increments[i] += 1
                elif kind == 9:
                    len(shared_list); tag in shared_list; list(shared_list); shared_list[:]
                    try:
                        sum(1 for _ in shared_deque if _ is not None)
                    except RuntimeError:
                        pass  # deque mutated during iteration, as in CPython
                elif kind == 10:
                    try:
                        for k, v in shared_dict.items():
                            pass
                    except RuntimeError:
                        pass
                    shared_dict.copy(); len(shared_set); (i, arg) in shared_set
                elif kind == 11:
                    try:
                        sorted(shared_set)
                        for x in shared_set:
                            pass
                    except RuntimeError:
                        pass
                elif kind == 12:
                    held.append(sentinel); shared_dict[('s', i)] = sentinel
                elif kind == 13:
                    held.clear(); shared_dict.pop(('s', i), None)
                elif kind == 14:
                    with lock:
                        shared_list.reverse()
                else:
                    d = shared_dict.get((i, arg)); shared_dict.setdefault((n, arg), 0)
            held.clear()
        except BaseException as e:
            errors.append(e)
            raise

    threads = [threading.Thread(target=worker, args=(i, ops[i::n])) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert counter[0] == sum(increments), (counter[0], increments)
    put = [x for a in added for x in a]
    got = [x for r in removed for x in r] + shared_list + list(shared_deque)
    assert len(got) == len(set(got)), 'an element was taken out twice'
    assert sorted(put) == sorted(got), 'elements lost or invented'
    for i in range(n):
        assert {k: v for k, v in shared_dict.items() if k[0] == i} == own_dict[i], i
        assert {k for k in shared_set if k[0] == i} == own_set[i], i
    for i in range(n):
        shared_dict.pop(('s', i), None)
    del threads
    assert sys.getrefcount(sentinel) == rc0, (sys.getrefcount(sentinel), rc0)
""";
}
