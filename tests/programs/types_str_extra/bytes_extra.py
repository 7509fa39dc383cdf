# bytes and bytearray: construction, methods, operators and error messages.
def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

for expr in [
    "bytes([256])", "bytes([-1])", "bytes(['a'])", "bytes('a')", "bytes(1.5)", "bytes(-1)", "bytes('a', 'foo')", "bytes(1, 'utf-8')",
    "b'a' + 'b'", "b'a' + 1", "'b' + b'a'", "b'a'[5]", "b'a'.hex(1)", "bytes.fromhex('zz')", "bytes.fromhex('a')", "bytes.fromhex(1)",
    "b'a'.join(['a'])", "b'a'.join([1])", "b'a'.split('a')", "b'a'.find('a')", "b'a'.find(256)", "256 in b'a'", "'a' in b'a'",
    "bytearray(b'a').append(256)", "bytearray(b'a').append('a')", "bytearray().pop()", "bytearray(b'a').pop(5)", "bytearray(b'a').remove(5)",
    "hash(bytearray())", "bytearray(b'a')[5]", "b'a'.count(1.5)", "b'a'.replace('a', 'b')", "bytes(b'a', 'utf-8')",
    "b'a'.startswith('a')", "b'a'.center(3, 'x')", "b'a'.center(3, b'xy')", "b'a' * 'x'", "bytearray(b'a').extend(1)",
    "bytearray(b'a').extend([300])", "bytearray(b'a').insert(0, 300)", "b'a' < 'a'", "bytes.maketrans(b'a', b'bc')", "b'abc'.translate(b'x')",
    "b'a'.startswith((1,))", "b'a'.startswith(('a',))", "b'abc'.split(b'')", "b'a'.strip('a')", "b'a'.join([b'a', 'b'])",
    "b'a'.upper(1)", "bytearray(b'a').upper(1)", "b'a'.partition('a')", "b'a'.partition(b'')", "b'a'.center(3, b'x')", "b'ab'.zfill(5)",
    "b'-7'.zfill(4)", "b'a\\tb'.expandtabs(4)", "b'a\\rb\\x0bc'.splitlines()", "b'a\\r\\nb\\n'.splitlines(True)", "b' a b '.split()",
    "b'\\x1ca\\x1c'.split()", "b'a'.translate(None, b'a')", "bytes.maketrans(b'ab', b'cd')[97:100]", "b'abc'.translate(bytes.maketrans(b'abc', b'xyz'), b'b')",
    "b'abc'.hex()", "b''.hex(':')", "b'ab'.count(98)", "b'abab'.count(b'ab')", "b'ab'.count(b'')", "b'ab'.find(b'b', 1)", "b'ab'.index(99)",
    "b'ab'.rindex(b'z')", "b'abcabc'.rfind(b'bc')", "b'abc'.rfind(99, 0, 2)", "bytearray(b'abc')[1:2]", "b'ab' * 2", "2 * bytearray(b'x')",
    "b'a' + bytearray(b'b')", "bytearray(b'a') + b'b'", "b'a' == bytearray(b'a')", "b'a' < bytearray(b'b')", "bytearray(b'b') > b'a'",
    "b'a' == 'a'", "bytes(bytearray(b'x'))", "bytes((1, 2))", "bytes(range(3))", "bytes(3)", "bytes()", "bytes('é', 'utf-8')",
    "bytes('a', encoding='ascii')", "bytes(x=1)", "bytes(1, 2, 3, 4)", "bytes('a', errors='strict')", "bytearray(3)", "bytearray(b'ab').pop()",
    "bytearray(b'ab').pop(0)", "bytearray(x=1)", "bytes(iter([1, 2]))", "bytes([1.5])", "bytes.fromhex('ab cd')", "bytes.fromhex(' ab ')",
    "bytes.fromhex('abc')", "bytes.fromhex('\\u00e9')", "bytes.fromhex(None)", "b'abc'[::-1]", "b'abc'[-1]", "bytearray(b'abc')[-4]",
    "list(b'ab')", "b'a' in b'ab'", "97 in b'ab'", "bytearray(b'b') in b'abc'", "b'Hello World'.swapcase()", "b'hello world'.title()",
    "b'hELLO'.capitalize()", "b'Ab'.islower()", "b'AB'.isupper()", "b'Ab Cd'.istitle()", "b'\\x80'.isascii()", "b''.isalpha()",
    "b'a1'.isalnum()", "b' \\t'.isspace()", "b'12'.isdigit()", "b'  x '.strip()", "b'xxaxx'.strip(b'x')", "b'xxaxx'.lstrip(b'x')",
    "b'xxaxx'.rstrip(bytearray(b'x'))", "b'a'.removeprefix('a')", "bytearray(b'abc').removeprefix(b'a')", "b'abc'.removesuffix(b'bc')",
    "b'abc'.ljust(5, b'*')", "b'abc'.rjust(5)", "b'abc'.center(6, b'-')", "b'ab'.rsplit(b'b', 1)", "b'a,b,c'.rsplit(b',', 1)",
    "b'a,b,,c'.split(b',')", "b'a b  c'.split(None, 1)", "b' a b c '.rsplit(maxsplit=1)", "repr(bytearray())", "str(b'a')",
    "b'\\x01\\x02\\x03'.hex(':', 2)", "b'\\x01\\x02\\x03'.hex(':', -2)", "b'\\x01\\x02\\x03'.hex('::')", "b'\\x01\\x02'.hex(b'-')",
    "bytes.fromhex('ff').hex(sep='-', bytes_per_sep=1)", "b'abcdef'.hex('-', 4)", "b'ab'.hex('\\u00e9')", "bytearray.fromhex('ff')",
    "hash(b'abc') == hash('abc')", "hash(b'') == hash('')", "b'a'.replace(b'a', b'b', count=1)", "b'aaa'.replace(b'a', b'b', 2)",
    "b'aaa'.replace(b'', b'-')", "b'abc'.replace(b'x', b'y')", "b'abc'.partition(b'b')", "b'abc'.rpartition(b'x')",
    "bytearray(b'abc').partition(b'b')", "b'abc'.startswith((b'x', b'ab'))", "b'abc'.endswith(b'bc', 0, 3)", "b'abc'.endswith(b'b', 0, 2)",
    "b'ab'.decode()", "b'%c' % 97", "repr(b'a\\'b\"c\\x00\\x7f\\xff')", "repr(bytearray(b\"it's\"))", "repr(b'\\'')", "repr(b'\"\\'')",
    "bytes.__eq__(b'x', bytearray(b'x'))", "bytearray.__eq__(bytearray(b'x'), b'x')", "b''.join([])", "b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')])",
    "bytearray(b'-').join([b'a', b'b'])", "b'abc'.__getnewargs__()", "type(bytearray(b'ab')[0:1]).__name__", "bytes.maketrans(b'', b'')[:3]",
]:
    show(expr)

