# Loading a file as a module by hand (importlib.util.spec_from_file_location / module_from_spec /
# SourceFileLoader) and running code as a program (runpy.run_module / run_path).
import importlib.machinery
import importlib.util
import os
import runpy
import sys
import tempfile

root = tempfile.mkdtemp()
rel = lambda p: p if not isinstance(p, str) else p.replace(root, "<root>")

def write(path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)
    return full

plugin = write("plugins/greeter.py", "'''A plugin.'''\nNAME = 'greeter'\ndef greet(who):\n    return f'hello {who} from {__name__}'\nprint('running', __name__, __package__ == '', __spec__.name)\n")
pkg_init = write("plugins/toolkit/__init__.py", "VERSION = (1, 2)\n")
write("plugins/toolkit/util.py", "from . import VERSION\ndef version():\n    return '.'.join(map(str, VERSION))\n")

spec = importlib.util.spec_from_file_location("greeter", plugin)
print(type(spec.loader).__name__, spec.name, rel(spec.origin), spec.has_location, spec.submodule_search_locations, spec.parent)
module = importlib.util.module_from_spec(spec)
print(module.__name__, rel(module.__file__), module.__loader__ is spec.loader, "greet" in vars(module))
spec.loader.exec_module(module)
print(module.greet("tests"), module.__doc__)
print(spec.loader.is_package("greeter"), rel(spec.loader.get_filename("greeter")), spec.loader.get_source("greeter").splitlines()[1])

pspec = importlib.util.spec_from_file_location("toolkit", pkg_init)
print(pspec.parent, [rel(p) for p in pspec.submodule_search_locations])
toolkit = importlib.util.module_from_spec(pspec)
sys.modules["toolkit"] = toolkit
pspec.loader.exec_module(toolkit)
from toolkit import util
print(util.version(), rel(toolkit.__path__[0]))

print(importlib.util.spec_from_file_location("data", os.path.join(root, "data.txt")))
print(importlib.util.decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\r\ny = 1\r\n"))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.util.MAGIC_NUMBER)
lspec = importlib.util.spec_from_loader("made", importlib.machinery.SourceFileLoader("made", plugin))
print(lspec.name, rel(lspec.origin))

# runpy
write("scripts/job.py", "import sys\nresult = 6 * 7\nprint('job', __name__, __file__ == sys.argv[0], __spec__, __package__ == '')\n")
write("app/__main__.py", "import sys\nprint('app main', __name__, sys.path[0].endswith('app'))\nanswer = 'app'\n")
write("lib/runme/__init__.py", "")
write("lib/runme/__main__.py", "print('package main', __name__, __package__)\nvalue = 5\n")
write("lib/runme/task.py", "print('task', __name__, __package__, __spec__.name, extra)\nresult = extra * 2\n")
g = runpy.run_path(os.path.join(root, "scripts/job.py"))
print(g["result"], g["__name__"], rel(g["__file__"]))
g = runpy.run_path(os.path.join(root, "scripts/job.py"), run_name="__main__", init_globals={"seed": 1})
print(g["seed"], g["__name__"], "__main__" in sys.modules and sys.modules["__main__"].__name__)
g = runpy.run_path(os.path.join(root, "app"))
print(g["answer"], rel(g["__file__"]), any(p.endswith("app") for p in sys.path))
sys.path.insert(0, os.path.join(root, "lib"))
g = runpy.run_module("runme.task", init_globals={"extra": 21})
print(g["result"], g["__name__"], "runme.task" in sys.modules, "runme" in sys.modules)
g = runpy.run_module("runme", run_name="__main__", alter_sys=True)
print(g["value"], g["__name__"])
for bad in ("no_such_module_xyz", "runme.missing"):
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print("ImportError", type(e).__name__)
try:
    runpy.run_path(os.path.join(root, "lib"))
except ImportError as e:
    print("ImportError", rel(str(e)))
