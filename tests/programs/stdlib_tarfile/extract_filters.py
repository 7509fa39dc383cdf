# extractall/extract with the 3.13 filters: what 'data' and 'tar' refuse or change, and
# add() of a directory tree with a filter normalising the metadata.
import io
import os
import stat
import tarfile
import tempfile


def entry(name, data=b"", **attrs):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1500000000
    for key, value in attrs.items():
        setattr(info, key, value)
    return info, (io.BytesIO(data) if data else None)


def archive(*entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for info, data in entries:
            tar.addfile(info, data)
    buf.seek(0)
    return buf


def listing(root):
    out = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(dirs + files):
            path = os.path.join(folder, name)
            st = os.lstat(path)
            kind = "l" if stat.S_ISLNK(st.st_mode) else "d" if stat.S_ISDIR(st.st_mode) else "f"
            out.append("%s %s %o" % (os.path.relpath(path, root), kind, stat.S_IMODE(st.st_mode)))
    return out


cases = lambda: {
    "absolute": entry("/etc/evil.txt", b"x"),
    "dotdot": entry("../up.txt", b"x"),
    "abs-symlink": entry("s", type=tarfile.SYMTYPE, linkname="/etc/passwd"),
    "out-symlink": entry("s2", type=tarfile.SYMTYPE, linkname="../x"),
    "out-hardlink": entry("h", type=tarfile.LNKTYPE, linkname="../x"),
    "device": entry("dev", type=tarfile.CHRTYPE, devmajor=1, devminor=3),
    "fifo": entry("pipe", type=tarfile.FIFOTYPE),
    "setuid": entry("suid", b"#!", mode=0o4777),
    "plain": entry("ok/file.txt", b"fine", mode=0o640),
}
with tempfile.TemporaryDirectory() as tmp:
    for label in cases():
        # (A device node is only refused here: making one needs privileges.)
        for filter_name in ("data",) if label == "device" else ("data", "tar"):
            dest = os.path.join(tmp, label + "-" + filter_name)
            os.mkdir(dest)
            with tarfile.open(fileobj=archive(cases()[label])) as tar:
                try:
                    tar.extractall(dest, filter=filter_name)
                    print(label, filter_name, "->", listing(dest))
                except tarfile.FilterError as e:
                    print(label, filter_name, type(e).__name__ + ":",
                          str(e).replace(tmp, "<tmp>"), e.tarinfo.name)
                except KeyError as e:
                    print(label, filter_name, "KeyError:", e)

    # What the filters return, without extracting.
    for info, _ in (entry("/abs/x"), entry("m", mode=0o777), entry("d", type=tarfile.DIRTYPE, mode=0o777)):
        for fn in (tarfile.data_filter, tarfile.tar_filter, tarfile.fully_trusted_filter):
            got = fn(info, tmp)
            print(info.name, fn.__name__, got.name, None if got.mode is None else oct(got.mode),
                  got.uid, got.uname, got is info)

    with tarfile.open(fileobj=archive(*cases().values())) as tar:
        for bad in ("nonsense", 42):
            try:
                tar.extractall(tmp, filter=bad)
            except (ValueError, TypeError) as e:
                print(type(e).__name__ + ":", e)
        tar.errorlevel = 0
        dest = os.path.join(tmp, "lenient")
        tar.extractall(dest, members=[m for m in tar if m.name not in ("dev", "h")], filter="data")
        print("lenient", listing(dest))
        tar.extract("ok/file.txt", os.path.join(tmp, "one"), filter="data")
        print(listing(os.path.join(tmp, "one")))

    # add(): a tree, recursively, with a filter that fixes owner and times (and drops *.tmp).
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "b", "c"))
    for rel, data in (("a.txt", b"A" * 700), ("b/c/d.txt", b"D"), ("b/skip.tmp", b"T")):
        with open(os.path.join(src, rel), "wb") as f:
            f.write(data)
    os.symlink("a.txt", os.path.join(src, "alias"))

    def normalise(info):
        if info.name.endswith(".tmp"):
            return None
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = 1234567890
        info.mode = 0o755 if info.isdir() else 0o644
        return info

    out = os.path.join(tmp, "tree.tar")
    with tarfile.open(out, "w") as tar:
        tar.add(src, arcname="tree", filter=normalise)
    with open(out, "rb") as f:
        raw = f.read()
    import hashlib
    print(len(raw), hashlib.sha256(raw).hexdigest()[:24])
    with tarfile.open(out) as tar:
        print([(m.name, m.type, m.size, m.linkname) for m in tar])
