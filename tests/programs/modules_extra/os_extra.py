# os and os.path on a scratch directory next to the program: makedirs, walk, scandir, rename, environ
import os
import os.path as osp
base = f"_tmp_os_extra_{os.getpid()}"
try:
    os.makedirs(osp.join(base, "a", "b"))
    os.makedirs(osp.join(base, "a", "b"), exist_ok=True)
    with open(osp.join(base, "a", "f.txt"), "w") as f:
        f.write("12345")
    with open(osp.join(base, "top.txt"), "w") as f:
        f.write("x")
    print(sorted(os.listdir(base)), osp.getsize(osp.join(base, "a", "f.txt")))
    for root, dirs, files in os.walk(base):
        print(root.replace(base, "BASE").replace(os.sep, "/"), sorted(dirs), sorted(files))
    with os.scandir(base) as it:
        print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
    os.rename(osp.join(base, "top.txt"), osp.join(base, "renamed.txt"))
    print(sorted(os.listdir(base)), osp.exists(osp.join(base, "top.txt")))
    st = os.stat(osp.join(base, "renamed.txt"))
    print(st.st_size, type(st.st_mtime).__name__, osp.isdir(base), osp.isfile(base))
    try:
        os.mkdir(base)
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    try:
        os.rmdir(osp.join(base, "a"))
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.remove(osp.join(base, "a"))
    except OSError as e:
        print(type(e).__name__)
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.remove(osp.join(root, n))
        for n in dirs:
            os.rmdir(osp.join(root, n))
    os.rmdir(base)
print(osp.exists(base))
print(osp.normpath("./a/../b//c/."), osp.normpath(""), osp.normpath("//x"), osp.join("", "a"), osp.join("/", ""))
print(osp.split(""), osp.splitext("x."), osp.splitext("..x"), osp.splitext("a/.b.c"), osp.basename(""), osp.dirname("/"))
print(osp.relpath("a/b", "a/c"), osp.commonpath(["a/b/c", "a/b"]), osp.commonprefix([]), osp.isabs(""))
class P:
    def __fspath__(self):
        return "from/pathlike"
print(os.fspath(P()), osp.join(P(), "x"), osp.basename(P()))
os.environ["FT_EXTRA_VAR"] = "value"
print(os.getenv("FT_EXTRA_VAR"), "FT_EXTRA_VAR" in os.environ, os.environ.pop("FT_EXTRA_VAR"), os.getenv("FT_EXTRA_VAR", "gone"))
print(osp.expandvars("$NO_SUCH_VAR_FT/x"), type(os.cpu_count()).__name__, len(os.urandom(4)), os.getpid() > 0)
try:
    os.environ["k"] = 1
except TypeError as e:
    print(type(e).__name__)
