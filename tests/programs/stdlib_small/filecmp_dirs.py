# filecmp: cmp (shallow and deep), cmpfiles, dircmp and its reports on a made-up tree.
import filecmp, os, tempfile, io, contextlib

root = tempfile.mkdtemp()
a = os.path.join(root, "a")
b = os.path.join(root, "b")
for d in (a, b):
    os.makedirs(os.path.join(d, "sub", "deep"))
    os.makedirs(os.path.join(d, ".git"))

def write(path, text, mtime=1_000_000):
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (mtime, mtime))

write(os.path.join(a, "same.txt"), "same")
write(os.path.join(b, "same.txt"), "same")
write(os.path.join(a, "diff.txt"), "left")
write(os.path.join(b, "diff.txt"), "rght")          # same size and mtime: shallow says equal
write(os.path.join(a, "size.txt"), "short")
write(os.path.join(b, "size.txt"), "longer text")
write(os.path.join(a, "only_a.txt"), "x")
write(os.path.join(b, "only_b.txt"), "y")
write(os.path.join(a, "sub", "s.txt"), "1")
write(os.path.join(b, "sub", "s.txt"), "2", 2_000_000)
write(os.path.join(a, "sub", "deep", "d.txt"), "d")
write(os.path.join(b, "sub", "deep", "d.txt"), "d")
os.makedirs(os.path.join(a, "kind"))
write(os.path.join(b, "kind"), "file")

j = os.path.join
print(filecmp.cmp(j(a, "same.txt"), j(b, "same.txt")))
print(filecmp.cmp(j(a, "diff.txt"), j(b, "diff.txt")), filecmp.cmp(j(a, "diff.txt"), j(b, "diff.txt"), shallow=False))
print(filecmp.cmp(j(a, "size.txt"), j(b, "size.txt")))
print(filecmp.cmp(j(a, "sub"), j(b, "sub")))
print(filecmp.cmpfiles(a, b, ["same.txt", "diff.txt", "size.txt", "missing.txt"], shallow=False))

d = filecmp.dircmp(a, b)
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs["sub"]).__name__)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    d.report_full_closure()
print(buf.getvalue().replace(root, "ROOT"))
d2 = filecmp.dircmp(a, b, ignore=["only_a.txt"], shallow=False)
print(d2.left_only, d2.diff_files)
try:
    d.nonexistent
except AttributeError as e:
    print("AttributeError", e)
print(filecmp.DEFAULT_IGNORES)
filecmp.clear_cache()
