"""importlib.machinery: ModuleSpec (the type of every imported module's __spec__), the suffix
lists, and SourceFileLoader, the loader of a module from a .py file (what
importlib.util.spec_from_file_location gives a spec). The VM's own importer finds and runs modules
natively; these objects serve programs that load a file as a module themselves."""
import sys as _sys

ModuleSpec = type(_sys.modules["importlib"].__spec__)
# The loader of the modules shipped inside the VM (importlib is one of them).
FrozenImporter = _sys.modules["importlib"].__spec__.loader
SOURCE_SUFFIXES = [".py"]
EXTENSION_SUFFIXES = []
BYTECODE_SUFFIXES = [".pyc"]
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def all_suffixes():
    """Every file suffix a module may have (source, bytecode, extension)."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class SourceFileLoader:
    """Loads the module `fullname` from the source file `path`."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {"mtime": st.st_mtime, "size": st.st_size}

    def is_package(self, fullname):
        import os
        stem = os.path.splitext(os.path.basename(self.get_filename(fullname)))[0]
        return stem == "__init__"

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))

    def source_to_code(self, data, path="<string>"):
        return compile(data, path, "exec", dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def create_module(self, spec):
        return None  # the default module object

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        """The deprecated way: create, register and run the module in one call."""
        import warnings
        warnings.warn("the load_module() method is deprecated and slated for removal in "
                      "Python 3.12; use exec_module() instead", DeprecationWarning, stacklevel=2)
        from importlib.util import spec_from_file_location, module_from_spec
        module = _sys.modules.get(fullname)
        if module is None:
            module = module_from_spec(spec_from_file_location(fullname, self.path, loader=self))
            _sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            _sys.modules.pop(fullname, None)
            raise
        return _sys.modules[fullname]


SourcelessFileLoader = None  # the VM has no .pyc files
