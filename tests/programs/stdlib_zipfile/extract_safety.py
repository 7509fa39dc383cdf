# extract/extractall keep every member inside the target directory (absolute names, drive
# letters, '..' and '.' parts are dropped), write() adds files and directories, and the
# command line interface (-t, -e) works on the result.
import io
import os
import tempfile
import zipfile


def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        for name in sorted(filenames):
            with open(os.path.join(dirpath, name), "rb") as f:
                out.append((os.path.normpath(os.path.join(rel, name)), f.read()))
        if not filenames and not dirnames:
            out.append((rel + "/", None))
    return out


stamp = (2020, 2, 2, 2, 2, 2)
names = ["../evil.txt", "/abs/root.txt", "a/./b/../c.txt", "../../up/deep.txt", "c:/drive.txt",
         "ok/dir/", "plain.txt", "x/y/z.txt"]
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    for name in names:
        zf.writestr(zipfile.ZipInfo(name, stamp), b"" if name.endswith("/") else name.encode())

with tempfile.TemporaryDirectory() as tmp:
    target = os.path.join(tmp, "out")
    with zipfile.ZipFile(buf) as zf:
        print(zf.namelist())
        for result in tree(tmp):
            print(result)
        zf.extractall(target)
        print(os.listdir(tmp))
        for result in tree(target):
            print(result)
        one = zf.extract("x/y/z.txt", os.path.join(tmp, "single"))
        print(os.path.relpath(one, tmp))
        one = zf.extract(zf.getinfo("ok/dir/"), os.path.join(tmp, "single"))
        print(os.path.relpath(one, tmp), os.path.isdir(one))

    # write(): files keep their size; directories become entries ending in '/'.
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "inner"))
    with open(os.path.join(src, "inner", "f.txt"), "wb") as f:
        f.write(b"file contents\n" * 10)
    path = os.path.join(tmp, "made.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(os.path.join(src, "inner"), "inner")
        zf.write(os.path.join(src, "inner", "f.txt"), "inner/f.txt")
        zf.write(os.path.join(src, "inner", "f.txt"), compress_type=zipfile.ZIP_STORED)
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            print(info.filename.endswith("inner/f.txt"), info.is_dir(), info.file_size,
                  info.compress_type, zf.read(info) == b"file contents\n" * 10)
    try:
        zipfile.ZipFile(path, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    zipfile.main(["-t", path])
    zipfile.main(["-e", path, os.path.join(tmp, "cli")])
    print([name for name, _ in tree(os.path.join(tmp, "cli"))][:1])
