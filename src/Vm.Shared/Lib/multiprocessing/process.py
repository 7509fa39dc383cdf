"""Process objects (our implementation, written from the multiprocessing documentation).

In the parent a Process is a handle on a child VM: start() asks the class's _Popen (given by the
context module: spawn or forkserver) for a running child and remembers it; join/is_alive/
exitcode/terminate/kill/close go through that Popen. The child unpickles the same object and
runs it with _bootstrap(), which turns run()'s outcome into the exit status.

Names kept because other code observes them: _MainProcess and _ParentProcess (type names in
reprs), _identity (the numbers behind 'Process-1:2'), _name (popen_spawn/popen_forkserver),
_popen (multiprocessing.util terminates daemonic children through it), _bootstrap (spawn.py),
_Popen and _start_method (the context's Process classes), _spawned_child (set by spawn.py),
_target/_args/_kwargs (subclasses read them, as with threading.Thread).
"""

import itertools
import os
import sys
import _thread

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']

_spawned_child = False      # spawn_main sets it: this VM runs a multiprocessing child

# The started, not yet reaped children of this process; the lock guards the set (Process.start
# and join may run in several threads at once, on the free-threaded backend too).
_unreaped = set()
_unreaped_lock = _thread.allocate_lock()
_numbers = itertools.count(1)      # the last element of each new Process's _identity


def _track(proc):
    with _unreaped_lock:
        _unreaped.add(proc)


def _untrack(proc):
    with _unreaped_lock:
        _unreaped.discard(proc)


def _reap_finished():
    """Drop the children that have ended from the set active_children() reports."""
    with _unreaped_lock:
        pending = list(_unreaped)
    for proc in pending:
        if proc._popen is not None and proc._popen.poll() is not None:
            _untrack(proc)


def current_process():
    """The Process object of the running process (a _MainProcess in the main one)."""
    return _me


def parent_process():
    """The parent of this process as a Process object, or None in the main process."""
    return _my_parent


def active_children():
    """The children of this process that are still running (ended ones are reaped)."""
    _reap_finished()
    with _unreaped_lock:
        return list(_unreaped)


def _exit_status_text(code):
    """The exitcode as the repr shows it: a signal death (negative) by the signal's name."""
    if code < 0:
        try:
            import signal
            return '-' + signal.Signals(-code).name
        except (ImportError, ValueError):
            pass
    return str(code)


