# Error messages of str methods and operators (must match CPython 3.13 exactly).
def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

for expr in [
    "'a'.split(1)", "'a'.split(',', 1, 2)", "'a'.split('')", "'a'.split(x=1)", "'a'.find()", "'a'.find(1)",
    "'a'.find('a', 'x')", "'a'.find('a', 1, 2, 3)", "'a'.count()", "'a'.startswith(1)", "'a'.startswith((1,))",
    "'a'.join([1])", "'a'.join(1)", "'a'.replace('a')", "'a'.replace(1, 'b')", "'a'.center()", "'a'.center(3, 'ab')",
    "'a'.center('x')", "'a'.strip(1)", "'a'.index('b')", "'a'.rindex('b')", "'a'.partition('')", "'a'.partition(1)",
    "'a'.encode('foo')", "'a'.encode(1)", "'a'.zfill('1')", "'a'.expandtabs('x')", "'a'.translate(1)",
    "str.maketrans(1)", "str.maketrans('ab', 'a')", "str.maketrans({1.5: 2})", "'a'.removeprefix(1)",
    "'a' + 1", "'a' * 'b'", "'a' * 1.5", "'a'[1]", "'a'['x']", "1 in 'a'", "'a' < 1", "str(b'a', 'foo')",
    "str(1, 'utf-8')", "str('a', 'utf-8')", "str(b'\\xff', 'utf-8')", "'a'.splitlines(1.5)",
    "'a'.format_map(1)", "'{a}'.format_map(1)", "'abc'.index('d', 0, 1)", "'x'.ljust(5, '')", "'x'.rjust(2**63)",
    "'a'.count('a', None, 2**100)", "'a'[2**100]", "'abc'[::0]", "'a'.isupper(1)", "'a'.lower(1)", "'a'.upper(x=1)",
    "'a'.encode('utf-8', 1)", "'a'.join(['a', b'b'])", "''.join(('a', 2))", "str(x=1)", "str(1, 2, 3, 4)", "str(b'a', encoding=1)",
    "str.maketrans(1, 'a')", "str.maketrans('a', 1)", "str.maketrans('a', 'b', 1)", "str.maketrans({'ab': 1})",
    "'a'.translate({97: 1.5})", "'a'.translate({97: 0x110000})", "'a'.find(None)", "'a'.count(None)",
    "'a'.replace(None, 'b')", "'a'.encode(None)", "'a'.center(3, None)", "'a'.removesuffix(None)", "'a'.startswith(None)",
    "'a'.partition(None)", "str.maketrans('a', None)", "'a'.join([None])", "str(b'a', None)", "'a' + None", "'a'.expandtabs(None)",
    "'a'.__getitem__(None)", "'a'.zfill(None)", "'a' * None", "str.__new__(int)", "str.__new__(1)", "'a'.__add__(1)",
    "'abc'.startswith('a', 'x')", "'abc'.endswith(['a'])", "'a' * 2**63",
]:
    show(expr)
