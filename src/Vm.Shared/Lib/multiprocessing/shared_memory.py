"""Shared memory blocks that processes attach to by name (POSIX shared memory: files in
/dev/shm, mapped shared), and ShareableList, a fixed-length list stored in one.

SharedMemory.buf is a writable memoryview of the mapped block (see
_multiprocessing.ShmMapping). A block outlives the processes that use it until one of them
calls unlink(); blocks created or attached with track=True are registered with the resource
tracker, which unlinks, when the program ends, those nobody unlinked and warns about them.
ShareableList uses the same layout as CPython's, so either interpreter can read the other's.
"""

import os
import struct
import sys
from functools import partial
from types import GenericAlias

import _multiprocessing as _mp

from . import resource_tracker

__all__ = ['SharedMemory', 'ShareableList']

_NAME_PREFIX = '/psm_'
_SAFE_NAME_LENGTH = 14          # the shortest name limit among POSIX systems (macOS: 31)


def _make_filename():
    """A random name that fits the limit: the prefix and hex digits."""
    nbytes = (_SAFE_NAME_LENGTH - len(_NAME_PREFIX)) // 2
    return _NAME_PREFIX + os.urandom(nbytes).hex()


class SharedMemory:
    """Creates a new shared memory block or attaches to an existing one by name."""

    _name = None
    _mapping = None
    _buf = None
    _size = 0

    def __init__(self, name=None, create=False, size=0, *, track=True):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create and size == 0:
            raise ValueError("'size' must be a positive number different from zero")
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")
        self._track = track
        if name is None:
            while True:
                name = _make_filename()
                try:
                    mapping = _mp.shm_map(name, True, size)
                except FileExistsError:
                    continue
                break
        else:
            name = '/' + name
            mapping = _mp.shm_map(name, create, size)
        self._name = name
        self._mapping = mapping
        self._size = mapping.size
        self._buf = mapping.view()
        if track:
            resource_tracker.register(name, 'shared_memory')

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        "A memoryview of contents of the shared memory block."
        return self._buf

    @property
    def name(self):
        "Unique name that identifies the shared memory block."
        name = self._name
        return name[1:] if name is not None and name.startswith('/') else name

    @property
    def size(self):
        "Size in bytes."
        return self._size

    def close(self):
        """Closes access to the shared memory from this instance but does not destroy the
        shared memory block."""
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._mapping is not None:
            self._mapping.close()
            self._mapping = None

    def unlink(self):
        """Requests that the underlying shared memory block be destroyed (once, from any one
        of the processes using it)."""
        if self._name:
            _mp.shm_unlink(self._name)
            if self._track:
                resource_tracker.unregister(self._name, 'shared_memory')


_encoding = 'utf8'

# Per-item struct formats; str and bytes slots are sized when the list is made.
_FORMATS = {
    int: 'q',
    float: 'd',
    bool: 'xxxxxxx?',
    str: '%ds',
    bytes: '%ds',
    type(None): 'xxxxxx?x',
}
_ALIGNMENT = 8

# How a stored value is turned back into the Python value (the code is stored per item).
_PLAIN, _STR, _BYTES, _NONE = 0, 1, 2, 3


def _decode(code, raw):
    if code == _STR:
        return raw.rstrip(b'\x00').decode(_encoding)
    if code == _BYTES:
        return raw.rstrip(b'\x00')
    if code == _NONE:
        return None
    return raw


def _code_of(value):
    if isinstance(value, str):
        return _STR
    if isinstance(value, bytes):
        return _BYTES
    if value is None:
        return _NONE
    return _PLAIN


