"""Starting a child VM and running the parent's work in it.

The parent runs `<vm> OPTS -X gil=N -c 'from multiprocessing.spawn import spawn_main; spawn_main(FD)'`
on its own backend, OPTS its own -X/-W options (util._args_from_interpreter_flags: `-X nojit`,
`-X jit=always`, ... so sys._xoptions in the child shows them); FD is an inherited socket on which it writes two pickles (8-byte length
first): the preparation data (sys.path, argv, cwd, the main module's path) and the Process
object. The child re-runs the parent's main script as `__mp_main__` (also installed as
`__main__`, so pickled references to main's functions resolve), then runs the process."""

import io
import os
import struct
import sys

import _multiprocessing as _mp

from . import process, util

__all__ = ['get_command_line', 'get_preparation_data', 'prepare', 'spawn_main', 'get_executable',
           'set_executable']

_executable = None


def set_executable(exe):
    global _executable
    _executable = [exe] if isinstance(exe, str) else list(exe)


def get_executable():
    return _executable if _executable is not None else _mp.child_command()


def get_command_line(fd):
    gil = 1 if sys._is_gil_enabled() else 0
    code = 'from multiprocessing.spawn import spawn_main; spawn_main(%d)' % fd
    return (get_executable() + util._args_from_interpreter_flags()
            + ['-X', 'gil=%d' % gil, '-c', code, '--multiprocessing-fork'])


def get_preparation_data(name, popen=None):
    """What a child needs before it unpickles its Process; popen (the Popen starting it) passes
    the child the way to the program's resource tracker."""
    d = dict(name=name, sys_path=list(sys.path), sys_argv=list(sys.argv), dir=os.getcwd(),
             authkey=bytes(process.current_process().authkey))
    if popen is not None:
        from . import resource_tracker
        d['tracker_fd'] = popen.duplicate_for_child(resource_tracker.getfd())
    main_module = sys.modules.get('__main__')
    main_path = getattr(main_module, '__file__', None)
    if main_path and not main_path.startswith('<'):
        d['init_main_from_path'] = os.path.normpath(os.path.join(os.getcwd(), main_path))
    return d


def prepare(data):
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if 'sys_path' in data:
        sys.path[:] = data['sys_path']
    if 'sys_argv' in data:
        sys.argv[:] = data['sys_argv']
    if 'dir' in data:
        os.chdir(data['dir'])
    if 'tracker_fd' in data:
        from . import reduction, resource_tracker
        resource_tracker._resource_tracker._set_inherited_fd(reduction.resolve_fd(data['tracker_fd']))
    if 'init_main_from_path' in data:
        _fixup_main_from_path(data['init_main_from_path'])


def _fixup_main_from_path(main_path):
    import types
    main_module = types.ModuleType('__mp_main__')
    main_module.__file__ = main_path
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module
    with open(main_path, encoding='utf-8') as f:
        source = f.read()
    exec(_mp.compile_main(source, main_path), main_module.__dict__)


def _read_payload(fd):
    header = _mp.read(fd, 8)
    if len(header) < 8:
        raise EOFError('the parent sent no work')
    n, = struct.unpack('!Q', header)
    data = _mp.read(fd, n)
    _mp.close(fd)
    return io.BytesIO(data)


def spawn_main(fd):
    """Entry point of a child VM (see the module docstring)."""
    from . import reduction
    process._spawned_child = True     # known before the payload is unpickled (shared_memory)
    stream = _read_payload(fd)
    preparation_data = reduction.pickle.load(stream)
    prepare(preparation_data)
    self = reduction.pickle.load(stream)
    exitcode = self._bootstrap()
    sys.exit(exitcode)