class BaseProcess:
    """A target(*args, **kwargs) call run in a separate process (the threading.Thread API)."""

    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        creator = _me
        self._identity = creator._identity + (next(_numbers),)
        self._creator_pid = os.getpid()
        self._creator_name = creator.name
        # A new process inherits the creator's authentication key and daemonic flag.
        self._authkey = creator._authkey
        self._daemonic = creator._daemonic
        self._popen = None
        self._released = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        if name:
            self._name = name
        else:
            self._name = '%s-%s' % (type(self).__name__, ':'.join(map(str, self._identity)))
        if daemon is not None:
            self.daemon = daemon

    def __getstate__(self):
        # What the child receives: everything but the parent's handle on the child.
        state = dict(self.__dict__)
        state['_popen'] = None
        return state

    def _refuse_if_closed(self):
        if self._released:
            raise ValueError("process object is closed")

    # -- in the child --------------------------------------------------------------------

    def run(self):
        """The process's activity: calls the target; subclasses may override it."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        """Run in the child VM: make this object the current process, run(), return the exit status."""
        global _me, _my_parent, _unreaped, _numbers
        from . import util
        status = 1
        try:
            _unreaped = set()
            _numbers = itertools.count(1)
            _me = self
            _my_parent = _ParentProcess(self._creator_name, self._creator_pid)
            try:
                self.run()
                status = 0
            finally:
                util._exit_function()
        except SystemExit as stop:
            code = stop.code
            if code is None:
                status = 0
            elif isinstance(code, int):
                status = code
            else:
                sys.stderr.write('%s\n' % (code,))
                status = 1
        except BaseException:
            sys.stderr.write('Process %s:\n' % self.name)
            sys.excepthook(*sys.exc_info())
            status = 1
        finally:
            util._flush_std_streams()
        return status

    # -- in the parent -------------------------------------------------------------------

    def start(self):
        """Start the child process (once)."""
        self._refuse_if_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._creator_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _me._daemonic, 'daemonic processes are not allowed to have children'
        _reap_finished()
        self._popen = self._Popen(self)
        # The child has its own copy of the call now; drop ours.
        del self._target, self._args, self._kwargs
        _track(self)

    def join(self, timeout=None):
        """Wait until the child ends, or timeout seconds."""
        self._refuse_if_closed()
        assert self._creator_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        if self._popen.wait(timeout) is not None:
            _untrack(self)

    def is_alive(self):
        self._refuse_if_closed()
        if self is _me:
            return True
        assert self._creator_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        if self._popen.poll() is None:
            return True
        _untrack(self)
        return False

    def terminate(self):
        """Send SIGTERM to the child."""
        self._refuse_if_closed()
        self._popen.terminate()

    def kill(self):
        """Send SIGKILL to the child."""
        self._refuse_if_closed()
        self._popen.kill()

    def close(self):
        """Release the child's resources; the object is unusable afterwards. Refused while it runs."""
        popen = self._popen
        if popen is not None:
            if popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            popen.close()
            self._popen = None
            _untrack(self)
        self._released = True

    # -- attributes ----------------------------------------------------------------------

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        assert isinstance(value, str), 'name must be a string'
        self._name = value

    @property
    def daemon(self):
        """Whether the child is daemonic (terminated when this process exits; no children)."""
        return self._daemonic

    @daemon.setter
    def daemon(self, flag):
        assert self._popen is None, 'process has already started'
        self._daemonic = flag

    @property
    def authkey(self):
        return self._authkey

    @authkey.setter
    def authkey(self, key):
        self._authkey = bytes(key)

    @property
    def exitcode(self):
        """None while running or before start; else the exit status (-N: killed by signal N)."""
        self._refuse_if_closed()
        popen = self._popen
        return None if popen is None else popen.poll()

    @property
    def ident(self):
        self._refuse_if_closed()
        if self is _me:
            return os.getpid()
        popen = self._popen
        return popen and popen.pid

    pid = ident

    @property
    def sentinel(self):
        """A descriptor that becomes ready when the child ends."""
        self._refuse_if_closed()
        if self._popen is None:
            raise ValueError("process not started")
        return self._popen.sentinel

    def __repr__(self):
        popen = self._popen
        code = None
        if self is _me:
            state = 'started'
        elif self._released:
            state = 'closed'
        elif self._creator_pid != os.getpid():
            state = 'unknown'         # a process this one did not start
        elif popen is None:
            state = 'initial'
        else:
            code = popen.poll()
            state = 'started' if code is None else 'stopped'
        words = ['%s name=%r' % (type(self).__name__, self._name)]
        if popen is not None:
            words.append('pid=%s' % popen.pid)
        words.append('parent=%s' % self._creator_pid)
        words.append(state)
        if code is not None:
            words.append('exitcode=' + _exit_status_text(code))
        if self.daemon:
            words.append('daemon')
        return '<%s>' % ' '.join(words)


class _MainProcess(BaseProcess):
    """The process the program started in."""

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._creator_pid = None
        self._popen = None
        self._released = False
        self._daemonic = False
        self._authkey = os.urandom(32)

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    """What a child knows of the process that started it: its name and pid."""

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._known_pid = pid
        self._creator_pid = None
        self._popen = None
        self._released = False
        self._daemonic = False
        self._authkey = b''

    def is_alive(self):
        return True

    def join(self, timeout=None):
        pass

    @property
    def ident(self):
        return self._known_pid

    pid = ident


_my_parent = None
_me = _MainProcess()
