# codecs and encodings: lookup, one-shot and incremental coding, transforms, errors.
import codecs, encodings

for name in ['UTF8', 'utf-8', 'latin1', 'ISO-8859-1', 'cp1252', 'windows-1252', 'utf_16', 'UTF-16LE',
             'utf-32', 'ascii', 'us-ascii', 'utf-8-sig', 'unicode_escape']:
    print(name, '->', codecs.lookup(name).name)
info = codecs.lookup('utf-8')
print(isinstance(info, tuple), len(info), info.encode('hé'), info.decode(b'h\xc3\xa9'))
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo'), codecs.encode('héllo', 'latin-1', 'strict'))
print(codecs.encode('Hello, World', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.decode(b'616263', 'hex'), codecs.encode(b'abc', 'hex'))
print(codecs.encode('a€b', 'ascii', 'replace'), codecs.encode('a€b', 'ascii', 'xmlcharrefreplace'),
      codecs.encode('a€b', 'ascii', 'backslashreplace'), codecs.decode(b'a\xffb', 'utf-8', 'replace'))
print(codecs.getencoder('utf-16-le')('ab'), codecs.getdecoder('ascii')(b'xyz'))

d = codecs.getincrementaldecoder('utf-8')()
data = 'añ€😀'.encode()
print([d.decode(data[i:i + 1]) for i in range(len(data))], repr(d.decode(b'', True)))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), d.getstate())
try:
    d.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)

e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'))
e.reset()
print(e.encode('c'))
d16 = codecs.getincrementaldecoder('utf-16')()
b16 = 'x😀y'.encode('utf-16')
print([d16.decode(b16[i:i + 1]) for i in range(len(b16))])
dsig = codecs.getincrementaldecoder('utf-8-sig')()
print([dsig.decode(bytes([b])) for b in codecs.BOM_UTF8 + b'ok'])
print(list(codecs.iterdecode([b'\xe2\x82', b'\xac!'], 'utf-8')))
print(b''.join(codecs.iterencode(['a', 'b', 'c'], 'utf-16-be')))

print(encodings.normalize_encoding('  UTF--8 '), encodings.normalize_encoding('latin-1'))
print(encodings.CodecRegistryError.__mro__)
print(encodings.search_function('utf-8').name, encodings.search_function('no-such-codec'))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
try:
    codecs.lookup_error('no-such-handler')
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.lookup_error('strict').__name__, codecs.lookup_error('ignore').__name__)

def search(name):
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
    return None

codecs.register(search)
print(codecs.encode('abc', 'my-codec'), codecs.decode(b'XYZ', 'my-codec'), codecs.lookup('My Codec').name)
codecs.unregister(search)
try:
    codecs.lookup('my-codec')
except LookupError as e:
    print('unregistered:', e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
print(sorted(c.__name__ for c in LookupError.__subclasses__()))
