"""High-level I/O multiplexing (selectors).

Written for the FreeThreaded VM from the documentation of CPython's selectors module: the
abstract BaseSelector, the SelectorKey records, EVENT_READ/EVENT_WRITE, and the concrete
SelectSelector, PollSelector and EpollSelector over the select module, with DefaultSelector the
most efficient one available (epoll on Linux).
"""

import math
import select
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

__all__ = ["EVENT_READ", "EVENT_WRITE", "SelectorKey", "BaseSelector", "SelectSelector", "PollSelector",
           "EpollSelector", "DefaultSelector"]

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    What a selector keeps for one registered file object: the object, its file descriptor, the
    events (a mask of EVENT_READ and EVENT_WRITE) waited for, and the data given at registration.
"""


def _fd_of(fileobj):
    """The file descriptor of an int or of an object with fileno() (ValueError when there is none)."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class BaseSelector(metaclass=ABCMeta):
    """Waits for I/O readiness on several file objects.

    Subclasses implement register, unregister, select and get_map; modify, get_key, close and the
    context manager are written in terms of them.
    """

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Starts watching fileobj for events; returns its SelectorKey."""
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Stops watching fileobj; returns the SelectorKey it had."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Changes the events and data of a registered file object; returns the new SelectorKey."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        """Waits until some registered file object is ready or the timeout passes.

        Returns a list of (key, events) pairs, events being the ready subset of key.events.
        """
        raise NotImplementedError

    def close(self):
        """Releases what the selector holds; registered file objects are not closed."""
        pass

    def get_key(self, fileobj):
        """The SelectorKey of a registered file object (KeyError if it is not registered)."""
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError("Selector is closed")
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        """A mapping from file objects to their SelectorKeys."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _RegistryView(Mapping):
    """Read-only mapping of file objects to keys over a selector's table of keys by fd."""

    def __init__(self, selector):
        self._owner = selector

    def __len__(self):
        return len(self._owner._fd_keys)

    def __getitem__(self, fileobj):
        fd = self._owner._fd_for(fileobj)
        try:
            return self._owner._fd_keys[fd]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def __iter__(self):
        return iter(self._owner._fd_keys)


class _Registry(BaseSelector):
    """The bookkeeping every concrete selector shares: keys by file descriptor."""

    def __init__(self):
        self._fd_keys = {}
        self._view = _RegistryView(self)

    def _fd_for(self, fileobj):
        # A registered object that has been closed no longer has an fd: find it by identity.
        try:
            return _fd_of(fileobj)
        except ValueError:
            for key in self._fd_keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fd_for(fileobj), events, data)
        if key.fd in self._fd_keys:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        self._fd_keys[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_keys.pop(self._fd_for(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def _registered(self, fileobj):
        try:
            return self._fd_keys[self._fd_for(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = key._replace(data=data)
            self._fd_keys[key.fd] = key
        return key

    def close(self):
        self._fd_keys.clear()
        self._view = None

    def get_map(self):
        return self._view

    def _ready(self, fd, events):
        """(key, events) for a ready fd still registered, restricted to the events it waits for."""
        key = self._fd_keys.get(fd)
        if key is None:
            return None
        events &= key.events
        return (key, events) if events else None


class SelectSelector(_Registry):
    """A selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._read_fds = set()
        self._write_fds = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._read_fds.add(key.fd)
        if events & EVENT_WRITE:
            self._write_fds.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._read_fds.discard(key.fd)
        self._write_fds.discard(key.fd)
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        try:
            readable, writable, _ = select.select(self._read_fds, self._write_fds, [], timeout)
        except InterruptedError:
            return []
        readable = set(readable)
        writable = set(writable)
        ready = []
        for fd in readable | writable:
            events = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
            pair = self._ready(fd, events)
            if pair:
                ready.append(pair)
        return ready


class _PollingSelector(_Registry):
    """Selectors over an object with register/modify/unregister/poll (select.poll, select.epoll)."""

    _read_mask = 0
    _write_mask = 0

    def __init__(self):
        super().__init__()
        self._poller = self._new_poller()

    def _mask(self, events):
        return (self._read_mask if events & EVENT_READ else 0) | (self._write_mask if events & EVENT_WRITE else 0)

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._poller.register(key.fd, self._mask(events))
        except BaseException:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._poller.unregister(key.fd)
        except OSError:
            # The fd may be closed already: the kernel forgot it (epoll), nothing is left to undo.
            pass
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            if not events or events & ~(EVENT_READ | EVENT_WRITE):
                raise ValueError("Invalid events: {!r}".format(events))
            self._poller.modify(key.fd, self._mask(events))
        key = key._replace(events=events, data=data)
        self._fd_keys[key.fd] = key
        return key

    def _wait(self, timeout):
        raise NotImplementedError

    def select(self, timeout=None):
        try:
            polled = self._wait(timeout)
        except InterruptedError:
            return []
        ready = []
        for fd, mask in polled:
            events = ((EVENT_READ if mask & ~self._write_mask else 0)
                      | (EVENT_WRITE if mask & ~self._read_mask else 0))
            pair = self._ready(fd, events)
            if pair:
                ready.append(pair)
        return ready


class PollSelector(_PollingSelector):
    """A selector over select.poll()."""

    _read_mask = select.POLLIN
    _write_mask = select.POLLOUT

    def _new_poller(self):
        return select.poll()

    def _wait(self, timeout):
        if timeout is None:
            return self._poller.poll()
        # poll() takes milliseconds; round up so a short timeout still waits.
        return self._poller.poll(math.ceil(max(timeout, 0) * 1000))


class EpollSelector(_PollingSelector):
    """A selector over select.epoll()."""

    _read_mask = select.EPOLLIN
    _write_mask = select.EPOLLOUT

    def _new_poller(self):
        return select.epoll()

    def fileno(self):
        return self._poller.fileno()

    def _wait(self, timeout):
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            # epoll counts milliseconds: round up to the next one.
            timeout = math.ceil(timeout * 1000) / 1000
        return self._poller.poll(timeout, max(len(self._fd_keys), 1))

    def close(self):
        self._poller.close()
        super().close()


DefaultSelector = EpollSelector
