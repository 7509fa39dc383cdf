# Writing to a stream that cannot seek (sizes go in data descriptors), reading members as
# streams, and the errors of misuse.
import io
import warnings
import zipfile


class Pipe:
    """A write-only stream without tell() or seek()."""
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self):
        pass


pipe = Pipe()
with zipfile.ZipFile(pipe, "w") as zf:
    zf.writestr(zipfile.ZipInfo("one.txt", (2019, 1, 1, 0, 0, 0)), b"first member\n")
    with zf.open(zipfile.ZipInfo("two.txt", (2019, 1, 1, 0, 0, 2)), "w") as w:
        w.write(b"second ")
        w.write(memoryview(b"member\n"))
data = b"".join(pipe.chunks)
print(len(data), data[6:8], data.count(b"PK\x07\x08"))
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    for info in zf.infolist():
        print(info.filename, info.flag_bits, info.file_size, info.CRC, zf.read(info))
    with zf.open("one.txt") as a, zf.open("two.txt") as b:
        print(a.read(5), b.read(6), a.read(), b.read())
    text = io.TextIOWrapper(zf.open("two.txt"), encoding="utf-8")
    print(text.read().upper())
    text.close()

buf = io.BytesIO()
zf = zipfile.ZipFile(buf, "w")
w = zf.open("open.txt", "w")
for call in (lambda: zf.writestr("x", b"x"), lambda: zf.open("y", "w"), zf.close):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
w.write(b"done")
w.close()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    zf.writestr(zipfile.ZipInfo("open.txt"), b"again")
print([str(c.message) for c in caught])
zf.close()
print(repr(zf))
for call in (lambda: zf.read("open.txt"), lambda: zf.writestr("z", b"")):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)

for args, kw in ((("x.zip", "q"), {}), ((io.BytesIO(), "w", 99), {}),
                 ((io.BytesIO(), "w"), {"metadata_encoding": "cp437"})):
    try:
        zipfile.ZipFile(*args, **kw)
    except (ValueError, NotImplementedError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
try:
    zipfile.ZipInfo("old.txt", (1979, 12, 31, 0, 0, 0))
except ValueError as e:
    print("ValueError:", e)
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    for call in (lambda: zf.open("one.txt", "a"), lambda: zf.writestr("n", b"")):
        try:
            call()
        except ValueError as e:
            print("ValueError:", e)
    try:
        zf.comment = "text"
    except TypeError as e:
        print("TypeError:", e)
info = zipfile.ZipInfo("a\x00ignored")
print(info.filename, info.orig_filename == "a\x00ignored", info.date_time)
