"""Threads and synchronisation objects (the documented API of CPython 3.13's threading), built on
FreeThreaded's own _thread module.

Concurrency design:
- Every blocking wait in this module ends in a native lock acquire or a thread-handle join; both
  release the GIL (GIL backend) or detach the thread (free-threaded backend) while they block.
- `_book` (a native lock) guards the thread book-keeping: `_running` (ident -> Thread of every
  registered live thread), `_starting` (id -> Thread between start() and the new thread's first
  step), the name serial, `_joinable` (handles of non-daemon threads), `_exit_calls` and
  `_closing`. current_thread() reads `_running` without it: one dict lookup is atomic on both
  backends, and a thread's own entry only changes in that thread.
- A Condition's waiter list is guarded by the condition's lock; Semaphore, Event and Barrier keep
  their state under the lock of the Condition they own.
"""

import sys as _sys
import _thread
from time import monotonic as _monotonic, sleep as _pause

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'setprofile_all_threads', 'settrace_all_threads', 'get_native_id']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
TIMEOUT_MAX = _thread.TIMEOUT_MAX
ThreadError = _thread.error
Lock = _thread.LockType
local = _thread._local      # native: each thread finds its own dict without a shared write
_new_lock = _thread.allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: its owner may acquire it again; it is free once released as often."""
    return _thread.RLock(*args, **kwargs)


def _obsolete(old, advice):
    # The camelCase spellings still work but warn, pointing at the caller's line.
    import warnings
    warnings.warn(f"{old}() is deprecated, {advice}", DeprecationWarning, stacklevel=3)


# ------------------------------------------------------------------ trace and profile hooks
# Installed with sys.settrace/sys.setprofile in each thread this module starts; the threading
# functions store and return them. The *_all_threads forms also install them in the calling thread,
# not in other running threads (the VM sets a thread's trace function from that thread only).

_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Trace function for the threads started from now on by this module."""
    _hooks['trace'] = func


def settrace_all_threads(func):
    """Like settrace(), and for the calling thread too where the VM can trace."""
    settrace(func)
    install = getattr(_sys, 'settrace', None)
    if install is not None:
        install(func)


def gettrace():
    return _hooks['trace']


def setprofile(func):
    """Profile function for the threads started from now on by this module."""
    _hooks['profile'] = func


def setprofile_all_threads(func):
    """Like setprofile(), and for the calling thread too where the VM can profile."""
    setprofile(func)
    install = getattr(_sys, 'setprofile', None)
    if install is not None:
        install(func)


def getprofile():
    return _hooks['profile']


# ------------------------------------------------------------------ Condition

class Condition:
    """A condition variable over a lock (a new RLock unless one is given).

    Each waiter sleeps on a private lock it already holds; notify() hands the first n of them
    out of `_waiters` and releases them. A waiter whose timeout ran out looks for itself in
    `_waiters` once it has the condition's lock back: found, it timed out and leaves; gone, a
    notify() chose it meanwhile and it counts as woken, so no notification is lost.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._mutex = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []
        depth = getattr(lock, '_recursion_count', None)
        self._depth = depth if depth is not None else _held_once
        owned = getattr(lock, '_is_owned', None)
        if owned is None:
            owned = getattr(lock, 'locked', None) or self._probe_held
        self._is_owned = owned

    def _probe_held(self):
        # A lock with neither an owner nor locked(): held if it cannot be taken right now.
        if self._mutex.acquire(False):
            self._mutex.release()
            return False
        return True

    def __enter__(self):
        return self._mutex.__enter__()

    def __exit__(self, *exc_info):
        return self._mutex.__exit__(*exc_info)

    def __repr__(self):
        return f"<Condition({self._mutex}, {len(self._waiters)})>"

    def wait(self, timeout=None):
        """Release the lock, block until notified or until `timeout` seconds pass, take the
        lock back (as deeply as it was held). True unless the timeout ran out."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        ticket = _new_lock()
        ticket.acquire()
        self._waiters.append(ticket)
        depth = self._depth()
        for _ in range(depth):
            self._mutex.release()
        woken = False
        try:
            if timeout is None:
                woken = ticket.acquire()
            elif timeout > 0:
                woken = ticket.acquire(True, timeout)
            else:
                woken = ticket.acquire(False)
        finally:
            for _ in range(depth):
                self._mutex.acquire()
            if not woken:
                try:
                    self._waiters.remove(ticket)
                except ValueError:
                    woken = True    # notify() took the ticket after our timeout ran out
        return woken

    def wait_for(self, predicate, timeout=None):
        """wait() until predicate() is true or the timeout runs out; the predicate's last value."""
        result = predicate()
        if result:
            return result
        deadline = None if timeout is None else _monotonic() + timeout
        left = timeout
        while True:
            self.wait(left)
            result = predicate()
            if result:
                return result
            if deadline is not None:
                left = deadline - _monotonic()
                if left <= 0:
                    return result

    def notify(self, n=1):
        """Wake up to n of the threads waiting on this condition, longest waiting first."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        chosen = self._waiters[:n]
        del self._waiters[:n]
        for ticket in chosen:
            ticket.release()

    def notify_all(self):
        """Wake every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _obsolete("notifyAll", "use notify_all() instead")
        self.notify_all()


