"""importlib.machinery: ModuleSpec (the type of every imported module's __spec__)."""
import sys as _sys

ModuleSpec = type(_sys.modules["importlib"].__spec__)
SOURCE_SUFFIXES = [".py"]
EXTENSION_SUFFIXES = []
BYTECODE_SUFFIXES = [".pyc"]
