# os.fstat, os.stat on a descriptor, and os.stat relative to a dir_fd.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        f.write(b"x" * 1234)
        f.flush()
        st = os.fstat(f.fileno())
        print("size while open:", st.st_size)
        print("regular:", stat.S_ISREG(st.st_mode))
        print("same inode as stat:", st.st_ino == os.stat(path).st_ino)
        print("same device:", st.st_dev == os.stat(path).st_dev)
        print("stat(fd) == fstat(fd):", os.stat(f.fileno()) == os.fstat(f.fileno()))
        print("mtime_ns is int:", type(st.st_mtime_ns).__name__)
        print("tuple length:", len(st))

    fd = os.open(path, os.O_RDONLY)
    print("fstat after reopen:", os.fstat(fd).st_size)
    os.close(fd)
    try:
        os.fstat(fd)
    except OSError as e:
        print("closed fd:", type(e).__name__, e.errno, e.strerror)

    dfd = os.open(d, os.O_RDONLY)
    try:
        rel = os.stat("data.bin", dir_fd=dfd)
        print("dir_fd stat size:", rel.st_size)
        print("dir_fd stat same inode:", rel.st_ino == os.stat(path).st_ino)
        print("directory:", stat.S_ISDIR(os.fstat(dfd).st_mode))
        try:
            os.stat("missing.bin", dir_fd=dfd)
        except FileNotFoundError as e:
            print("missing relative:", e.errno, e.filename)
        try:
            os.stat(dfd, dir_fd=dfd)
        except ValueError as e:
            print("ValueError:", e)
    finally:
        os.close(dfd)

    r, w = os.pipe()
    print("pipe is fifo:", stat.S_ISFIFO(os.fstat(r).st_mode))
    os.close(r)
    os.close(w)

for bad in ("x", 1.5, None):
    try:
        os.fstat(bad)
    except TypeError as e:
        print("fstat", type(bad).__name__, "-> TypeError")
try:
    os.lstat(0)
except TypeError as e:
    print("lstat(int):", e)

r = os.stat_result(range(10))
print(len(r), tuple(r), r.st_size, r.st_mtime, r.st_ctime_ns)
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = r
print(repr(r))
r2 = os.stat_result(list(range(10)) + [7.5, 8.5, 9.5, 7500, 8500, 9500])
print(r2.st_atime, r2.st_mtime_ns, r2 == r, r2[9])
print(os.stat_result.n_sequence_fields)
try:
    os.stat_result((1, 2))
except TypeError as e:
    print("TypeError:", e)
st = os.stat(".")
print(isinstance(st.st_mtime, float), isinstance(st[8], int), len(st))