def _held_once():
    return 1


# ------------------------------------------------------------------ Semaphore, Event

class Semaphore:
    """A counter that acquire() decrements, blocking while it is zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def _describe(self):
        return f"value={self._value}"

    def __repr__(self):
        kind = type(self)
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {self._describe()}>"

    def acquire(self, blocking=True, timeout=None):
        """Take one unit; False if `blocking` is false or `timeout` runs out while none is free."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not self._value:
                if not blocking or not self._cond.wait_for(self._available, timeout):
                    return False
            self._value -= 1
            return True

    def _available(self):
        return self._value > 0

    __enter__ = acquire

    def __exit__(self, exc_type, exc_value, tb):
        self.release()

    def release(self, n=1):
        """Give back n units, waking as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._check_bound(n)
            self._value += n
            self._cond.notify(n)

    def _check_bound(self, n):
        pass


class BoundedSemaphore(Semaphore):
    """A Semaphore whose releases may never bring it above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._ceiling = value

    def _describe(self):
        return f"value={self._value}/{self._ceiling}"

    def _check_bound(self, n):
        if self._value + n > self._ceiling:
            raise ValueError("Semaphore released too many times")


class Event:
    """A flag threads can wait for: set() wakes them all, clear() makes them wait again."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._is_on = False

    def __repr__(self):
        kind = type(self)
        state = 'set' if self._is_on else 'unset'
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {state}>"

    def is_set(self):
        return self._is_on

    def isSet(self):
        _obsolete("isSet", "use is_set() instead")
        return self.is_set()

    def set(self):
        with self._cond:
            self._is_on = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._is_on = False

    def wait(self, timeout=None):
        """Block until the flag is set or `timeout` passes; returns True if it was set (a waiter
        woken by set() returns True even when clear() followed before it ran)."""
        with self._cond:
            return self._is_on or self._cond.wait(timeout)


# ------------------------------------------------------------------ Barrier

class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One use of a Barrier: the parties that arrived for it and how it ended."""
    __slots__ = ('arrived', 'outcome')

    def __init__(self):
        self.arrived = 0
        self.outcome = None      # None while filling, then 'passed' or 'broken'


