# str.encode and bytes.decode: codecs, aliases, BOMs, error handlers and UnicodeError details.
def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

for expr in [
    "b'a'.decode('utf-16-le')", "b'\\x00\\xd8a\\x00'.decode('utf-16-le')", "b'\\x00\\xdc'.decode('utf-16-le')",
    "b'\\x00\\xd8'.decode('utf-16-le')", "b'\\x00\\xd8\\x00'.decode('utf-16-le')", "b'\\xff\\xfe'.decode('utf-16')",
    "b'a\\x00'.decode('utf-16')", "b'\\xfe\\xff\\x00a'.decode('utf-16')", "'a'.encode('utf-16')", "'a'.encode('utf-32')",
    "'a\\U0001f600'.encode('utf-16-be')", "b'\\xd8\\x3d\\xde\\x00'.decode('utf-16-be')", "'\\U0001f600'.encode('utf-32-be')",
    "b'\\x00\\x00\\x11\\x00'.decode('utf-32-le')", "b'\\x00\\xd8\\x00\\x00'.decode('utf-32-le')", "b'a'.decode('utf-32')",
    "'\\ud800'.encode('utf-16')", "'\\ud800'.encode('utf-16', 'surrogatepass')", "b'\\xff'.decode('utf-8', 'surrogateescape')",
    "'\\udcff'.encode('utf-8', 'surrogateescape')", "'\\ud800'.encode('ascii', 'surrogateescape')", "b'a\\xffb\\xfe'.decode('ascii', 'replace')",
    "b'a\\xe2\\x82b'.decode('utf-8', 'replace')", "b'\\xe2\\x82'.decode('utf-8', 'replace')", "b'\\xf0\\x90\\x80'.decode('utf-8', 'backslashreplace')",
    "'\\xe9\\u20ac\\U0001f600'.encode('ascii', 'backslashreplace')", "'\\xe9\\u20ac'.encode('ascii', 'xmlcharrefreplace')",
    "'\\xe9'.encode('ascii', 'namereplace')", "'a'.encode('UTF8')", "'a'.encode('Latin 1')", "'a'.encode('U8')", "'\\xe9'.encode('cp1252')",
    "'\\u20ac'.encode('cp1252')", "'\\u0100'.encode('cp1252')", "b'\\x81'.decode('cp1252')", "b'\\x80\\x9f'.decode('cp1252')",
    "'a\\n\\xe9\\u20ac\\U0001f600\\\\'.encode('unicode_escape')", "b'\\\\u00e9\\\\n\\\\x41\\\\101\\\\N{EURO SIGN}'.decode('unicode_escape')",
    "b'\\\\x4'.decode('unicode_escape')", "b'abc\\\\'.decode('unicode_escape')", "'\\xe9\\u20ac'.encode('raw_unicode_escape')",
    "b'\\\\u20ac\\\\n'.decode('raw_unicode_escape')", "'\\ufeffa'.encode('utf-8-sig')", "b'\\xef\\xbb\\xbfa'.decode('utf-8-sig')",
    "b'\\xf4\\x90\\x80\\x80'.decode()", "b'\\xc0\\x80'.decode()", "b'\\xe0\\x80\\x80'.decode()", "b'\\xf0\\x80'.decode()",
    "b'\\xe2\\x28\\xa1'.decode()", "b'\\xed\\xa0\\x80'.decode('utf-8', 'surrogatepass')", "'\\ud800'.encode('utf-8', 'surrogatepass')",
    "b'\\xed\\xa0'.decode('utf-8', 'surrogatepass')", "b'\\xff'.decode()", "b'\\xc3'.decode()", "b'\\xe2\\x82'.decode('utf-8')",
    "b'\\xed\\xa0\\x80'.decode()", "b'\\x80'.decode('ascii')", "'\\xe9'.encode('ascii')", "'\\ud800'.encode()",
    "'ab\\xe9\\xea'.encode('ascii')", "'\\u20ac'.encode('latin-1')", "b'a'.decode('foo')", "b'\\xff'.decode('utf-8', 'foo')",
    "b'a'.decode('utf-8', 'foo')", "'\\xe9'.encode('ascii', 'ignore')", "'\\xe9x'.encode('ascii', 'replace')",
    "'é'.encode('latin-1').decode('latin-1')", "'日本語'.encode()", "'日本語'.encode('utf-16')", "b'\\x00a'.decode('utf-16-be')",
    "'\\U0001f600'.encode().decode()", "bytes('é', 'ascii', 'ignore')", "str(b'\\xe9', 'latin-1')", "str(b'\\xff', errors='replace')",
    "'x'.encode(encoding='ascii', errors='strict')", "b'x'.decode(encoding='ascii')", "bytearray('é', 'utf-8').decode()",
    "b'\\xff\\xfeA\\x00'.decode('utf-16')", "len('\\U0001f600'.encode('utf-32'))", "'\\x80'.encode('iso8859-15')", "'€'.encode('iso-8859-15')",
]:
    show(expr)

try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    "ab\u20accd".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(str(e), e.start, e.end)
e = UnicodeEncodeError("ascii", "\xe9", 0, 1, "nope")
print(str(e), repr(e.object))
e = UnicodeTranslateError("\u20ac", 0, 1, "untranslatable")
print(str(e), e.encoding)
try:
    UnicodeDecodeError("utf-8", "not bytes", 0, 1, "x")
except TypeError as e:
    print("TypeError", e)
print(isinstance(UnicodeDecodeError("a", b"", 0, 0, ""), ValueError))
