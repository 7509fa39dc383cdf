# Archives on disk: 'w', 'a' (also on a missing file), 'x' and 'x:gz', and reading them back
# with 'r', 'r:' and 'r:*'.
import io
import os
import tarfile
import tempfile


def add(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size, info.mtime = len(data), 1700000000
    tar.addfile(info, io.BytesIO(data))


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "a.tar")
    with tarfile.open(path, "w") as tar:
        add(tar, "one", b"1" * 10)
        print(tar.name == os.path.abspath(path), tar.mode)
    with tarfile.open(path, "a") as tar:
        add(tar, "two", b"2" * 600)
    print(os.path.getsize(path), tarfile.is_tarfile(path))
    with tarfile.open(path, "r:") as tar:
        print(tar.getnames(), tar.extractfile("two").read(3))
    for mode in ("x", "x:gz"):
        try:
            tarfile.open(path, mode)
        except FileExistsError as e:
            print("FileExistsError", e.errno)
    fresh = os.path.join(tmp, "fresh.tar")
    with tarfile.open(fresh, "a") as tar:
        print("a on a missing file ->", tar.mode)
        add(tar, "made", b"by append")
    with tarfile.open(fresh) as tar:
        print(tar.getnames(), tar.extractfile("made").read())
    gz = os.path.join(tmp, "b.tar.gz")
    with tarfile.open(gz, "x:gz") as tar:
        add(tar, "zipped", b"z" * 5000)
    with tarfile.open(gz, "r:*") as tar:
        print(tar.getnames(), len(tar.extractfile("zipped").read()))
    print(tarfile.is_tarfile(gz), tarfile.is_tarfile(fresh))
    with open(os.path.join(tmp, "not.tar"), "wb") as f:
        f.write(b"hello" * 300)
    print(tarfile.is_tarfile(os.path.join(tmp, "not.tar")))
    try:
        tarfile.open(gz, "a:gz")
    except ValueError as e:
        print("ValueError:", e)
    tar = tarfile.open(path)
    tar.close()
    for call in (tar.getmembers, lambda: tar.extractfile("one")):
        try:
            call()
        except OSError as e:
            print("OSError:", e)
    with tarfile.open(path) as tar:
        try:
            add(tar, "nope", b"")
        except OSError as e:
            print("OSError:", e)
