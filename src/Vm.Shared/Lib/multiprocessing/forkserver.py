"""The forkserver start method without fork (.NET has none): a server process keeps a warm
child VM ready — runtime started, multiprocessing and pickle imported — and hands it the next
piece of work, so starting a child costs no VM start-up.

- The parent starts the server on first use (`ensure_running`): a pyvm on the parent's backend
  given an inherited listening Unix socket and the read end of an "alive" socketpair; when the
  parent exits, the server sees EOF there, removes its socket file and exits.
- Per child the parent connects, sends (SCM_RIGHTS) the fds of its stdout and stderr and of the
  connections its pickled Process names, then writes the same payload a spawn child reads
  (preparation data and Process, see spawn.py). The server passes that connection and those fds
  to its warm child, answers the parent with the child's pid, starts the next warm child, and
  writes the child's exit code (4 bytes) on the connection when it ends: the connection is the
  Process's sentinel.
- The warm child takes the fds, points its stdout/stderr at the parent's, maps the connection
  fds its payload names by index (reduction.InheritedFd), and runs spawn_main: the parent's main
  module is re-run as __mp_main__ and the target runs, as for spawn."""

import os
import struct
import sys
import threading

import _multiprocessing as _mp

from . import spawn, util

__all__ = ['ensure_running', 'connect_to_new_process', 'set_forkserver_preload', 'main']

MAXFDS_TO_SEND = 256


class ForkServer:
    def __init__(self):
        self._lock = threading.Lock()
        self._address = None
        self._alive_w = None
        self._server = None
        self._preload = []

    def set_forkserver_preload(self, modules_names):
        if not all(type(mod) is str for mod in modules_names):
            raise TypeError('module_names must be a list of strings')
        self._preload = list(modules_names)

    def _stop(self):
        with self._lock:
            if self._alive_w is not None:
                _mp.close(self._alive_w)
                self._alive_w = None
            if self._server is not None:
                self._server.wait(10)
                self._server.take_output()
                self._server = None
            self._address = None

    def ensure_running(self):
        with self._lock:
            if self._server is not None and self._server.poll() is None:
                return
            if self._server is None:
                # At exit the "alive" socket closes and the server ends: also when this runtime
                # ends inside a longer-lived process (an embedding host).
                util.register_cleanup(self._stop)
            self._address = os.path.join(os.environ.get('TMPDIR', '/tmp'),
                                         util.unique_name('pymp-forkserver') + '-' + os.urandom(4).hex())
            listener = _mp.listen(self._address)
            alive_r, alive_w = _mp.socketpair()
            gil = 1 if sys._is_gil_enabled() else 0
            code = ('from multiprocessing.forkserver import main; main(%d, %d, %r, %r)'
                    % (listener, alive_r, self._address, self._preload))
            cmd = spawn.get_executable() + util._args_from_interpreter_flags() + ['-X', 'gil=%d' % gil, '-c', code]
            try:
                self._server = _mp.spawn(cmd, [listener, alive_r], None)
            finally:
                _mp.close(listener)
                _mp.close(alive_r)
            self._alive_w = alive_w

    def connect_to_new_process(self, fds):
        """Asks the server for a child: returns the connection; fds go to the child."""
        if len(fds) + 1 > MAXFDS_TO_SEND:
            raise ValueError('too many fds')
        self.ensure_running()
        c = _mp.connect(self._address)
        try:
            _mp.sendfds(c, list(fds), b'F')
        except OSError:
            _mp.close(c)
            raise
        return c


_forkserver = ForkServer()
ensure_running = _forkserver.ensure_running
connect_to_new_process = _forkserver.connect_to_new_process
set_forkserver_preload = _forkserver.set_forkserver_preload


# -- the server process -------------------------------------------------------------------------

def _start_warm_child(gil):
    server_end, child_end = _mp.socketpair()
    code = 'from multiprocessing.forkserver import _child_main; _child_main(%d)' % child_end
    try:
        # The server was started with the parent's options: its warm children get them too.
        child = _mp.spawn(spawn.get_executable() + util._args_from_interpreter_flags() + ['-X', 'gil=%d' % gil, '-c', code],
                          [child_end], None)
    finally:
        _mp.close(child_end)
    return child, server_end


def _watch_parent(alive_fd, address):
    _mp.read(alive_fd, 1)   # returns at EOF: the parent is gone
    try:
        os.unlink(address)
    except OSError:
        pass
    os._exit(0)


def _report_exit(child, conn):
    code = child.wait(None)
    try:
        _mp.write_all(conn, struct.pack('!i', code))
    except OSError:
        pass
    _mp.close(conn)


def main(listener, alive_fd, address, preload=()):
    """Entry point of the server process."""
    for name in preload:
        try:
            __import__(name)
        except ImportError:
            pass
    gil = 1 if sys._is_gil_enabled() else 0
    threading.Thread(target=_watch_parent, args=(alive_fd, address), daemon=True).start()
    warm = _start_warm_child(gil)
    while True:
        conn = _mp.accept(listener)
        try:
            data, fds = _mp.recvfds(conn, 1, MAXFDS_TO_SEND)
        except OSError:
            _mp.close(conn)
            continue
        if not data:
            for fd in fds:
                _mp.close(fd)
            _mp.close(conn)
            continue
        child, child_sock = warm
        try:
            _mp.sendfds(child_sock, [conn] + fds, b'R')
            pid = child.pid
        except OSError:
            pid = -1
        for fd in fds:
            _mp.close(fd)
        _mp.close(child_sock)
        try:
            _mp.write_all(conn, struct.pack('!q', pid))
        except OSError:
            pass
        threading.Thread(target=_report_exit, args=(child, conn), daemon=True).start()
        warm = _start_warm_child(gil)


# -- the warm child -----------------------------------------------------------------------------

class _WarmUp:
    def __init__(self, items):
        self.items = items


def _warm_up():
    """Runs, once, what every child runs (compiling a module, unpickling objects), so that the
    runtime's first-use costs are paid before there is work."""
    from . import reduction
    source = ('import sys\nclass C:\n    def m(self, a, *b, k=1, **c):\n        return [x for x in a if x]\n'
              'def f(x):\n    return {x: (x, 1.5, "s")}\nif __name__ == "__main__":\n    pass\n')
    exec(_mp.compile_main(source, '<forkserver warm-up>'), {'__name__': '__mp_warmup__'})
    data = reduction.ForkingPickler.dumps(dict(name='x', sys_path=['a'], sys_argv=['b'], dir='/',
                                               authkey=b'k', w=_WarmUp([1, 2.0, None, (3,)])))
    reduction.pickle.loads(data)


def _child_main(sock):
    """Entry point of a warm child: waits for its work, then runs it like a spawn child."""
    _warm_up()
    from . import reduction
    data, fds = _mp.recvfds(sock, 1, MAXFDS_TO_SEND)
    _mp.close(sock)
    if not data or len(fds) < 3:
        os._exit(0)   # the server went away without giving work
    conn, out_fd, err_fd = fds[:3]
    _mp.redirect_stdio(out_fd, err_fd)
    _mp.close(out_fd)
    _mp.close(err_fd)
    reduction.set_inherited_fds(fds[3:])
    spawn.spawn_main(conn)
