# secrets: token sizes and alphabets, choice/randbelow/randbits ranges, compare_digest, errors.
import secrets

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__,
      len(secrets.token_hex(8)), all(c in '0123456789abcdef' for c in secrets.token_hex()),
      len(secrets.token_urlsafe(12)), all(c.isalnum() or c in '-_' for c in secrets.token_urlsafe(64)))
print(secrets.choice('x'), all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), all(secrets.randbits(8) < 256 for _ in range(200)),
      len({secrets.token_hex(16) for _ in range(50)}), secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'),
      isinstance(secrets.SystemRandom().random(), float), secrets.DEFAULT_ENTROPY)
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError', e)
