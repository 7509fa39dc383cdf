"""The resource tracker: named resources (shared memory blocks, named semaphores) that some
process of the program registered and nobody unregistered are unlinked when the program ends,
with CPython's "resource_tracker: There appear to be N leaked ..." warning on stderr.

Design (CPython runs the tracker as an extra process; here it lives in the main process, so
no VM is started for it):
- The hosting process (the first one that needs a tracker: the main process when it starts a
  child or registers a resource) makes a socketpair. Every process of the program writes
  "REGISTER:name:rtype" / "UNREGISTER:name:rtype" lines to the write end: the host itself, and
  its children, which inherit the write end through their Popen (duplicate_for_child; the
  preparation data names it), and their children in turn. One write per line of at most 512
  bytes, so lines of different processes never interleave, and all processes write in the
  order their actions happened (a child registers before it can tell anyone the name).
- A raw _thread of the host (not in threading.enumerate(), as the tracker process is not)
  reads the lines and keeps the cache: rtype -> set of live names. Only that thread touches
  the cache until it has read the STOP line.
- At exit (util._exit_function, after the children were joined, so every line they wrote is
  in the socket before STOP) the host writes STOP, waits until the thread has consumed
  everything up to it, warns about what is left and unlinks it."""

import os
import sys
import _thread

import _multiprocessing as _mp

from . import util         # its exit function stops the tracker this process hosts

__all__ = ['ensure_running', 'register', 'unregister']


def cleanup_noop(name):
    raise RuntimeError('noop should never be registered or cleaned up')


_CLEANUP_FUNCS = {
    'noop': cleanup_noop,
    'dummy': lambda name: None,
    'semaphore': _mp.sem_unlink,
    'shared_memory': _mp.shm_unlink,
}

_STOP = b'STOP'


def _warn(msg, source):
    """What warnings.warn(msg) prints (category UserWarning) from this module: the location,
    the message and the source line of the call (CPython's, which warns from its tracker)."""
    frame = sys._getframe(1)
    sys.stderr.write('%s:%d: UserWarning: %s\n  %s\n' % (_path, frame.f_lineno, msg, source))
    sys.stderr.flush()


_path = os.path.join(os.path.dirname(os.__file__) if hasattr(os, '__file__') else 'Lib',
                     'multiprocessing', 'resource_tracker.py')


class ReentrantCallError(RuntimeError):
    pass


class ResourceTracker(object):

    def __init__(self):
        self._lock = _thread.RLock()
        self._fd = None          # the write end: how this process talks to the tracker
        self._read_fd = None     # set in the hosting process only
        self._consumed = None    # held until the reader thread has read STOP
        self._cache = None

    def getfd(self):
        self.ensure_running()
        return self._fd

    def _set_inherited_fd(self, fd):
        """In a child: the tracker of the program is reached through fd."""
        with self._lock:
            self._fd = fd
            self._read_fd = None

    def ensure_running(self):
        """Make sure that this process can reach a tracker: the one of the process that
        started it, or one hosted here."""
        with self._lock:
            if self._fd is not None:
                return
            r, w = _mp.socketpair()
            self._cache = {rtype: set() for rtype in _CLEANUP_FUNCS}
            self._consumed = _thread.allocate_lock()
            self._consumed.acquire()
            self._read_fd, self._fd = r, w
            _thread.start_new_thread(self._read_lines, ())

    def register(self, name, rtype):
        '''Register name of resource with resource tracker.'''
        self._send('REGISTER', name, rtype)

    def unregister(self, name, rtype):
        '''Unregister name of resource with resource tracker.'''
        self._send('UNREGISTER', name, rtype)

    def _send(self, cmd, name, rtype):
        self.ensure_running()
        msg = '{0}:{1}:{2}\n'.format(cmd, name, rtype).encode('ascii')
        if len(msg) > 512:
            raise ValueError('msg too long')
        nbytes = os.write(self._fd, msg)
        assert nbytes == len(msg), "nbytes {0:n} but len(msg) {1:n}".format(nbytes, len(msg))

    # -- the host's side ------------------------------------------------------------------------

    def _read_lines(self):
        pending = b''
        try:
            while True:
                data = os.read(self._read_fd, 65536)
                if not data:
                    return
                pending += data
                *lines, pending = pending.split(b'\n')
                for line in lines:
                    if line == _STOP:
                        return
                    self._handle(line)
        finally:
            self._consumed.release()

    def _handle(self, line):
        try:
            cmd, name, rtype = line.strip().decode('ascii').split(':')
            if _CLEANUP_FUNCS.get(rtype, None) is None:
                raise ValueError(f'Cannot register {name} for automatic cleanup: '
                                 f'unknown resource type {rtype}')
            if cmd == 'REGISTER':
                self._cache[rtype].add(name)
            elif cmd == 'UNREGISTER':
                self._cache[rtype].remove(name)
            elif cmd != 'PROBE':
                raise RuntimeError('unrecognized command %r' % cmd)
        except Exception:
            try:
                sys.excepthook(*sys.exc_info())
            except:
                pass

    def _stop(self):
        """At the host's exit: consume every line written so far, then clean up what is left."""
        with self._lock:
            if self._read_fd is None:
                return
            os.write(self._fd, _STOP + b'\n')
            self._consumed.acquire()
            for fd in (self._read_fd, self._fd):
                _mp.close(fd)
            self._read_fd = self._fd = None
            cache, self._cache = self._cache, None
        for rtype, rtype_cache in cache.items():
            if rtype_cache and rtype != 'dummy':
                _warn(f'resource_tracker: There appear to be {len(rtype_cache)} leaked {rtype} '
                      f'objects to clean up at shutdown: {rtype_cache}', 'warnings.warn(')
            for name in rtype_cache:
                try:
                    _CLEANUP_FUNCS[rtype](name)
                except Exception as e:
                    _warn('resource_tracker: %r: %s' % (name, e),
                          "warnings.warn('resource_tracker: %r: %s' % (name, e))")


_resource_tracker = ResourceTracker()
ensure_running = _resource_tracker.ensure_running
register = _resource_tracker.register
unregister = _resource_tracker.unregister
getfd = _resource_tracker.getfd
