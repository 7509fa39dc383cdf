#!/usr/bin/env python3
"""Writes the hand-made inputs of tests/Fuzz/regressions/<target>/hand_*: inputs chosen to hit
limits and edge cases (deep nesting, huge sizes, truncated data). Found crashes are added beside
them by hand (see README.md)."""
import pathlib, pickle

REG = pathlib.Path(__file__).resolve().parent.parent / 'regressions'

INPUTS = {
    'parse': {
        'deep_parens': b'(' * 100000 + b'1' + b')' * 100000,
        'deep_parens_unclosed': b'(' * 100000,
        'deep_lambda': b'lambda:' * 5000 + b'0\n',
        'deep_unary': b'-' * 100000 + b'1\n',
        'deep_indent': b''.join(b' ' * i + b'if 1:\n' for i in range(200)) + b' ' * 200 + b'pass\n',
        'nul_byte': b'x = 1\x00\n',
        'bad_coding': b'# coding: no-such-codec\nx = 1\n',
        'bad_utf8': b'x = "\xff\xfe"\n',
        'nested_fstrings': b"f'{f'{f'{f'{1}'}'}'}'\n" * 3,
        'unterminated_triple': b'"""' + b'a\n' * 1000,
        'long_chain': b'x = ' + b'1 + ' * 50000 + b'1\n',
        'many_args': b'f(' + b'a, ' * 70000 + b')\n',
    },
    'eval': {
        'huge_list': b'try:\n    [0] * 10**12\nexcept MemoryError:\n    pass\n',
        'huge_str': b"try:\n    'x' * 10**12\nexcept (MemoryError, OverflowError):\n    pass\n",
        'nested_repr': b'l = []\nfor i in range(100000):\n    l = [l]\ntry:\n    repr(l)\nexcept RecursionError:\n    pass\n',
        'recursion': b'def f():\n    return f()\nf()\n',
        'sleep': b'import time\ntime.sleep(100)\n',
        'thread_spin': b'import threading\nthreading.Thread(target=lambda: [0 for _ in iter(int, 1)]).start()\n',
        'generator_self': b'def g():\n    yield next(x)\nx = g()\nnext(x)\n',
        'exec_nested': b'exec("exec(\'\'\'\\nwhile 1: pass\\n\'\'\')")\n',
    },
    'pickle': {
        'empty': b'',
        'truncated': pickle.dumps([1, 2, 3], protocol=4)[:-3],
        'frame_huge': b'\x80\x04\x95\xff\xff\xff\xff\xff\xff\xff\x7f.',
        'binbytes_huge': b'\x80\x03B\xff\xff\xff\x7f',
        'binunicode8_huge': b'\x80\x04\x8d\xff\xff\xff\xff\xff\xff\xff\x7f',
        'deep_marks': b'(' * 100000 + b'.',
        'deep_lists': b'\x80\x02' + b']' * 50000 + b'a' * 49999 + b'.',
        'memo_missing': b'\x80\x02h\x05.',
        'long_huge': b'\x80\x02\x8b\xff\xff\xff\x7f',
        'stop_empty_stack': b'.',
        'global_missing': b'cno_such_module\nthing\n.',
        'reduce_bad': b'\x80\x02K\x01K\x02R.',
        'proto_bad': b'\x80\x09.',
    },
    'struct': {
        'huge_count': b'999999999999999999999s|ab',
        'huge_pad': b'2147483648x|',
        'overflow_count': b'9223372036854775807q|',
        'many_codes': b'<' + b'bhilq' * 2000 + b'|\x01',
        'bad_char': b'\xff|ab',
        'only_order': b'!|',
        'pascal': b'0p1p255p|' + bytes(range(256)),
    },
    'int': {
        'huge_digits': bytes([10]) + b'1' * 100000,
        'base0_prefix_only': bytes([0]) + b'0x',
        'underscores': bytes([0]) + b'0_x1',
        'unicode_mix': bytes([10]) + '\u0661\u06f2\u0663'.encode(),
        'base36_long': bytes([36]) + b'z' * 5000,
        'nul': bytes([10]) + b'1\x002',
    },
    'float': {
        'huge_exponent': b'1e' + b'9' * 1000,
        'hex_huge_exponent': b'0x1p' + b'9' * 50,
        'long_mantissa': b'0.' + b'3' * 100000,
        'tiny': b'2.4703282292062327e-324',
        'nan_payload': b'-nan',
        'junk': b'1.5\x00',
        'hex_round': b'0x1.fffffffffffff8p1023',
    },
    'threads': {
        'eight_everything': bytes([7]) + bytes(range(256)) * 2,
        'one_thread': bytes([0]) + bytes(range(64)),
        'pop_race': bytes([5]) + bytes([0, 1] * 200),
        'refcount': bytes([7]) + bytes([12, 13, 12, 12, 13] * 100),
    },
}

for target, files in INPUTS.items():
    d = REG / target
    d.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (d / ('hand_' + name)).write_bytes(data)
