# Error messages (type and text) of int, float, complex and bool operations and constructors.
def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "!!", type(e).__name__ + ":", e)


arith = [
    "1/0", "1//0", "1%0", "divmod(1, 0)", "1.0/0", "1.0//0", "1.0%0", "divmod(1.0, 0)", "1/0.0",
    "0**-1", "0.0**-1", "(-0.0)**-1", "pow(2, -1, 0)", "pow(2, 3, 0)", "pow(3, -1, 6)", "pow(3, -1, 7)",
    "pow(2, 3, -5)", "pow(2.0, 3, 4)", "1<<-1", "1>>-1", "1e300**2", "10.0**400",
    "(-8)**0.5", "(-1)**0.5", "pow(-2, 1/3)", "2**-1", "(-2)**-3", "0**0", "0.0**0", "1j/0", "1/0j",
    "1.0/0j", "0j**-1", "0j**1j", "1j//1", "1j%1", "divmod(1j, 1)", "1j<2j", "1j>=1", "~1.0", "-'a'",
    "1 + 'a'", "'a' * 1.5", "1.5 & 1", "1 << 1.0", "round(1, 1.5)", "round(1.5, 'a')", "(1).__round__(None)",
    "(2.5).__round__(None)", "round(float('inf'))", "round(float('nan'))", "round(1.5e308, -308)",
    "int(float('inf'))", "int(float('-inf'))", "int(float('nan'))", "float(10**400)", "10**400 / 10**-1 if False else 0",
    "(10**400) / 3", "1 / 10**400", "10**500 // 10**499", "2**64 % -3", "divmod(-2**64, 7)",
]
ctors = [
    "int('x')", "int('1', 1)", "int('1', 37)", "int(1.5, 2)", "int([])", "int(None)", "int('')", "int(' ')",
    "int('1_')", "int('_1')", "int('1__0')", "int('0x', 16)", "int('010', 0)", "int('0b2', 0)", "int('0o8', 8)",
    "int('12', base=3)", "int(base=10)", "int(1, 2, 3)", "int(x=1)", "int('9' * 4301)", "int(b'z')", "int(b'1' * 300)",
    "float('x')", "float('')", "float('1_')", "float('.')", "float('1e')", "float('0x1p1')", "float([])",
    "float(1, 2)", "float(x=1)", "float(b'nan')", "float(bytearray(b'1.5'))", "complex('x')", "complex('')",
    "complex('1 + 2j')", "complex('(1+2j')", "complex('1+2i')", "complex([])", "complex(1, [])", "complex('1', 1)",
    "complex(1, '2')", "complex(1, 2, 3)", "complex(real=1, imag=2)", "complex(imag=2)", "complex(1j, 1j)",
    "complex(1+1j, 2)", "bool(x=1)", "bool(1, 2)", "bool([])", "bool([0])",
]
methods = [
    "(1).to_bytes(1, 'x')", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(1).to_bytes(-1, 'big')",
    "(128).to_bytes(1, signed=True)", "(-129).to_bytes(1, signed=True)", "(1).to_bytes(0)", "(1).to_bytes(2, 'little', True)",
    "(1).to_bytes(byteorder=1)", "int.from_bytes(b'\\x01', 'x')", "int.from_bytes('a')", "int.from_bytes([256])",
    "int.from_bytes([1, 2])", "int.from_bytes(b'\\xff\\x00', 'little', signed=True)", "float('inf').as_integer_ratio()",
    "float('nan').as_integer_ratio()", "float.fromhex('x')", "float.fromhex('0x1p1024')", "float.fromhex(1)",
    "float.__getformat__('x')", "int.__add__(1)", "int.__add__(1, 2, 3)", "(1).__add__(1.0)", "(1.0).__radd__(1)",
    "(1.0).__eq__('a')", "(1j).__lt__(1j)", "int.__new__(bool, 1)", "int.__new__(str)", "float.__new__(int)",
    "bool.__new__(int, 1)", "complex.__new__(float)", "(5).__sizeof__()", "(2**30).__sizeof__()", "(0).__sizeof__()",
    "True.__sizeof__()", "(1.5).__sizeof__()", "(1j).__sizeof__()",
]
for group in (arith, ctors, methods):
    for expr in group:
        show(expr)
    print()
