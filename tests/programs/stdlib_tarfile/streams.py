# Streaming modes: 'w|' writes the same bytes as 'w'; 'w|gz' and 'w:gz' round-trip through
# 'r|gz', 'r|*', 'r:gz' and 'r:*'; streams refuse to go back.
import gzip
import hashlib
import io
import tarfile


class OneWay(io.RawIOBase):
    """A stream that can only be written, or only be read from start to end."""
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0

    def writable(self):
        return True

    def write(self, b):
        self.data += bytes(b)
        return len(b)

    def read(self, n=-1):
        end = len(self.data) if n is None or n < 0 else self.pos + n
        chunk = bytes(self.data[self.pos:end])
        self.pos += len(chunk)
        return chunk


def fill(tar):
    for i in range(6):
        info = tarfile.TarInfo("file%d.txt" % i)
        payload = (b"line %d\n" % i) * (i * 150)
        info.size, info.mtime, info.mode = len(payload), 1650000000 + i, 0o640
        tar.addfile(info, io.BytesIO(payload))
    info = tarfile.TarInfo("sub")
    info.type, info.mtime = tarfile.DIRTYPE, 1650000000
    tar.addfile(info)


plain = io.BytesIO()
with tarfile.open(fileobj=plain, mode="w") as tar:
    fill(tar)
pipe = OneWay()
with tarfile.open(fileobj=pipe, mode="w|") as tar:
    fill(tar)
print(len(plain.getvalue()), bytes(pipe.data) == plain.getvalue(),
      hashlib.sha256(plain.getvalue()).hexdigest()[:24])

gz_pipe = OneWay()
with tarfile.open(fileobj=gz_pipe, mode="w|gz") as tar:
    fill(tar)
packed = bytes(gz_pipe.data)
print(packed[:3], gzip.decompress(packed) == plain.getvalue())

gz_file = io.BytesIO()
with tarfile.open(fileobj=gz_file, mode="w:gz", compresslevel=6) as tar:
    fill(tar)
print(gzip.decompress(gz_file.getvalue()) == plain.getvalue())

for data, mode in ((packed, "r|gz"), (packed, "r|*"), (plain.getvalue(), "r|"),
                   (plain.getvalue(), "r|*"), (gz_file.getvalue(), "r:gz"), (packed, "r:*")):
    with tarfile.open(fileobj=OneWay(data) if "|" in mode else io.BytesIO(data), mode=mode) as tar:
        sizes = []
        for member in tar:
            f = tar.extractfile(member)
            sizes.append((member.name, member.size, hashlib.md5(f.read()).hexdigest()[:6] if f else None))
        print(mode, sizes)

with tarfile.open(fileobj=OneWay(packed), mode="r|gz") as tar:
    tar.next()
    first = tar.next()
    second = tar.next()
    try:
        tar.extractfile(first).read()
    except tarfile.StreamError as e:
        print("StreamError:", e)
    print(tar.extractfile(second).read(6))
    try:
        tar.getmembers()[0]
        print("members", len(tar.getmembers()))
    except tarfile.StreamError as e:
        print("StreamError:", e)
for mode in ("a|", "x|gz"):
    try:
        tarfile.open(fileobj=OneWay(), mode=mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    tarfile.open(fileobj=OneWay(b"not gzip at all" * 40), mode="r|gz")
except tarfile.ReadError as e:
    print("ReadError:", e)