class Barrier:
    """`parties` threads call wait(); the last one to arrive runs `action` and releases all.

    Each use is a _Round. Released or broken waiters keep a reference to their own round, so a
    new round can start filling at once; reset() and abort() end the current round as broken.
    """

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._size = parties
        self._on_trip = action
        self._default_timeout = timeout
        self._round = _Round()
        self._broken = False

    def __repr__(self):
        kind = type(self)
        head = f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}:"
        if self.broken:
            return head + " broken>"
        return head + f" waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Wait for the other parties; returns this thread's arrival index, 0 .. parties - 1."""
        if timeout is None:
            timeout = self._default_timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            mine = self._round
            index = mine.arrived
            mine.arrived += 1
            if mine.arrived == self._size:
                self._release_round(mine)
                return index
            ended = self._cond.wait_for(lambda: mine.outcome is not None, timeout)
            if not ended:
                self._break_round()
            if mine.outcome != 'passed':
                raise BrokenBarrierError
            return index

    def _release_round(self, mine):
        if self._on_trip is not None:
            try:
                self._on_trip()
            except BaseException:
                self._break_round()
                raise
        mine.outcome = 'passed'
        self._round = _Round()
        self._cond.notify_all()

    def _end_round(self):
        self._round.outcome = 'broken'
        self._round = _Round()
        self._cond.notify_all()

    def _break_round(self):
        self._broken = True
        self._end_round()

    def reset(self):
        """Back to the empty state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            self._broken = False
            self._end_round()

    def abort(self):
        """Break the barrier: waiting threads and later wait() calls get BrokenBarrierError."""
        with self._cond:
            self._break_round()

    @property
    def parties(self):
        return self._size

    @property
    def n_waiting(self):
        return 0 if self._broken else self._round.arrived

    @property
    def broken(self):
        return self._broken


# ------------------------------------------------------------------ thread book-keeping

_book = _new_lock()
_running = {}
_starting = {}
_serial = 0
_joinable = []
_prune_at = 32
_exit_calls = []
_closing = False


def _issue_name(pattern):
    global _serial
    with _book:
        _serial += 1
        return pattern % _serial


def _keep_for_exit(handle):
    # Non-daemon handles wait here for _shutdown(). Finished ones are dropped whenever the list
    # has doubled since the last sweep, so the cost per started thread stays constant.
    global _joinable, _prune_at
    with _book:
        _joinable.append(handle)
        if len(_joinable) >= _prune_at:
            _joinable = [h for h in _joinable if not h.is_done()]
            _prune_at = max(32, 2 * len(_joinable))


class _Life:
    """What a Thread knows about its OS thread (one record, so subclasses' attributes cannot
    collide with it)."""
    __slots__ = ('name', 'daemon', 'ident', 'native_id', 'handle', 'phase', 'ready', 'stderr')

    def __init__(self, name, daemon):
        self.name = name
        self.daemon = daemon
        self.ident = None
        self.native_id = None
        self.handle = None
        self.phase = None       # None, then 'starting', 'running' once registered
        self.ready = None       # held by start() until the new thread has registered
        self.stderr = _sys.stderr


def _life_of(thread, error=AssertionError, text="Thread.__init__() not called"):
    record = thread._life
    if record is None:
        raise error(text)
    return record


class Thread:
    """A thread of control: start() runs run() (by default target(*args, **kwargs)) in a new
    OS thread."""

    _life = None

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _issue_name("Thread-%d")
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name = f"{name} ({label})"
        if daemon is None:
            daemon = current_thread().daemon
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._life = _Life(name, daemon)

    def __repr__(self):
        life = _life_of(self, AssertionError, "Thread.__init__() was not called")
        state = 'initial'
        if life.phase == 'running':
            state = 'started'
        if self._is_done():
            state = 'stopped'
        if life.daemon:
            state += ' daemon'
        if life.ident is not None:
            state += f' {life.ident}'
        return f"<{type(self).__name__}({life.name}, {state})>"

    def start(self):
        """Run this thread's run() in a new OS thread; allowed once per Thread object."""
        life = _life_of(self, RuntimeError, "thread.__init__() not called")
        with _book:
            if life.phase is not None:
                raise RuntimeError("threads can only be started once")
            life.phase = 'starting'
            _starting[id(self)] = self
        life.ready = _new_lock()
        life.ready.acquire()
        try:
            life.handle = _thread.start_joinable_thread(self._begin, daemon=life.daemon)
        except BaseException:
            with _book:
                _starting.pop(id(self), None)
                life.phase = None
            raise
        if not life.daemon:
            _keep_for_exit(life.handle)
        life.ready.acquire()
        life.ready = None

    def _begin(self):
        # First and last steps of the new OS thread.
        life = self._life
        life.ident = get_ident()
        life.native_id = get_native_id()
        with _book:
            _running[life.ident] = self
            _starting.pop(id(self), None)
            life.phase = 'running'
        life.ready.release()
        try:
            for kind, hook in _hooks.items():
                install = getattr(_sys, 'set' + kind, None) if hook is not None else None
                if install is not None:
                    install(hook)
            self.run()
        except BaseException:
            _report(self)
        finally:
            with _book:
                if _running.get(life.ident) is self:
                    del _running[life.ident]

    def run(self):
        """The thread's activity: calls the target. Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # The thread object may live on: let go of the target and its arguments.
            del self._target, self._args, self._kwargs

    def _is_done(self):
        handle = self._life.handle
        return handle is not None and handle.is_done()

    def join(self, timeout=None):
        """Wait until the thread ends, or at most `timeout` seconds (then check is_alive())."""
        life = _life_of(self, RuntimeError)
        if life.phase is None:
            raise RuntimeError("cannot join thread before it is started")
        if life.ident == get_ident():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        # start() stores the handle when _thread returns it, which can be after the new thread
        # began (and, say, handed itself to a third thread that joins it): wait for it briefly.
        while life.handle is None:
            if life.phase is None:   # start() failed meanwhile
                raise RuntimeError("cannot join thread before it is started")
            _pause(0.0005)
        life.handle.join(timeout)

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        life = _life_of(self)
        return life.phase == 'running' and not self._is_done()

    @property
    def name(self):
        return _life_of(self).name

    @name.setter
    def name(self, name):
        _life_of(self).name = str(name)

    @property
    def ident(self):
        return _life_of(self).ident

    @property
    def native_id(self):
        return _life_of(self).native_id

    @property
    def daemon(self):
        return _life_of(self).daemon

    @daemon.setter
    def daemon(self, daemonic):
        life = _life_of(self, RuntimeError)
        if life.phase is not None:
            raise RuntimeError("cannot set daemon status of active thread")
        life.daemon = daemonic

    def isDaemon(self):
        _obsolete("isDaemon", "get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _obsolete("setDaemon", "set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _obsolete("getName", "get the name attribute instead")
        return self.name

    def setName(self, name):
        _obsolete("setName", "set the name attribute instead")
        self.name = name


class _ExitGate:
    """The main thread's stand-in for a thread handle: done once _shutdown() has run."""

    def __init__(self):
        self._gate = _new_lock()
        self._gate.acquire()

    def is_done(self):
        return not self._gate.locked()

    def join(self, timeout=None):
        if timeout is None:
            passed = self._gate.acquire()
        else:
            passed = self._gate.acquire(True, timeout)
        if passed:
            self._gate.release()

    def open(self):
        if self._gate.locked():
            self._gate.release()


