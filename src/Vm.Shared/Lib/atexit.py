"""Functions to run when the interpreter exits normally (after non-daemon threads are joined),
in the reverse order of registration. The VM calls _run_exitfuncs() at exit when this module
has been imported."""

_callbacks = []


def register(func, *args, **kwargs):
    """Register func to be called with args and kwargs at exit; returns func (usable as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func (compared with ==)."""
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Call the registered functions, last registered first; an exception is reported and the rest still run."""
    import sys
    while _callbacks:
        entry = _callbacks.pop()
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            try:
                sys.stdout.flush()
            except Exception:
                pass
            import traceback
            print(f"Exception ignored in atexit callback {func!r}:", file=sys.stderr)
            traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next if exc.__traceback__ else None, file=sys.stderr)
