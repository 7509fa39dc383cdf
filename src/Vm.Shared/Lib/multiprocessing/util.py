"""Small helpers of multiprocessing: exit-time cleanup, flushing, temporary names."""

import itertools
import os
import sys
import threading

_exiting = False
_cleanups = []          # callables run at process exit (last registered runs first)
_finalizers = []        # run first at exit, before children are terminated and joined
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


def _args_from_interpreter_flags():
    """The parent's -X/-W options for a child VM (CPython's, from subprocess; imported on first
    use, so a child that starts no children does not import subprocess)."""
    import subprocess
    return subprocess._args_from_interpreter_flags()


def unique_name(prefix):
    """A name unique among the processes of this machine: prefix-pid-counter."""
    return '%s-%d-%d' % (prefix, os.getpid(), next(_name_counter))


def register_cleanup(fn):
    _cleanups.append(fn)


def register_finalizer(fn):
    """fn runs at exit before daemonic children are terminated (CPython's Finalize with
    exitpriority 0: how a manager shuts its server down)."""
    _finalizers.append(fn)


def _run_cleanups(cleanups=_cleanups):
    while cleanups:
        fn = cleanups.pop()
        try:
            fn()
        except Exception:
            pass


def _exit_function():
    """At exit: run the finalizers, terminate daemonic children, join the others, release named
    resources, and last let the resource tracker (if this process hosts it) clean up."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    _run_cleanups(_finalizers)
    from . import process
    for p in process.active_children():
        if p.daemon:
            p._popen.terminate()
    for p in process.active_children():
        p.join()
    _run_cleanups()
    tracker = sys.modules.get('multiprocessing.resource_tracker')
    if tracker is not None:
        tracker._resource_tracker._stop()


threading._register_atexit(_exit_function)
