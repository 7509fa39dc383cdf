"""Pickling for multiprocessing: ForkingPickler (with reducers for connections and bound
methods) and the passing of file descriptors to the child being spawned."""

import copyreg
import io
import pickle
import threading

__all__ = ['ForkingPickler', 'register', 'dump', 'duplicate_for_child', 'InheritedFd', 'resolve_fd']


class ForkingPickler(pickle.Pickler):
    """Pickler that also knows the reducers registered with register()."""
    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.dispatch_table = self._copyreg_dispatch_table.copy()
        self.dispatch_table.update(self._extra_reducers)

    @classmethod
    def register(cls, type, reduce):
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getvalue()

    loads = staticmethod(pickle.loads)


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    ForkingPickler(file, protocol).dump(obj)


# While a child is being spawned, the Popen doing it collects the fds its pickled data names.
_spawning = threading.local()


def get_spawning_popen():
    return getattr(_spawning, 'popen', None)


def set_spawning_popen(popen):
    _spawning.popen = popen


def duplicate_for_child(fd):
    """What a pickled fd becomes: the fd itself for spawn (the child inherits it), an
    InheritedFd for forkserver (the child receives it over a socket, under another number)."""
    popen = get_spawning_popen()
    if popen is None:
        raise RuntimeError('%s objects should only be shared between processes through inheritance'
                           % 'Connection')
    return popen.duplicate_for_child(fd)


class InheritedFd:
    """The index of an fd among those a forkserver child received."""
    __slots__ = ('index',)

    def __init__(self, index):
        self.index = index

    def __reduce__(self):
        return InheritedFd, (self.index,)


_inherited_fds = []


def set_inherited_fds(fds):
    _inherited_fds[:] = fds


def resolve_fd(fd):
    """The fd of this process that a pickled fd (an int, or an InheritedFd) names."""
    if isinstance(fd, InheritedFd):
        return _inherited_fds[fd.index]
    return fd


class _C:
    def f(self):
        pass


def _reduce_method(m):
    return getattr, (m.__self__, m.__func__.__name__)


register(type(_C().f), _reduce_method)
