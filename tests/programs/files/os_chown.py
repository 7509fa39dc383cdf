# os.chown / os.lchown: -1 keeps an owner, the caller's own ids are always allowed, errors
# name the path.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f.txt")
    with open(path, "w") as f:
        f.write("x")
    before = os.stat(path)
    os.chown(path, -1, -1)
    os.chown(path, os.getuid(), os.getgid())
    after = os.stat(path)
    print(before.st_uid == after.st_uid == os.getuid(), after.st_gid == os.getgid())
    link = os.path.join(tmp, "link")
    os.symlink("f.txt", link)
    os.lchown(link, -1, -1)
    os.chown(link, -1, -1, follow_symlinks=False)
    print(os.lstat(link).st_uid == os.getuid())
    os.chown(path, 2 ** 32 - 1, -1)
    for bad in (-2, 2 ** 32):
        try:
            os.chown(path, bad, -1)
        except OverflowError as e:
            print("OverflowError:", e)
    try:
        os.chown(path, -1, -5)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        os.chown(os.path.join(tmp, "missing"), -1, -1)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, os.path.basename(e.filename))
