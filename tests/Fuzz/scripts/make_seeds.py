#!/usr/bin/env python3
"""Writes tests/Fuzz/seeds/<target>/: small corpus programs for parse/eval, pickles made by
CPython for pickle, and hand-made inputs for the other targets. Run with CPython 3.13:
    ~/.pyenv/versions/3.13.0/bin/python3 tests/Fuzz/scripts/make_seeds.py
"""
import collections, os, pathlib, pickle, shutil, struct

FUZZ = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = FUZZ.parent / 'programs'
SEEDS = FUZZ / 'seeds'


def write(target, name, data):
    d = SEEDS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def corpus_programs(limit_bytes, count):
    """Small programs, spread over the corpus folders (multiprocessing and files left out)."""
    by_dir = collections.defaultdict(list)
    for p in sorted(PROGRAMS.rglob('*.py')):
        rel = p.relative_to(PROGRAMS)
        if rel.parts[0] in ('multiprocessing', 'files') or p.stat().st_size > limit_bytes:
            continue
        by_dir[rel.parts[0]].append(p)
    picked = []
    while len(picked) < count and any(by_dir.values()):
        for d in sorted(by_dir):
            if by_dir[d] and len(picked) < count:
                picked.append(by_dir[d].pop(0))
    return picked


def main():
    shutil.rmtree(SEEDS, ignore_errors=True)
    for p in corpus_programs(2500, 60):
        write('parse', p.parent.name + '_' + p.name, p.read_bytes())
    for i, s in enumerate([
        'x = 1\n', 'def f(a, /, b=2, *c, d, **e):\n    return (yield from g)\n',
        'async def f():\n    async with a as b:\n        await c\n',
        "f'{x!r:>{w}} {y=}'\n", 'match p:\n    case [1, *r] | {"k": _} if r:\n        pass\n',
        'class C[T: int](B, metaclass=M):\n    type A[U] = list[U]\n',
        '# -*- coding: latin-1 -*-\ns = "\xe9"\n', 'lambda *a, **k: [x for x in a if (y := x)]\n',
        'try:\n    pass\nexcept* ValueError as e:\n    raise\nfinally:\n    del x\n',
        '0x_1f + 1_000j + 0o17 + 0b1 + 1e-3 + .5\n', 'b"\\x00" rb"\\d" u"\\N{BULLET}"\n',
        'global a\nnonlocal b\n', '((((((((((1))))))))))\n', 'if 1:\n\tx\n        y\n',
    ]):
        write('parse', f'hand_{i:02}.py', s.encode('latin-1') if 'latin-1' in s else s.encode())

    for p in corpus_programs(3000, 45):
        write('eval', p.parent.name + '_' + p.name, p.read_bytes())
    write('eval', 'hand_threads.py', 'import threading\nt = [threading.Thread(target=print, args=(i,)) for i in range(3)]\n'
          'for x in t: x.start()\nfor x in t: x.join()\n')
    write('eval', 'hand_loop.py', 'while True:\n    pass\n')
    write('eval', 'hand_recursion.py', 'def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print("ok")\n')

    objs = [None, True, 1, -2**70, 1.5, 'str\u20ac', b'bytes', bytearray(b'ba'), (1, 2), [1, [2]],
            {'a': 1, 2: (3,)}, {1, 2}, frozenset({3}), complex(1, 2), collections.OrderedDict(a=1),
            collections.deque([1, 2]), collections.Counter('abca'), range(3), slice(1, 2), Ellipsis]
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        write('pickle', f'mixed_p{proto}.pickle', pickle.dumps(objs, protocol=proto))
        for i, o in enumerate(objs[:12]):
            if proto in (0, 2, 4):
                write('pickle', f'obj{i:02}_p{proto}.pickle', pickle.dumps(o, protocol=proto))
    shared = [1, 2]
    write('pickle', 'memo_p2.pickle', pickle.dumps([shared, shared, {'k': shared}], protocol=2))

    for i, fmt in enumerate(['<iHq', '>d f e', '@bBhHiIlLqQnNP', '=?x3s5p', '!2h4x', '10s', '<Qd?c',
                             'i0q', '3e', 'P', '<' + 'b' * 20]):
        write('struct', f'fmt_{i:02}', fmt.encode() + b'|' + bytes(range(7, 47)))

    for i, (base, digits) in enumerate([(10, '12345'), (16, 'ff_ee'), (0, ' 0x_1f '), (0, '-0b101'),
                                        (0, '0o17'), (36, 'zz'), (10, '\u0661\u0662\u0663'), (2, '1' * 80),
                                        (10, '9' * 400), (0, '+0'), (7, '6_6'), (10, ' -42\n')]):
        write('int', f'int_{i:02}', bytes([base]) + digits.encode())

    for i, s in enumerate(['1.5', '-inf', 'nan', '1e308', '0x1.8p3', '  -0.0  ', '1_000.5', '4.9e-324',
                           '1' * 30 + '.' + '7' * 30, '1e-400', '+InFiNiTy', '2.5e+10j', '\u0663.\u0661\u0664',
                           '0x1.fffffffffffffp+1023', '.5e-3']):
        write('float', f'float_{i:02}', s.encode())

    write('threads', 'two_lists', bytes([1] + [0, 1, 0, 1, 0, 0, 1, 1, 9, 14]))
    write('threads', 'four_mixed', bytes([3] + list(range(16)) * 4))
    write('threads', 'eight_dicts', bytes([7] + [0x14, 0x24, 0x15, 0x16, 0x27, 0x08, 0x0a, 0x0b, 0x0c, 0x0d] * 6))
    write('threads', 'deque_counter', bytes([2] + [2, 3, 8, 2, 8, 3, 3, 12, 13] * 5))


if __name__ == '__main__':
    main()
