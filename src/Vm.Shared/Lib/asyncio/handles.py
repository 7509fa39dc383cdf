"""Handle and TimerHandle: a callback the event loop will call, which can be cancelled."""

import contextvars

__all__ = ('Handle', 'TimerHandle')


def _callback_text(fn, args):
    """`name(args) at file:line`, the way handles and error reports show a callback."""
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None) or repr(fn)
    text = f"{name}({', '.join(repr(a) for a in args)})"
    target = getattr(fn, '__func__', fn)
    code = getattr(target, '__code__', None)
    if code is not None:
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


class Handle:
    """What call_soon returns: `fn(*args)` to be run once by the loop inside `context`."""

    __slots__ = ('_fn', '_argv', '_ctx', '_loop', '_dead', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._fn = callback
        self._argv = args
        self._ctx = contextvars.copy_context() if context is None else context
        self._loop = loop
        self._dead = False

    def get_context(self):
        return self._ctx

    def cancel(self):
        if not self._dead:
            self._dead = True
            self._fn = None
            self._argv = None

    def cancelled(self):
        return self._dead

    def _invoke(self):
        try:
            self._ctx.run(self._fn, *self._argv)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_callback_text(self._fn, self._argv)}',
                'exception': error,
                'handle': self,
            })

    def _repr_parts(self):
        parts = [type(self).__name__]
        if self._dead:
            parts.append('cancelled')
        else:
            parts.append(_callback_text(self._fn, self._argv))
        return parts

    def __repr__(self):
        return f"<{' '.join(self._repr_parts())}>"


class TimerHandle(Handle):
    """What call_later and call_at return; `when()` is the loop time it is due at."""

    __slots__ = ('_due', '_in_heap')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._due = when
        self._in_heap = True

    def when(self):
        return self._due

    def cancel(self):
        if not self._dead and self._in_heap:
            self._loop._timer_dropped()
        super().cancel()

    def _repr_parts(self):
        parts = super()._repr_parts()
        parts.insert(1, f'when={self._due}')
        return parts

    # Timers order by due time (the loop's heap breaks ties by scheduling order itself).
    def __lt__(self, other):
        return self._due < other._due if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        return self._due <= other._due if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._due > other._due if isinstance(other, TimerHandle) else NotImplemented

    def __ge__(self, other):
        return self._due >= other._due if isinstance(other, TimerHandle) else NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._due == other._due and self._fn == other._fn
                    and self._argv == other._argv and self._dead == other._dead)
        return NotImplemented

    __hash__ = Handle.__hash__
