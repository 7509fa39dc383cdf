"""Small helpers of multiprocessing: exit-time cleanup, flushing, temporary names."""

import itertools
import os
import sys
import threading

_exiting = False
_cleanups = []          # callables run at process exit (last registered runs first)
_name_counter = itertools.count()


def debug(msg, *args):
    pass


info = sub_debug = sub_warning = debug


def get_logger():
    return None


def log_to_stderr(level=None):
    return None


def is_exiting():
    return _exiting


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


def unique_name(prefix):
    """A name unique among the processes of this machine: prefix-pid-counter."""
    return '%s-%d-%d' % (prefix, os.getpid(), next(_name_counter))


def register_cleanup(fn):
    _cleanups.append(fn)


def _run_cleanups():
    while _cleanups:
        fn = _cleanups.pop()
        try:
            fn()
        except Exception:
            pass


def _exit_function():
    """At exit: terminate daemonic children, join the others, then release named resources."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    from . import process
    for p in process.active_children():
        if p.daemon:
            p._popen.terminate()
    for p in process.active_children():
        p.join()
    _run_cleanups()


threading._register_atexit(_exit_function)
