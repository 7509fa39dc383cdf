# String literal prefixes and forms
print('single', "double", '''triple single''', """triple double""")
print(r'raw\n', R"raw\t", rb'\x00', Rb"\d", bR'\w', BR"x")
print(b'bytes', B"BYTES", type(b'').__name__)
print(u'unicode', U"UNI")
print('adjacent' "concat" '''enation''')
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
s = """line1
line2
  line3"""
print(s)
print(len(s), s.count("\n"))
t = 'a\
b'
print(t)
print(r'\\', len(r'\\'), r'\'', len(r'\''))
print(f'{1+1}' 'plain' f"{'x'*3}")
print(rf'{1}\n', fr"\t{2}", Rf'{3}', fR'{4}\d')
x = ('one'
     'two'
     "three")
print(x)
print(repr(''), repr(""), repr(''''''), len(""""""))
print(repr("'"), repr('"'), repr("'\""))
print(b'a' b'b', rb'\n' b'\n')
try:
    eval("'a' b'b'")
except SyntaxError as e:
    print("SyntaxError")
