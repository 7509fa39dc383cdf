# Archives written with ZIP_STORED and fixed timestamps are byte for byte CPython's.
import hashlib
import io
import zipfile


def digest(data):
    return len(data), hashlib.sha256(data).hexdigest()[:24]


buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zf.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 2, 3, 4, 6)), b"hello world\n" * 3)
    info = zipfile.ZipInfo("dir/\u00e9t\u00e9.bin", (2021, 5, 6, 7, 8, 11))
    info.external_attr = 0o644 << 16
    info.comment = b"accented"
    zf.writestr(info, bytes(range(256)))
    zf.writestr(zipfile.ZipInfo("text.txt", (2107, 12, 31, 23, 59, 58)), "caf\u00e9 \u2603")
    zf.mkdir("sub", mode=0o755)
    with zf.open(zipfile.ZipInfo("streamed.txt", (1999, 9, 9, 9, 9, 9)), "w") as w:
        for i in range(5):
            w.write(b"chunk %d\n" % i)
    with zf.open(zipfile.ZipInfo("forced64.txt", (2000, 1, 1, 0, 0, 0)), "w", force_zip64=True) as w:
        w.write(b"zip64 sizes in the local header\n")
    zf.comment = b"archive comment"
data = buf.getvalue()
print("stored:", digest(data))

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist())
    print(zf.comment)
    for info in zf.infolist():
        print(info, info.date_time, info.CRC, info.extract_version, info.create_version,
              info.flag_bits, info.header_offset, info.comment)
    print(zf.read("text.txt").decode("utf-8"))
    print(zf.read("streamed.txt"))
    print(zf.testzip())

# Appending keeps the old members and rewrites the directory after the new one.
buf2 = io.BytesIO(data)
with zipfile.ZipFile(buf2, "a") as zf:
    zf.writestr(zipfile.ZipInfo("added.txt", (2022, 2, 2, 2, 2, 2)), b"appended")
print("appended:", digest(buf2.getvalue()))
with zipfile.ZipFile(buf2) as zf:
    print(zf.namelist()[-2:], zf.read("added.txt"), zf.read("a.txt")[:5])

# Appending to bytes that are not an archive puts a new archive after them.
buf3 = io.BytesIO(b"#!/bin/sh\necho stub\n")
with zipfile.ZipFile(buf3, "a") as zf:
    zf.writestr(zipfile.ZipInfo("payload.txt", (2010, 10, 10, 10, 10, 10)), b"after a stub")
print("prefixed:", digest(buf3.getvalue()))
with zipfile.ZipFile(buf3) as zf:
    print(zf.read("payload.txt"), zf.getinfo("payload.txt").header_offset)

# Many members.
buf4 = io.BytesIO()
with zipfile.ZipFile(buf4, "w") as zf:
    for i in range(300):
        zf.writestr(zipfile.ZipInfo("n/%03d" % i, (2015, 6, 15, 12, 0, 0)), str(i) * (i % 7))
print("many:", digest(buf4.getvalue()))
with zipfile.ZipFile(buf4) as zf:
    print(len(zf.infolist()), zf.read("n/299"), zf.getinfo("n/150").file_size)
