# base64 and binascii: encodings, decoders' leniency and strictness, and their errors.
import base64
import binascii

data = bytes(range(0, 256, 7))
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                 (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                 (base64.standard_b64encode, base64.standard_b64decode)]:
    for n in range(0, 9):
        e = enc(data[:n])
        assert dec(e) == data[:n], (enc.__name__, n)
    print(enc.__name__, enc(data))

print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64decode('-__-', altchars='-_'))
print(base64.b64decode('aGVs bG8=\n'), base64.b64decode(b'aGVsbG8=extra'))
for bad in ['aGVsbG8', 'a', 'aGVsb', 'ab=c']:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print('Error', e)
for bad in ['aGVs bG8=', '=aGVs', 'aGVsbG8=x', 'aG=Vs']:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print('strict', e)
try:
    base64.b64decode('héllo')
except ValueError as e:
    print('ValueError', e)
try:
    base64.b64encode('text')
except TypeError as e:
    print('TypeError', e)

print(base64.b32encode(b'a'), base64.b32encode(b'ab'), base64.b32encode(b'abc'), base64.b32encode(b'abcd'), base64.b32encode(b'abcde'))
print(base64.b32decode(b'me======', casefold=True), base64.b32decode(b'MFRGGZDF'), base64.b32decode(b'0E======', map01=b'L'))
for bad in [b'MFRGGZD', b'MFRGGZD1', b'M=======']:
    try:
        print(base64.b32decode(bad))
    except binascii.Error as e:
        print('Error', e)
print(base64.b16decode(b'0aff', casefold=True))
try:
    base64.b16decode(b'0aff')
except binascii.Error as e:
    print('Error', e)
print(base64.b85encode(b'abc', pad=True), base64.b85decode(b'VPa!s'))
try:
    base64.b85decode(b'ab"cd')
except ValueError as e:
    print('ValueError', e)
big = bytes(range(256)) * 2
print(base64.encodebytes(big).count(b'\n'), base64.decodebytes(base64.encodebytes(big)) == big)

print(binascii.hexlify(b'\x01\xab\xff'), binascii.hexlify(b'\x01\x02\x03\x04\x05', '-', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', -2))
print(binascii.unhexlify('01abFF'), binascii.a2b_hex(b'00ff'))
for bad in ['abc', 'zz']:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print('Error', e, isinstance(e, ValueError))
print(binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64(b'aGk=\n'))
print(binascii.crc32(b'hello world'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc32(b''))
print(binascii.crc_hqx(b'hello world', 0), binascii.crc_hqx(b'123456789', 0xffff))
print(binascii.Error.__module__, binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__)
try:
    binascii.hexlify('str')
except TypeError as e:
    print('TypeError', e)
