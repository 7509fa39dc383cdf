# open(..., buffering=0) in binary mode returns the raw FileIO (CPython's io.open); unbuffered text
# mode is a ValueError. A closed FileIO says so in its repr and its errors.
import io, os, tempfile
fd, path = tempfile.mkstemp()
os.close(fd)
with open(path, "wb", buffering=0) as f:
    print(type(f).__name__, f.mode, isinstance(f, io.RawIOBase), f.write(b"hello\nworld\n"))
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(5), f.readline(), f.readall(), f.readable(), f.writable())
with open(path, "r+b", buffering=0) as f:
    print(type(f).__name__, f.mode, f.seek(6), f.read())
with open(path, "ab", buffering=0) as f:
    print(type(f).__name__, f.mode, f.write(b"!"))
print(repr(f))
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
for mode in ("r", "w", "a"):
    try:
        open(path, mode, buffering=0)
    except ValueError as e:
        print(mode, "ValueError", e)
with open(path, "rb") as f:
    print(type(f).__name__, f.read())
os.remove(path)
