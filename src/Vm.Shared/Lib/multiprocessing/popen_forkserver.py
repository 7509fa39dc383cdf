"""Popen for the forkserver start method (see forkserver.py): the child is a warm VM of the
server; the connection to the server is the sentinel and carries the child's pid and exit code."""

import struct
import sys
import threading

import _multiprocessing as _mp

from . import forkserver, reduction, spawn, util

__all__ = ['Popen']

SIGTERM = 15
SIGKILL = 9


class _Pump:
    """Collects what the child writes on one stream (hosts that capture children's output)."""

    def __init__(self):
        self.read_end, self.write_end = _mp.socketpair()
        self.chunks = []
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while True:
            data = _mp.read(self.read_end, 65536)
            if data:
                self.chunks.append(data)
            if len(data) < 65536:
                break
        _mp.close(self.read_end)

    def take(self):
        self.thread.join()
        return b''.join(self.chunks).decode('utf-8', 'replace')


class Popen:
    method = 'forkserver'

    def __init__(self, process_obj):
        util._flush_std_streams()
        self.returncode = None
        self.sentinel = None
        self._fds = []
        self._signal = 0
        self._pumps = None
        prep_data = spawn.get_preparation_data(process_obj._name, self)
        reduction.set_spawning_popen(self)
        try:
            payload = reduction.ForkingPickler.dumps(prep_data) + reduction.ForkingPickler.dumps(process_obj)
        finally:
            reduction.set_spawning_popen(None)
        if _mp.child_inherits_stdio():
            stdio = [1, 2]
        else:
            self._pumps = (_Pump(), _Pump())
            stdio = [self._pumps[0].write_end, self._pumps[1].write_end]
        try:
            conn = forkserver.connect_to_new_process(stdio + self._fds)
        finally:
            if self._pumps is not None:
                for p in self._pumps:
                    _mp.close(p.write_end)
        self.sentinel = conn
        _mp.write_all(conn, struct.pack('!Q', len(payload)) + payload)
        data = _mp.read(conn, 8)
        if len(data) < 8:
            raise OSError('the forkserver did not start a child')
        self.pid, = struct.unpack('!q', data)
        if self.pid < 0:
            raise OSError('the forkserver could not start a child')

    def duplicate_for_child(self, fd):
        self._fds.append(fd)
        return reduction.InheritedFd(len(self._fds) - 1)

    def _read_exit(self):
        data = _mp.read(self.sentinel, 4)
        code = struct.unpack('!i', data)[0] if len(data) == 4 else 255
        # The server saw a signal death as 128 + signal; multiprocessing reports -signal.
        if self._signal and code == 128 + self._signal:
            code = -self._signal
        _mp.close(self.sentinel)
        self.sentinel = None
        if self._pumps is not None:
            out, err = (p.take() for p in self._pumps)
            if out:
                sys.stdout.write(out)
            if err:
                sys.stdout.flush()
                sys.stderr.write(err)
        self.returncode = code

    def poll(self, flag=None):
        if self.returncode is None and _mp.poll(self.sentinel, 0):
            self._read_exit()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None and _mp.poll(self.sentinel, timeout):
            self._read_exit()
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            self._signal = sig
            try:
                _mp.kill(self.pid, sig)
            except OSError:
                pass

    def terminate(self):
        self._send_signal(SIGTERM)

    def kill(self):
        self._send_signal(SIGKILL)

    def close(self):
        if self.sentinel is not None:
            _mp.close(self.sentinel)
            self.sentinel = None
