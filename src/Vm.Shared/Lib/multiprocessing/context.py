"""Contexts (our implementation, written from the multiprocessing documentation).

A context is a start method plus factories for multiprocessing's objects that are bound to it
(their ctx is the context). Start methods here: 'spawn' (the default) and 'forkserver'; there is
no fork on .NET, so 'fork' is unknown, as on platforms without it.

The module-level default context (`_default_context`, read by the package __init__, pool,
managers, sharedctypes and synchronize) fixes its start method on first use or through
set_start_method(); get_context(name) returns one shared context object per start method.
"""

import os
import sys

from . import process
from . import reduction

__all__ = ()


# -- the package's exceptions (their __module__ is multiprocessing.context, as CPython's) ---------

class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


# -- the Process classes: one per start method, plus Process (the default context's) ----------

class SpawnProcess(process.BaseProcess):
    _start_method = 'spawn'

    @staticmethod
    def _Popen(process_obj):
        from .popen_spawn import Popen as launch
        return launch(process_obj)


class ForkServerProcess(process.BaseProcess):
    # Without fork the server hands out warm child VMs (forkserver.py).
    _start_method = 'forkserver'

    @staticmethod
    def _Popen(process_obj):
        from .popen_forkserver import Popen as launch
        return launch(process_obj)


class Process(process.BaseProcess):
    """multiprocessing.Process: started by whatever start method the default context has."""
    _start_method = None

    @staticmethod
    def _Popen(process_obj):
        return _default_context.get_context().Process._Popen(process_obj)


# -- contexts --------------------------------------------------------------------------------

def _import_from(submodule, name):
    """multiprocessing.<submodule>.<name>, imported on first use (most programs use a few)."""
    module = sys.modules.get(__package__ + '.' + submodule)
    if module is None:
        import importlib
        module = importlib.import_module('.' + submodule, __package__)
    return getattr(module, name)


class BaseContext:
    """The factories and settings every context has."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def _made_here(self, submodule, name, *args, **kwargs):
        """submodule.name(*args, ctx=<this context's concrete context>, **kwargs)."""
        return _import_from(submodule, name)(*args, ctx=self.get_context(), **kwargs)

    # Synchronisation primitives (multiprocessing.synchronize).
    def Lock(self):
        return self._made_here('synchronize', 'Lock')

    def RLock(self):
        return self._made_here('synchronize', 'RLock')

    def Condition(self, lock=None):
        return self._made_here('synchronize', 'Condition', lock)

    def Semaphore(self, value=1):
        return self._made_here('synchronize', 'Semaphore', value)

    def BoundedSemaphore(self, value=1):
        return self._made_here('synchronize', 'BoundedSemaphore', value)

    def Event(self):
        return self._made_here('synchronize', 'Event')

    def Barrier(self, parties, action=None, timeout=None):
        return self._made_here('synchronize', 'Barrier', parties, action, timeout)

    # Queues (multiprocessing.queues) and pipes.
    def Queue(self, maxsize=0):
        return self._made_here('queues', 'Queue', maxsize)

    def JoinableQueue(self, maxsize=0):
        return self._made_here('queues', 'JoinableQueue', maxsize)

    def SimpleQueue(self):
        return self._made_here('queues', 'SimpleQueue')

    def Pipe(self, duplex=True):
        return _import_from('connection', 'Pipe')(duplex)

    # Shared memory objects (multiprocessing.sharedctypes).
    def Value(self, typecode_or_type, *args, lock=True):
        return self._made_here('sharedctypes', 'Value', typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        return self._made_here('sharedctypes', 'Array', typecode_or_type, size_or_initializer, lock=lock)

    def RawValue(self, typecode_or_type, *args):
        return _import_from('sharedctypes', 'RawValue')(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        return _import_from('sharedctypes', 'RawArray')(typecode_or_type, size_or_initializer)

    # Pools and managers.
    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        pool_class = _import_from('pool', 'Pool')
        return pool_class(processes, initializer, initargs, maxtasksperchild, context=self.get_context())

    def Manager(self):
        """A started SyncManager whose server process runs in this context."""
        manager = self._made_here('managers', 'SyncManager')
        manager.start()
        return manager

    # Settings and helpers.
    def cpu_count(self):
        count = os.cpu_count()
        if count is None:
            raise NotImplementedError('cannot determine number of cpus')
        return count

    def freeze_support(self):
        """Nothing to do: this VM is never a frozen Windows executable."""

    def get_logger(self):
        return _import_from('util', 'get_logger')()

    def log_to_stderr(self, level=None):
        return _import_from('util', 'log_to_stderr')(level)

    def allow_connection_pickling(self):
        """Connections become picklable once multiprocessing.connection is imported."""
        _import_from('connection', 'Connection')

    def set_executable(self, executable):
        _import_from('spawn', 'set_executable')(executable)

    def set_forkserver_preload(self, module_names):
        _import_from('forkserver', 'set_forkserver_preload')(module_names)

    def get_context(self, method=None):
        """This context (method None), else the context of the named start method."""
        if method is None:
            return self
        found = _by_method.get(method)
        if found is None:
            raise ValueError('cannot find context for %r' % (method,))
        return found

    def get_start_method(self, allow_none=False):
        return self._method_name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    @property
    def reducer(self):
        """The module that pickles objects for other processes (multiprocessing.reduction)."""
        return _pickling[0]

    @reducer.setter
    def reducer(self, module):
        _pickling[0] = module


_pickling = [reduction]     # what every context's `reducer` reads and sets


class SpawnContext(BaseContext):
    _method_name = 'spawn'
    Process = SpawnProcess


class ForkServerContext(BaseContext):
    _method_name = 'forkserver'
    Process = ForkServerProcess


class DefaultContext(BaseContext):
    """The module-level context: a concrete context chosen on first use or by set_start_method."""
    Process = Process

    def __init__(self, fallback):
        self._fallback = fallback       # what the first use picks
        self._chosen = None

    def get_context(self, method=None):
        if method is not None:
            return super().get_context(method)
        if self._chosen is None:
            self._chosen = self._fallback
        return self._chosen

    def get_start_method(self, allow_none=False):
        if self._chosen is None and allow_none:
            return None
        return self.get_context()._method_name

    def set_start_method(self, method, force=False):
        if self._chosen is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._chosen = None
        else:
            self._chosen = self.get_context(method)

    def get_all_start_methods(self):
        """The start methods available here, the default first."""
        return [self._fallback._method_name] + [m for m in _by_method if m != self._fallback._method_name]


_by_method = {'spawn': SpawnContext(), 'forkserver': ForkServerContext()}
_default_context = DefaultContext(_by_method['spawn'])


# -- which Popen is pickling a Process right now (objects that only travel to a child that is
# being started check it) ----------------------------------------------------------------------

def get_spawning_popen():
    return reduction.get_spawning_popen()


def set_spawning_popen(popen):
    reduction.set_spawning_popen(popen)


def assert_spawning(obj):
    if get_spawning_popen() is None:
        raise RuntimeError('%s objects should only be shared between processes through inheritance'
                           % type(obj).__name__)
