# Escape sequences in str and bytes
print(repr('\n\t\r\\\'\"'))
print(repr('\a\b\f\v\0'))
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600'.encode('utf-8'))
print('\N{LATIN SMALL LETTER A WITH ACUTE}', ord('\N{GREEK SMALL LETTER ALPHA}'))
print(len('\x00\x01'), ord('\7'), ord('\77'), ord('\177'))
print(repr(b'\x00\xff\n\t\\'))
print(list(b'\x01\x7f\x80'))
print(repr('\u0000\u007f\u0080\u00ff\u0100'))
print(repr('\ud800'.encode('utf-8', 'surrogatepass')))
print('tab:\tend')
print('back\\slash')
print(ascii('é😀\n'))
print(repr('é😀'), len('😀'))
print('\
continued')
for src in [r"'\x4'", r"'\u12'", r"'\N{NO SUCH NAME}'", r"'\U0011FFFF'"]:
    try:
        print(src, repr(eval(src)))
    except SyntaxError as e:
        print(src, "SyntaxError")
print(chr(0x1F600) == '\U0001F600', '\x7f'.isprintable(), 'a'.isprintable())
print(repr('\x1b[0m'), repr('\r\n'))