def _format_of(value):
    fmt = _FORMATS[type(value)]          # KeyError for unsupported types, as in CPython
    if isinstance(value, (str, bytes)):
        fmt = fmt % (_ALIGNMENT * (len(value) // _ALIGNMENT + 1),)
    return fmt


class ShareableList:
    """A fixed-length list of int, float, bool, str, bytes and None values kept in a shared
    memory block, so processes attached to it by name see each other's updates.

    Layout of the block: the length N (8 bytes); N + 1 offsets of the items in the data area
    (8 bytes each); the data area; each item's struct format (8 bytes each); each item's
    decoding code (1 byte each)."""

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            items = list(sequence or ())
            formats = [_format_of(v) for v in items]
            self._list_len = len(items)
            offsets = [0]
            for fmt in formats:
                offsets.append(offsets[-1] + (int(fmt[:-1]) if fmt[-1] == 's' else _ALIGNMENT))
            self._allocated_offsets = offsets
            size = struct.calcsize('q' + self._format_size_metainfo + ''.join(formats)
                                   + self._format_packing_metainfo + self._format_back_transform_codes)
            self.shm = SharedMemory(name, create=True, size=size)
            buf = self.shm.buf
            struct.pack_into('q' + self._format_size_metainfo, buf, 0, self._list_len, *offsets)
            struct.pack_into(''.join(formats), buf, self._offset_data_start,
                             *(v.encode(_encoding) if isinstance(v, str) else v for v in items))
            struct.pack_into(self._format_packing_metainfo, buf, self._offset_packing_formats,
                             *(f.encode(_encoding) for f in formats))
            struct.pack_into(self._format_back_transform_codes, buf, self._offset_back_transform_codes,
                             *(_code_of(v) for v in items))
        else:
            self.shm = SharedMemory(name)
            self._list_len = len(self)
            self._allocated_offsets = list(struct.unpack_from(self._format_size_metainfo, self.shm.buf, 8))

    # -- layout -----------------------------------------------------------------------------

    @property
    def _format_size_metainfo(self):
        return 'q' * (self._list_len + 1)

    @property
    def _format_packing_metainfo(self):
        return '8s' * self._list_len

    @property
    def _format_back_transform_codes(self):
        return 'b' * self._list_len

    @property
    def _offset_data_start(self):
        return (self._list_len + 2) * 8

    @property
    def _offset_packing_formats(self):
        return self._offset_data_start + self._allocated_offsets[-1]

    @property
    def _offset_back_transform_codes(self):
        return self._offset_packing_formats + self._list_len * 8

    def _position(self, position):
        if position < 0:
            position += self._list_len
        if not 0 <= position < self._list_len:
            return None
        return position

    def _item_format(self, position):
        raw = struct.unpack_from('8s', self.shm.buf, self._offset_packing_formats + position * 8)[0]
        return raw.rstrip(b'\x00').decode(_encoding)

    def _item_code(self, position):
        return struct.unpack_from('b', self.shm.buf, self._offset_back_transform_codes + position)[0]

    # -- the list ----------------------------------------------------------------------------

    def __getitem__(self, position):
        p = self._position(position)
        if p is None:
            raise IndexError('index out of range')
        (raw,) = struct.unpack_from(self._item_format(p), self.shm.buf,
                                    self._offset_data_start + self._allocated_offsets[p])
        return _decode(self._item_code(p), raw)

    def __setitem__(self, position, value):
        p = self._position(position)
        if p is None:
            raise IndexError('assignment index out of range')
        start = self._allocated_offsets[p]
        current = self._item_format(p)
        if isinstance(value, (str, bytes)):
            room = self._allocated_offsets[p + 1] - start
            encoded = value.encode(_encoding) if isinstance(value, str) else value
            if len(encoded) > room:
                raise ValueError('bytes/str item exceeds available storage')
            fmt = current if current[-1] == 's' else '%ds' % (room,)
        else:
            fmt = _FORMATS[type(value)]
            encoded = value
        buf = self.shm.buf
        struct.pack_into('8s', buf, self._offset_packing_formats + p * 8, fmt.encode(_encoding))
        struct.pack_into('b', buf, self._offset_back_transform_codes + p, _code_of(value))
        struct.pack_into(fmt, buf, self._offset_data_start + start, encoded)

    def __reduce__(self):
        return partial(self.__class__, name=self.shm.name), ()

    def __len__(self):
        return struct.unpack_from('q', self.shm.buf, 0)[0]

    def __repr__(self):
        return f'{self.__class__.__name__}({list(self)}, name={self.shm.name!r})'

    def __iter__(self):
        for i in range(self._list_len):
            yield self[i]

    @property
    def format(self):
        "The struct packing format used by all currently stored items."
        return ''.join(self._item_format(i) for i in range(self._list_len))

    def count(self, value):
        "L.count(value) -> integer -- return number of occurrences of value."
        return sum(value == entry for entry in self)

    def index(self, value):
        """L.index(value) -> integer -- return first index of value.
        Raises ValueError if the value is not present."""
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f'{value!r} not in this container')

    __class_getitem__ = classmethod(GenericAlias)
