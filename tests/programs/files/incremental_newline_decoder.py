# io.IncrementalNewlineDecoder as CPython's _io one: decode(input, final), a pending \r held back
# until the next chunk, getstate/setstate (the pending \r in the flag's low bit), reset, newlines,
# translate=True/False, with and without a wrapped decoder.
import io, codecs
print(io.IncrementalNewlineDecoder.__name__, io.IncrementalNewlineDecoder.__module__)
from io import IncrementalNewlineDecoder as IND
import _io
print(_io.IncrementalNewlineDecoder is IND)
for translate in (False, True):
    d = IND(None, translate)
    out = []
    for chunk in ["a\r", "\nb\r", "c\n", "d\r", "", "\r\n", "e\r"]:
        out.append(d.decode(chunk))
        print(repr(out[-1]), d.newlines, d.getstate())
    print(repr(d.decode("", final=True)), d.newlines)
    d.reset()
    print(d.newlines, d.getstate())
dec = codecs.getincrementaldecoder('utf-8')()
d = IND(dec, translate=True)
data = "héllo\r\nwörld\r".encode()
res = [d.decode(data[i:i+1]) for i in range(len(data))]
print(res, d.newlines)
print(d.getstate())
d.setstate((b'', 1))
print(repr(d.decode(b'x')), d.getstate())
print(repr(d.decode(b'\r', final=True)))
try:
    IND(None, True).decode(b'x')
except TypeError as e:
    print('TypeError', e)
try:
    d.setstate([b'', 0])
except TypeError as e:
    print('TypeError', e)
d2 = IND(dec, False)
print(repr(d2.decode(b'a\r\r\nb\n')), d2.newlines)
print(repr(IND(None, True).decode('x\ry\r\n', True)))
try:
    io.NoSuchThing
except AttributeError as e:
    print('AttributeError', e)
