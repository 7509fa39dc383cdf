# bz2 and lzma under zipfile (ZIP_BZIP2, ZIP_LZMA), tarfile ('w:bz2', 'w:xz', 'w|bz2',
# 'r:*', 'r|*') and shutil.make_archive / unpack_archive (bztar, xztar).
import io
import os
import shutil
import tarfile
import tempfile
import zipfile

BODY = b"".join(b"record %05d\n" % i for i in range(5000))
for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        z.writestr("body.txt", BODY)
        z.writestr("small.txt", b"small")
        z.writestr("empty", b"")
        with z.open("streamed", "w") as w:
            w.write(BODY[:999])
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        print(method, [(i.filename, i.compress_type, i.file_size) for i in z.infolist()])
        print(z.read("body.txt") == BODY, z.read("small.txt"), z.read("empty"), z.testzip())
        with z.open("streamed") as r:
            print(r.read(7), r.read(5), len(r.read()))

for mode in ("w:bz2", "w:xz", "w|bz2", "w|xz"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        for name, body in (("a/body.txt", BODY), ("a/small.txt", b"small")):
            info = tarfile.TarInfo(name)
            info.size = len(body)
            info.mtime = 1700000000
            t.addfile(info, io.BytesIO(body))
    for read_mode in ("r:*", "r|*", "r:" + mode[2:]):
        with tarfile.open(fileobj=io.BytesIO(buf.getvalue()), mode=read_mode) as t:
            print(mode, read_mode, [(m.name, m.size, t.extractfile(m).read()[-6:]) for m in t])
try:
    tarfile.open(fileobj=io.BytesIO(b"BZh9" + bytes(600)), mode="r:bz2")
except tarfile.ReadError as e:
    print("ReadError:", e)

root = tempfile.mkdtemp()
src = os.path.join(root, "src")
os.makedirs(os.path.join(src, "inner"))
with open(os.path.join(src, "inner", "x.txt"), "wb") as f:
    f.write(BODY[:100])
with open(os.path.join(src, "y.txt"), "wb") as f:
    f.write(b"why\n")
print([f for f in shutil.get_archive_formats() if f[0] in ("bztar", "xztar")])
print([f for f in shutil.get_unpack_formats() if f[0] in ("bztar", "xztar")])
for fmt in ("bztar", "xztar"):
    name = shutil.make_archive(os.path.join(root, "out_" + fmt), fmt, root_dir=src)
    print(fmt, os.path.basename(name))
    dest = os.path.join(root, "x_" + fmt)
    shutil.unpack_archive(name, dest, filter="data")
    found = sorted(os.path.relpath(os.path.join(d, f), dest) for d, _, fs in os.walk(dest) for f in fs)
    print(found, open(os.path.join(dest, "y.txt"), "rb").read())
shutil.rmtree(root)
