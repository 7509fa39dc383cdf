"""Popen for the spawn start method: launches a child VM, hands it the
pickled work over an inherited socket, and waits for it."""

import struct

import _multiprocessing as _mp

from . import reduction, spawn, util

__all__ = ['Popen']

SIGTERM = 15
SIGKILL = 9


class Popen:
    method = 'spawn'

    def __init__(self, process_obj):
        util._flush_std_streams()
        self.returncode = None
        self.pass_fds = []
        prep_data = spawn.get_preparation_data(process_obj._name, self)
        reduction.set_spawning_popen(self)
        try:
            payload = reduction.ForkingPickler.dumps(prep_data) + reduction.ForkingPickler.dumps(process_obj)
        finally:
            reduction.set_spawning_popen(None)
        parent_end, child_end = _mp.socketpair()
        cmd = spawn.get_command_line(child_end)
        try:
            self._child = _mp.spawn(cmd, [child_end] + self.pass_fds, None)
        finally:
            _mp.close(child_end)
        self.pid = self._child.pid
        self.sentinel = parent_end
        try:
            _mp.write_all(parent_end, struct.pack('!Q', len(payload)) + payload)
        except OSError:
            pass  # the child died before reading; wait() reports its exit code

    def duplicate_for_child(self, fd):
        self.pass_fds.append(fd)
        return fd

    def _finish(self, code):
        if code is not None and self.returncode is None:
            self.returncode = code
            if self.sentinel is not None:
                _mp.close(self.sentinel)
                self.sentinel = None
            out, err = self._child.take_output()
            import sys
            if out:
                sys.stdout.write(out)
            if err:
                sys.stdout.flush()
                sys.stderr.write(err)
        return self.returncode

    def poll(self, flag=None):
        if self.returncode is None:
            self._finish(self._child.poll())
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            self._finish(self._child.wait(timeout))
        return self.returncode

    def terminate(self):
        if self.returncode is None:
            self._child.signal(SIGTERM)

    def kill(self):
        if self.returncode is None:
            self._child.signal(SIGKILL)

    def close(self):
        if self.sentinel is not None:
            _mp.close(self.sentinel)
            self.sentinel = None
