# hashlib and hmac: digests of the common algorithms, incremental updates, copies, PBKDF2, errors.
import hashlib
import hmac
import io

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_384', 'sha3_512']
print(all(n in hashlib.algorithms_available for n in names), set(names) <= hashlib.algorithms_guaranteed)
for name in names:
    h = hashlib.new(name, b'hello ')
    h2 = h.copy()
    h.update(b'world')
    direct = getattr(hashlib, name)(b'hello world')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), h.digest() == direct.digest(),
          h2.hexdigest() == hashlib.new(name, b'hello ').hexdigest())

# Block boundaries: SHA-224 is computed here, check it across many lengths against SHA-224 of parts.
data = bytes(range(256)) * 3
for n in (0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 700):
    whole = hashlib.sha224(data[:n]).hexdigest()
    h = hashlib.sha224()
    for i in range(0, n, 7):
        h.update(data[i:min(i + 7, n)])
    assert h.hexdigest() == whole, n
    print(n, whole[:16])

print(hashlib.sha256(bytearray(b'abc')).hexdigest() == hashlib.sha256(memoryview(b'abc')).hexdigest())
print(hashlib.md5(string=b'abc').hexdigest(), hashlib.md5(usedforsecurity=False).hexdigest())
s = hashlib.shake_128(b'abc')
print(s.name, s.digest_size, s.hexdigest(10), len(s.digest(100)), hashlib.shake_256(b'').hexdigest(8))

for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nosuch'), lambda: hashlib.sha1(42)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, dklen=20).hex())
try:
    hashlib.pbkdf2_hmac('sha256', b'p', b's', 0)
except ValueError as e:
    print('ValueError', e)
print(hashlib.file_digest(io.BytesIO(b'x' * 100000), 'sha256').hexdigest())

m = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'md5')
print(m.name, m.digest_size, m.block_size, m.hexdigest())
m2 = hmac.new(b'key', digestmod=hashlib.sha256)
c = m2.copy()
m2.update(b'The quick brown fox jumps over the lazy dog')
print(m2.hexdigest(), c.hexdigest() == hmac.new(b'key', digestmod='sha256').hexdigest())
print(hmac.digest(b'k' * 200, b'msg', 'sha512').hex()[:32])
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(m.digest(), m.digest()))
try:
    hmac.new(b'key')
except TypeError as e:
    print('TypeError', e)
try:
    hmac.new('key', b'', 'sha1')
except TypeError as e:
    print('TypeError', e)
