# Reading a gzip-compressed GNU-format archive CPython 3.13 wrote (a long name, a directory,
# links), by file and as a stream; damaged and unknown inputs.
import base64
import io
import tarfile

FIXTURE = (
    "H4sIAAAAAAAC/+3Yu26DMBgFYM88havuYBsDax8gW7sjLi5YCSZyjJS+fblMSS+pKpmq4XyLkcV2dPiNj/smIp6x"
    "UZYky5ouKxNyWReEx5nIJJ+fGWcxl4QmZAXDyRWWUlL25Y33lD2Ru3Mc87eqqDsVdrXH/FMpv84/k1f5i2mLMuTv"
    "3SN90e6gguC57xR16uzC4Kd7BP69MAqjp11vmp02e4/9n3v9+coESy9mwfhByJKY0N2a/d+o6ft/GOPPa21V5Xr7"
    "lpuiU/kae9GrPqjQnR1qeNf535z/PLmc/7EcDwCY/2tozECnvOiUHOqwyf7bwfzt/58QV+d/ziRD/1c5/z9EpTbR"
    "qQ1U1fa01TjVb67/1WCtMs5r/7+d/x/uf2KZpoQK3xcT6P+cf9EU2ucE+EX+qRz///gal1Mbzx8AAAAAAAAAAO7b"
    "O5X+Yh4AKAAA"
)
data = base64.b64decode(FIXTURE)
print(tarfile.is_tarfile(io.BytesIO(data)), tarfile.is_tarfile(io.BytesIO(b"plain text" * 100)))

for mode in ("r", "r:gz", "r:*"):
    with tarfile.open(fileobj=io.BytesIO(data), mode=mode) as tar:
        print(mode, [(m.name[-12:], len(m.name), m.type, oct(m.mode), m.size, m.uname, m.uid,
                      m.mtime, m.linkname) for m in tar.getmembers()])

with tarfile.open(fileobj=io.BytesIO(data)) as tar:
    readme = tar.getmember("pkg/readme.md")
    print(readme.isfile(), readme.isdir(), readme.issym(), readme.offset, readme.offset_data)
    f = tar.extractfile(readme)
    print(f.readline(), f.read(4), f.seek(0), f.read(7), f.tell())
    print(tar.extractfile("pkg/current").read(7), tar.extractfile("pkg/again").read(7))
    print(tar.extractfile("pkg"))
    print(tar.getmember("pkg/").name)
    try:
        tar.getmember("pkg/missing")
    except KeyError as e:
        print("KeyError:", e)
    tar.list(verbose=False)

# Streams read members in order and cannot go back.
with tarfile.open(fileobj=io.BytesIO(data), mode="r|gz") as tar:
    for member in tar:
        if member.isreg():
            print("stream", member.name[-9:], tar.extractfile(member).read()[:9])
with tarfile.open(fileobj=io.BytesIO(data), mode="r|*") as tar:
    print([m.name[:7] for m in tar])

plain = tarfile.open(fileobj=io.BytesIO(data)).extractfile("pkg/run").read()
for blob, mode in ((b"", "r"), (b"\0" * 1024, "r"), (b"junk" * 200, "r:"), (data[:60], "r:gz"),
                   (b"x" * 600, "r:*"), (data, "r:zip")):
    try:
        with tarfile.open(fileobj=io.BytesIO(blob), mode=mode) as tar:
            print(mode, "opened", tar.getnames())
    except (tarfile.TarError, EOFError) as e:
        print(mode, type(e).__name__ + ":", str(e).splitlines()[0])
for mode in ("q", "r|zz", "a:gz"):
    try:
        tarfile.open(fileobj=io.BytesIO(data), mode=mode)
    except (ValueError, tarfile.CompressionError) as e:
        print(type(e).__name__ + ":", e)
try:
    tarfile.open()
except ValueError as e:
    print("ValueError:", e)
print(plain)
