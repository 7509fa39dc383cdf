import sys
# Sizes CPython 3.13 refuses at once (MemoryError / OverflowError) rather than after trying.
def t(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)
t("list*", lambda: [0] * 10**12)
t("list*big", lambda: [0] * 10**30)
t("list*neg", lambda: len([0] * -5))
t("str*", lambda: 'x' * 10**12)
t("str*big", lambda: 'x' * 10**30)
t("bytes*", lambda: b'x' * 10**12)
t("bytearray", lambda: bytearray(10**12))
t("bytearray*", lambda: bytearray(b'x') * 10**12)
t("bytes(n)", lambda: bytes(10**12))
t("tuple*", lambda: (0,) * 10**12)
t("list(range)", lambda: list(range(10**12)))
t("tuple(range)", lambda: tuple(range(10**12)))
t("range huge", lambda: len(range(10**30)))
t("lshift", lambda: 1 << (10**12))
t("lshift2", lambda: 1 << (2**63))
t("lshift3", lambda: 1 << (2**70))
t("str.ljust", lambda: 'x'.ljust(10**12))
t("str.center", lambda: 'x'.center(10**12))
t("zfill", lambda: 'x'.zfill(10**12))
t("expandtabs", lambda: '\t'.expandtabs(10**12))
t("fmt", lambda: '%*d' % (10**12, 1))
t("format", lambda: format(1, '10000000000000'))
t("join", lambda: ''.join(['x'] * 10) * 10**12)
t("list*= ", lambda: ([0].__imul__(10**12)))
t("bigint str", lambda: len(str(10**5000)))
t("int parse", lambda: int('1' * 5000))
t("array", lambda: __import__('array').array('b', [0]) * 10**12)
t("repeat", lambda: len(list(__import__('itertools').repeat(0, 10**12))))
t("bytes.ljust", lambda: b'x'.ljust(10**12))
t("fmt width literal", lambda: format(1, '100000000000000000000000'))
t("list(range huge)", lambda: list(range(10**30)))
t("repeat huge", lambda: list(__import__('itertools').repeat(0, 10**30)))
# the VM keeps working after every failure above
x = [0] * 10
x += [1] * 5
print("alive", len(x), sum(range(10)), 'ab' * 3, 2 ** 100)
