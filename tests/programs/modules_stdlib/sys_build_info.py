# sys attributes describing the build and platform (printed where machine-independent).
import sys
print(sys.getfilesystemencodeerrors(), sys.platlibdir, sys.pycache_prefix, sys.api_version, sys.float_repr_style)
print(sys.base_prefix == sys.prefix == sys.exec_prefix == sys.base_exec_prefix, type(sys.copyright).__name__)
print('os' in sys.stdlib_module_names, 'json' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names, type(sys.stdlib_module_names).__name__)
print(sys.thread_info.name, sys.thread_info.lock, sys.thread_info[2].startswith('NPTL'), sys.abiflags == ('' if sys._is_gil_enabled() else 't'))
