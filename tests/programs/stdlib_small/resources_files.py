# importlib.resources: files() of a package on disk, joinpath/read, as_file, the functional API.
import os, sys, importlib.resources as resources
from importlib.resources.abc import Traversable

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "_pkgutil_tree"))
import alpha, alpha.mod

root = resources.files("alpha")
print(isinstance(root, Traversable), root.is_dir(), root.name)
print(sorted(p.name for p in root.iterdir() if p.name != "__pycache__"))
data = root / "data.txt"
print(data.is_file(), data.read_text(), data.read_bytes())
print(root.joinpath("beta", "__init__.py").read_text().strip())
print(resources.files(alpha) == root, resources.files(alpha.mod) == root)
with resources.as_file(data) as p:
    print(p.name, p.read_text())
print(resources.read_text("alpha", "data.txt"), resources.read_binary(alpha, "data.txt"))
with resources.open_text("alpha", "data.txt") as f:
    print(f.readline().strip())
with resources.open_binary("alpha", "data.txt") as f:
    print(f.read(8))
print(resources.is_resource("alpha", "data.txt"), resources.is_resource("alpha", "beta"))
with resources.path("alpha", "data.txt") as p:
    print(p.name)
try:
    resources.read_text("alpha", "missing.txt")
except FileNotFoundError:
    print("FileNotFoundError")
try:
    resources.files(42)
except (TypeError, AttributeError):
    print("not a module")
json_text = resources.files("json").joinpath("__init__.py").read_text()
print("json source has dumps:", "def dumps" in json_text)
