# zipfile.Path: navigation with implied directories, reading, glob/rglob, names and errors.
import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    for name, data in (("a.txt", "alpha\n"), ("b/c.txt", "see\n"), ("b/d/e.tar.gz", "bin"),
                       ("b/d/f.txt", "eff"), ("g/", ""), ("h/i/j.md", "# j")):
        zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)
buf.name = "archive.zip"
zf = zipfile.ZipFile(buf)
zf.filename = "archive.zip"
root = zipfile.Path(zf)
print(repr(root), str(root), root.name, root.is_dir(), root.exists())
print([p.name for p in root.iterdir()])
b = root / "b"
print(repr(b), b.is_dir(), b.is_file(), [str(p.at) for p in b.iterdir()])
f = root.joinpath("b", "d", "e.tar.gz")
print(f.name, f.suffix, f.suffixes, f.stem, f.is_file(), f.read_bytes(), repr(f.parent))
print(root.joinpath("a.txt").read_text(), root.joinpath("h").exists(), root.joinpath("h/i").is_dir())
print(sorted(p.at for p in root.glob("*")), sorted(p.at for p in root.glob("**/*.txt")))
print(sorted(p.at for p in root.rglob("*.txt")), sorted(p.at for p in b.glob("d/*")))
print(sorted(p.at for p in root.glob("b/?.txt")), sorted(p.at for p in root.glob("[ab]*")))
print(f.match("*.gz"), f.match("d/*.gz"), f.relative_to(b), root.joinpath("b", "d") == b / "d")
with root.joinpath("b/c.txt").open() as t:
    print(type(t).__name__, t.read())
with root.joinpath("b/c.txt").open("rb") as t:
    print(t.read())
for call in (lambda: root.joinpath("missing.txt").open(), lambda: b.open(),
             lambda: list(f.iterdir()), lambda: root.joinpath("a.txt").open("rb", "utf-8"),
             lambda: list(root.glob("a**"))):
    try:
        call()
    except (FileNotFoundError, IsADirectoryError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(root.joinpath("nope").exists(), root.joinpath("g").is_dir(), [p.at for p in root.joinpath("g").iterdir()])