ba = bytearray(b'abcdef')
for code in ["ba[0] = 65", "ba[0] = 256", "ba[0] = 'a'", "ba[10] = 1", "ba[1:3] = b'XYZ'", "ba[::2] = b'12'", "ba[::2] = b'123'",
             "ba[1:2] = 5", "ba[1:2] = [1, 2]", "del ba[0]", "del ba[::2]", "ba['a'] = 1", "del ba[50]", "ba.append(300)",
             "ba.extend(b'zz')", "ba.extend('zz')", "ba.extend([1, 'a'])", "ba.insert(100, 65)", "ba.insert(-100, 66)", "ba.remove(300)",
             "ba.remove(b'a')", "ba += b'!'", "ba += 'x'", "ba *= 2", "ba.reverse()", "ba[-1] = 0", "ba[2:4] = b''", "ba[:0] = b'<<'",
             "ba[len(ba):] = bytearray(b'>>')", "ba[::-1] = ba", "del ba[1:3]", "ba.remove(ord('z'))", "ba.extend(range(3))", "ba.clear()", "ba.copy()"]:
    try:
        exec(code)
        print(code, "->", ba)
    except Exception as e:
        print(code, "!!", type(e).__name__, e)

class B(bytes):
    pass
class BA(bytearray):
    pass
b = B(b"xy")
b.attr = 1
print(b, type(b).__name__, b.attr, type(b + b"z").__name__, type(b.upper()).__name__, isinstance(b, bytes), b == b"xy")
ba2 = BA(b"q")
ba2.append(114)
print(ba2, repr(ba2), type(ba2.copy()).__name__, type(BA.fromhex("61")).__name__, BA.fromhex("61"))
print(hash(b) == hash(b"xy"), {b: 1}[b"xy"], sorted([b"b", b"a", bytearray(b"c")]))
it = iter(b"ab")
print(type(it).__name__, next(it), list(it), type(iter(bytearray())).__name__)
