"""runpy: run a module or a script as a program without importing it (the standard library's
runpy, written for this VM from its documentation).

run_module(name) finds the module's source (importing its parent packages, not the module),
run_path(path) runs a file, or a directory's __main__.py; both run the code in a fresh
namespace and return it. With alter_sys (run_module) or always (run_path), sys.argv[0] and
sys.modules[run_name] point at what runs while it runs, and are restored afterwards.
"""
import os
import sys
import types

__all__ = ["run_module", "run_path"]


def _find_source(mod_name):
    """(path, is_package) of the module's source file, importing only its parent packages."""
    if mod_name.startswith("."):
        raise ImportError("Relative module names not supported")
    parent, _, last = mod_name.rpartition(".")
    if parent:
        __import__(parent)
        package = sys.modules[parent]
        directories = getattr(package, "__path__", None)
        if directories is None:
            raise ImportError(f"Error while finding module specification for {mod_name!r} "
                              f"(ModuleNotFoundError: __path__ attribute not found on {parent!r} "
                              f"while trying to find {mod_name!r})", name=mod_name)
    else:
        directories = [p or os.getcwd() for p in sys.path]
    for directory in directories:
        if not isinstance(directory, str):
            continue
        init = os.path.join(directory, last, "__init__.py")
        if os.path.isfile(init):
            return init, True
        source = os.path.join(directory, last + ".py")
        if os.path.isfile(source):
            return source, False
    return None, False


def _code_for_module(mod_name):
    path, is_package = _find_source(mod_name)
    if path is None:
        if mod_name in sys.modules or _importable_elsewhere(mod_name):
            raise ImportError(f"No code object available for {mod_name}")
        raise ImportError(f"No module named {mod_name}")
    if is_package:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise ImportError("Cannot use package as __main__ module")
        return _code_for_module(mod_name + ".__main__")
    from importlib.util import spec_from_file_location
    spec = spec_from_file_location(mod_name, path)
    return mod_name, spec, spec.loader.get_code(mod_name)


def _importable_elsewhere(mod_name):
    """Whether the VM provides the module without a source file on the path (native or shipped)."""
    from importlib.util import find_spec
    try:
        return find_spec(mod_name) is not None
    except (ImportError, ValueError):
        return False


def _execute(code, run_globals, init_globals, mod_name, spec, file, loader, package):
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__=mod_name, __file__=file, __cached__=None, __doc__=None,
                       __loader__=loader, __package__=package, __spec__=spec)
    exec(code, run_globals)
    return run_globals


class _SysSwap:
    """sys.argv[0] and sys.modules[name] replaced while the code runs, restored after."""

    def __init__(self, name, argv0, module):
        self.name, self.argv0, self.module = name, argv0, module

    def __enter__(self):
        self.saved_argv0 = sys.argv[0] if sys.argv else None
        self.had_module = self.name in sys.modules
        self.saved_module = sys.modules.get(self.name)
        if sys.argv:
            sys.argv[0] = self.argv0
        else:
            sys.argv.append(self.argv0)
        sys.modules[self.name] = self.module

    def __exit__(self, *exc):
        if self.saved_argv0 is not None:
            sys.argv[0] = self.saved_argv0
        if self.had_module:
            sys.modules[self.name] = self.saved_module
        else:
            sys.modules.pop(self.name, None)
        return False


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; return the resulting globals."""
    mod_name, spec, code = _code_for_module(mod_name)
    if run_name is None:
        run_name = mod_name
    package = spec.parent
    if not alter_sys:
        return _execute(code, {}, init_globals, run_name, spec, spec.origin, spec.loader, package)
    module = types.ModuleType(run_name)
    with _SysSwap(run_name, spec.origin, module):
        _execute(code, module.__dict__, init_globals, run_name, spec, spec.origin, spec.loader, package)
    return module.__dict__.copy()


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the code at path_name (a script, or a directory with a __main__.py) and return
    the resulting globals."""
    if run_name is None:
        run_name = "<run_path>"
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        main = os.path.join(path_name, "__main__.py")
        if not os.path.isfile(main):
            raise ImportError(f"can't find '__main__' module in {path_name!r}")
        sys.path.insert(0, path_name)
        try:
            return _run_file(main, init_globals, run_name, path_name)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    return _run_file(path_name, init_globals, run_name, path_name)


def _run_file(file, init_globals, run_name, argv0):
    from importlib.machinery import SourceFileLoader
    code = SourceFileLoader(run_name, file).get_code(run_name)
    module = types.ModuleType(run_name)
    with _SysSwap(run_name, argv0, module):
        _execute(code, module.__dict__, init_globals, run_name, None, file, None, run_name.rpartition(".")[0])
    return module.__dict__.copy()
