# os.mkfifo, os.mknod (a FIFO; device nodes need privileges) and the dev_t helpers.
import os
import stat
import tempfile

for major, minor in ((0, 0), (1, 3), (8, 17), (259, 5), (4095, 1048575), (4096, 256)):
    dev = os.makedev(major, minor)
    print(major, minor, dev, os.major(dev), os.minor(dev))
with tempfile.TemporaryDirectory() as tmp:
    fifo = os.path.join(tmp, "fifo")
    os.mkfifo(fifo, 0o640)
    st = os.lstat(fifo)
    print(stat.S_ISFIFO(st.st_mode), oct(stat.S_IMODE(st.st_mode) & ~0o022 & 0o777) in ("0o640", "0o620"))
    node = os.path.join(tmp, "node")
    os.mknod(node, 0o600 | stat.S_IFIFO)
    print(stat.S_ISFIFO(os.lstat(node).st_mode))
    for call in (lambda: os.mkfifo(fifo), lambda: os.mknod(node, stat.S_IFIFO)):
        try:
            call()
        except FileExistsError as e:
            print("FileExistsError:", e.errno, e.filename, e)
