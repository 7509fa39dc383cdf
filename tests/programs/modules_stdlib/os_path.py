# os and os.path: pure path manipulation plus existence checks on this program's own file
import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a", ""))
print(os.path.split("/usr/lib/python3/x.py"), os.path.split("file"), os.path.split("/"), os.path.split("dir/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"), os.path.splitext("a.b/c"))
print(os.path.basename("/a/b/c.py"), repr(os.path.basename("/a/b/")), os.path.dirname("/a/b/c.py"), os.path.dirname("c.py"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.splitdrive("/x/y"))
print(os.path.exists("os_path.py"), os.path.isfile("os_path.py"), os.path.isdir("os_path.py"), os.path.exists("no_such_file.xyz"))
print(os.path.isdir("."), os.path.exists(os.getcwd()), type(os.getcwd()).__name__, os.path.basename(os.getcwd()))
print(os.path.getsize("os_path.py") > 0, "os_path.py" in os.listdir("."), os.path.abspath("os_path.py") == os.path.join(os.getcwd(), "os_path.py"))
print(os.environ.get("FREETHREADED_SURELY_MISSING_VAR"), os.environ.get("FREETHREADED_SURELY_MISSING_VAR", "fallback"))
print("FREETHREADED_SURELY_MISSING_VAR" in os.environ, len(os.environ) >= 0)
try:
    os.environ["FREETHREADED_SURELY_MISSING_VAR"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(os.sep, os.curdir, os.pardir, os.extsep, os.path.sep == os.sep, type(os.linesep).__name__)
print(os.path.expanduser("no_tilde"), os.path.normcase("MiXeD"), os.fspath("str_path"))
try:
    os.stat("no_such_file.xyz")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print(os.path.join(*["x", "y", "z"]), os.path.splitext(os.path.basename("/tmp/report.final.pdf"))[0])
