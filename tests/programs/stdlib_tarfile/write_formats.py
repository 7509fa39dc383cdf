# Uncompressed archives written with fixed metadata are byte for byte CPython's, in the pax
# (default), GNU and ustar formats, including long names, non-ASCII names, big numbers and
# fractional times.
import hashlib
import io
import tarfile


def member(name, data=b"", **attrs):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1700000000
    info.uid, info.gid, info.uname, info.gname = 1000, 100, "alice", "staff"
    for key, value in attrs.items():
        setattr(info, key, value)
    return info, (io.BytesIO(data) if data else None)


def build(fmt, items):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        for info, data in items:
            tar.addfile(info, data)
    return buf.getvalue()


def items():
    return [
        member("hello.txt", b"hello tar\n" * 7),
        member("dir", type=tarfile.DIRTYPE, mode=0o755),
        member("dir/link", type=tarfile.SYMTYPE, linkname="../hello.txt"),
        member("dir/hard", type=tarfile.LNKTYPE, linkname="hello.txt"),
        member("deep/" + "sub/" * 30 + "long-name.txt", b"long"),
        member("x" * 120, b"no slash to split at"),
        member("empty"),
        member("exec.sh", b"#!/bin/sh\n", mode=0o4755),
        member("fifo", type=tarfile.FIFOTYPE),
    ]


for fmt, label in ((tarfile.PAX_FORMAT, "pax"), (tarfile.GNU_FORMAT, "gnu"),
                   (tarfile.USTAR_FORMAT, "ustar")):
    chosen = items()
    if fmt == tarfile.USTAR_FORMAT:
        chosen = [m for m in chosen if not m[0].name.startswith("x" * 100)]
    data = build(fmt, chosen)
    print(label, len(data), hashlib.sha256(data).hexdigest()[:24])
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for info in tar:
            print("  %-40s %s %o %d %s %s %s %d" % (info.name[:40], info.type, info.mode, info.size,
                                                  info.linkname, info.uname, sorted(info.pax_headers),
                                                  info.offset_data))

# What pax headers carry: non-ASCII and long texts, big or fractional numbers.
specials = [
    member("caf\u00e9/\u00fcber.txt", b"unicode name", uname="j\u00fcrgen"),
    member("big-uid", uid=8 ** 7 + 5, gid=2 ** 40),
    member("float-time", b"x", mtime=1700000000.25),
    member("negative-time", mtime=-86400),
    member("link-long", type=tarfile.SYMTYPE, linkname="t/" * 60),
]
data = build(tarfile.PAX_FORMAT, specials)
print("pax specials", len(data), hashlib.sha256(data).hexdigest()[:24])
with tarfile.open(fileobj=io.BytesIO(data)) as tar:
    for info in tar.getmembers():
        print("  ", info.name, info.uid, info.gid, info.mtime, info.uname, len(info.linkname),
              info.pax_headers)
data = build(tarfile.GNU_FORMAT, [member("big-gnu", uid=8 ** 7 + 5, mtime=-86400),
                                  member("n" * 150, type=tarfile.SYMTYPE, linkname="l" * 150)])
print("gnu specials", len(data), hashlib.sha256(data).hexdigest()[:24])
with tarfile.open(fileobj=io.BytesIO(data)) as tar:
    print([(m.name[:5], len(m.name), m.uid, m.mtime, len(m.linkname)) for m in tar])

for fmt, info in ((tarfile.USTAR_FORMAT, member("a" * 101)[0]),
                  (tarfile.USTAR_FORMAT, member("big", uid=8 ** 7)[0]),
                  (tarfile.USTAR_FORMAT, member("l", type=tarfile.SYMTYPE, linkname="k" * 101)[0]),
                  (tarfile.PAX_FORMAT, member("none", mode=None)[0]),
                  (7, member("bad format")[0])):
    try:
        info.tobuf(fmt)
    except ValueError as e:
        print("ValueError:", e)

# A global pax header and appending to an archive.
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", pax_headers={"comment": "global \u2603"}) as tar:
    tar.addfile(*member("first.txt", b"1"))
buf.seek(0)
with tarfile.open(fileobj=buf, mode="a") as tar:
    tar.addfile(*member("second.txt", b"22"))
buf.seek(0)
print("appended", len(buf.getvalue()), hashlib.sha256(buf.getvalue()).hexdigest()[:24])
with tarfile.open(fileobj=buf) as tar:
    print(tar.getnames(), tar.pax_headers, tar.extractfile("second.txt").read())
