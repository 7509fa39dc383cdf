# ZIP64 records, reached with small limits: the end records for many members, the extra field
# for big sizes and offsets, and LargeZipFile when ZIP64 is not allowed. Byte-identical to
# CPython's output for the same limits.
import hashlib
import io
import zipfile


def digest(data):
    return len(data), hashlib.sha256(data).hexdigest()[:24]


def build(**kw):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", **kw) as zf:
        for i in range(5):
            zf.writestr(zipfile.ZipInfo("m%d.txt" % i, (2021, 3, 4, 5, 6, 8)), b"%d" % i * (60 * i))
    return buf.getvalue()


saved = zipfile.ZIP_FILECOUNT_LIMIT, zipfile.ZIP64_LIMIT
zipfile.ZIP_FILECOUNT_LIMIT = 3
data = build()
print("count", digest(data), data.count(b"PK\x06\x06"), data.count(b"PK\x06\x07"))
zipfile.ZIP_FILECOUNT_LIMIT = saved[0]
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.read("m4.txt")[:6], zf.testzip())

zipfile.ZIP64_LIMIT = 100
data = build()
print("sizes", digest(data))
zipfile.ZIP64_LIMIT = saved[1]
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    for info in zf.infolist():
        print(" ", info.filename, info.file_size, info.compress_size, info.header_offset,
              info.extract_version, len(info.extra), zf.read(info)[:3])

zipfile.ZIP64_LIMIT = 100
for kw in ({"allowZip64": False},):
    try:
        build(**kw)
    except zipfile.LargeZipFile as e:
        print("LargeZipFile:", e)
zipfile.ZIP_FILECOUNT_LIMIT = 3
try:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", allowZip64=False) as zf:
        for i in range(4):
            zf.writestr(zipfile.ZipInfo("n%d" % i), b"")
except zipfile.LargeZipFile as e:
    print("LargeZipFile:", e)
try:
    zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False).open("x", "w", force_zip64=True)
except ValueError as e:
    print("ValueError:", e)
zipfile.ZIP_FILECOUNT_LIMIT, zipfile.ZIP64_LIMIT = saved