def _adopt(thread, handle):
    # Registers a Thread for the calling OS thread, which this module did not start.
    life = thread._life
    life.ident = get_ident()
    life.native_id = get_native_id()
    life.handle = handle
    life.phase = 'running'
    with _book:
        _running[life.ident] = thread


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        _adopt(self, _ExitGate())


class _DummyThread(Thread):
    """Stands for a thread started outside this module (by _thread.start_new_thread, say)."""

    def __init__(self):
        Thread.__init__(self, name=_issue_name("Dummy-%d"), daemon=True)
        _adopt(self, None)

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The calling thread's Thread object (a dummy one for threads this module did not start)."""
    found = _running.get(get_ident())
    return found if found is not None else _DummyThread()


def currentThread():
    _obsolete("currentThread", "use current_thread() instead")
    return current_thread()


def main_thread():
    """The Thread object of the thread the interpreter started in."""
    return _main


def active_count():
    """How many Thread objects are alive (as many as enumerate() lists)."""
    with _book:
        return len(_running) + len(_starting)


def activeCount():
    _obsolete("activeCount", "use active_count() instead")
    return active_count()


def enumerate():
    """The Thread objects alive now: started and not yet finished, dummies and the main thread."""
    with _book:
        return [*_running.values(), *_starting.values()]


# ------------------------------------------------------------------ uncaught exceptions

class ExceptHookArgs(tuple):
    """What excepthook receives: exc_type, exc_value, exc_traceback and thread."""

    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        fields = tuple(sequence)
        if len(fields) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(fields)}-sequence given)")
        return tuple.__new__(cls, fields)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        t, v, tb, th = self
        return f"_thread._ExceptHookArgs(exc_type={t!r}, exc_value={v!r}, exc_traceback={tb!r}, thread={th!r})"


def excepthook(args, /):
    """Report an exception that ended a thread's run() on stderr; SystemExit passes silently."""
    if args.exc_type is SystemExit:
        return
    stream = _sys.stderr
    if stream is None:
        life = getattr(args.thread, '_life', None)
        stream = life.stderr if life is not None else None
    if stream is None:
        return
    who = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {who}:", file=stream, flush=True)
    show = getattr(_sys, '__excepthook__', None) or _sys.excepthook
    show(args.exc_type, args.exc_value, args.exc_traceback)
    try:
        stream.flush()
    except Exception:
        pass


__excepthook__ = excepthook


def _report(thread):
    # In the dying thread, while its exception is being handled. A hook that fails is itself
    # reported through sys.excepthook.
    hook = excepthook if excepthook is not None else __excepthook__
    try:
        hook(ExceptHookArgs([*_sys.exc_info(), thread]))
    except Exception as failure:
        failure.__suppress_context__ = True
        stream = _sys.stderr if _sys.stderr is not None else thread._life.stderr
        if stream is not None:
            print("Exception in threading.excepthook:", file=stream, flush=True)
        _sys.excepthook(*_sys.exc_info())


# ------------------------------------------------------------------ Timer

class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval` seconds unless cancel()
    comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ------------------------------------------------------------------ interpreter exit

def _register_atexit(func, *args, **kwargs):
    """Have _shutdown() call func(*args, **kwargs) before it joins the non-daemon threads
    (latest registration first); used by concurrent.futures and multiprocessing."""
    with _book:
        if _closing:
            raise RuntimeError("can't register atexit after shutdown")
        _exit_calls.append((func, args, kwargs))


def _shutdown():
    """Called by the VM once the main program has ended: runs the _register_atexit calls, then
    waits for every non-daemon thread, including those started meanwhile."""
    global _closing
    with _book:
        if _closing:
            return
        _closing = True
    while _exit_calls:
        func, args, kwargs = _exit_calls.pop()
        func(*args, **kwargs)
    here = _running.get(get_ident())
    own = here._life.handle if here is not None else None
    while True:
        with _book:
            waiting = [h for h in _joinable if h is not own and not h.is_done()]
        if not waiting:
            break
        for handle in waiting:
            handle.join()
    _main._life.handle.open()


_main = _MainThread()
