# lzma: the .xz, .lzma (alone) and raw formats, integrity checks, presets including
# PRESET_EXTREME, filter chains for raw streams, CPython-made fixtures of each, round trips of
# random data at 0, 1 and 1 MiB, and the argument errors CPython raises.
import base64
import lzma
import random

TEXT = b"".join(b"%d: the quick brown fox jumps over the lazy dog\n" % i for i in range(40))
XZ_CRC32 = (
    "/Td6WFoAAAFpIt42AgAhARYAAAB0L+Wj4Ad1AIFdABgOgCc18eg9ofHuIXXsv0pcRzZ2Ts0B9tnvJ33kWNZq/BhN"
    "KR/XMlB66NGce0h4clmiUp1itit1QBlDR5Bb4JIEQ4U/0NK4k/WOY9cZLV0KjzhUMWG9VIsslZ/e1CIJqtiIwMSR"
    "FxQOcCVO2GntSk94Xa1vNbZyY29/dudqDhCNvgAAAAB8TIrkAAGZAfYOAACX3s9tPjANiwIAAAAAAVla"
)
XZ_SHA256 = (
    "/Td6WFoAAArh+wyhAgAhARwAAAAQz1jM4Ad1AIFdABgOgCc18eg9ofHuIXXsv0pcRzZ2Ts0B9tnvJ33kWNZq/BhN"
    "KR/XMlB66NGce0h4clmiUp1itit1QBlDR5Bb4JIEQ4U/0NK4k/WOY9cZLV0KjzhUMWG9VIsslZ/e1CIJqtiIwMSR"
    "FxQOcCVO2GntSk94Xa1vNbZyY29/dudqDhCNvgAAAACkP79MEdOA0SmKaPinwe/MzQDB5y8LJ2uGhqtFlAh/eQAB"
    "tQH2DgAA2huhHbbp3xwCAAAAAApZWg=="
)
ALONE = (
    "XQAAgAD//////////wAYDoAnNfHoPaHx7iF17L9KXEc2dk7NAfbZ7yd95FjWavwYTSkf1zJQeujRnHtIeHJZolKd"
    "YrYrdUAZQ0eQW+CSBEOFP9DSuJP1jmPXGS1dCo84VDFhvVSLLJWf3tQiCarYiMDEkRcUDnAlTthp7UpPeF2tbzW2"
    "cmNvf3bnah5ITXn/++6OQA=="
)
RAW2 = (
    "4Ad1AIRdABgOgCc18eg9ofHuIXXsv0pcRzZ2Ts0B9tnvJ33kWNZq/BhNKR/XMlB66NGce0h4clmiUp1itit1QBlD"
    "R5Bb4JIEQ4U/0NLdvQk5Dp3oomb9yfC0CZFzPDhpHf/MfFQBl2dP5ch9vYtZzXUNyO7Y+Nmkd7mBtlJdvGl3FavR"
    "G/8skMfyfAA="
)
RAW1 = (
    "ABgO9Gmkmz1/v3gk0doTorD0PAYTIE7kw6UVXG2IqmxUBzPx61T2Pb6Of97QDT8AHPt29xaO7POfSp6bz3lxXGKC"
    "W6pEh/zvN/GkRPq3w/EPmvTe/TcfA3Y4bEUCEDUqJZlCWSIbhkJb+Fk8Jp1TTd6OIHMRz+6qFXT5xZUn1n1D///H"
    "s6nA"
)

print([lzma.is_check_supported(c) for c in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64,
                                              lzma.CHECK_SHA256, 2, lzma.CHECK_UNKNOWN)])
print(lzma.decompress(base64.b64decode(XZ_CRC32)) == TEXT, lzma.decompress(base64.b64decode(XZ_SHA256)) == TEXT)
print(lzma.decompress(base64.b64decode(ALONE)) == TEXT,
      lzma.decompress(base64.b64decode(ALONE), lzma.FORMAT_ALONE) == TEXT)
print(lzma.decompress(base64.b64decode(RAW2), lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2}]) == TEXT)
raw1 = [{"id": lzma.FILTER_LZMA1, "dict_size": 1 << 16, "lc": 0, "lp": 2, "pb": 0}]
print(lzma.decompress(base64.b64decode(RAW1), lzma.FORMAT_RAW, filters=raw1) == TEXT)
for blob in (XZ_CRC32, XZ_SHA256):
    d = lzma.LZMADecompressor()
    print(d.check, d.decompress(base64.b64decode(blob)) == TEXT, d.check, d.eof)

rng = random.Random(5)
for size in (0, 1, 1 << 20):
    data = rng.randbytes(size)
    print(size, lzma.decompress(lzma.compress(data)) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    packed = lzma.compress(TEXT, check=check)
    d = lzma.LZMADecompressor(lzma.FORMAT_XZ)
    print(check, d.decompress(packed) == TEXT, d.check)
for preset in (0, 6, 9 | lzma.PRESET_EXTREME):
    print(preset, lzma.decompress(lzma.compress(TEXT * 20, preset=preset)) == TEXT * 20)
print(lzma.decompress(lzma.compress(TEXT, lzma.FORMAT_ALONE)) == TEXT)
for filters in ([{"id": lzma.FILTER_LZMA2, "preset": 1, "dict_size": 1 << 20}],
                [{"id": lzma.FILTER_LZMA1, "preset": 2}]):
    packed = lzma.compress(TEXT, lzma.FORMAT_RAW, filters=filters)
    print(lzma.decompress(packed, lzma.FORMAT_RAW, filters=filters) == TEXT)
print(lzma.decompress(lzma.compress(TEXT, filters=[{"id": lzma.FILTER_LZMA2, "preset": 3}])) == TEXT)
props = lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "dict_size": 1 << 20})
print(props, lzma._decode_filter_properties(lzma.FILTER_LZMA1, props))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA2, lzma._encode_filter_properties(
    {"id": lzma.FILTER_LZMA2, "dict_size": 3 << 20})))

calls = [
    lambda: lzma.LZMACompressor(lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
    lambda: lzma.LZMACompressor(preset=1, filters=[{"id": lzma.FILTER_LZMA2}]),
    lambda: lzma.LZMACompressor(lzma.FORMAT_RAW),
    lambda: lzma.LZMACompressor(lzma.FORMAT_AUTO),
    lambda: lzma.LZMACompressor(preset=10),
    lambda: lzma.LZMADecompressor(lzma.FORMAT_RAW),
    lambda: lzma.LZMADecompressor(lzma.FORMAT_RAW, memlimit=1 << 20, filters=[]),
    lambda: lzma.LZMADecompressor(lzma.FORMAT_XZ, filters=[{"id": lzma.FILTER_LZMA2}]),
    lambda: lzma.LZMADecompressor(7),
    lambda: lzma.compress(b"", lzma.FORMAT_RAW, filters=[{"preset": 1}]),
    lambda: lzma.compress(b"", lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "foo": 1}]),
    lambda: lzma.compress(b"", lzma.FORMAT_RAW, filters=[{"id": 99}]),
]
for call in calls:
    try:
        call()
        print("no error")
    except (ValueError, lzma.LZMAError) as e:
        print(type(e).__name__ + ":", e)
c = lzma.LZMACompressor()
c.flush()
for call in (lambda: c.compress(b"x"), c.flush):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
