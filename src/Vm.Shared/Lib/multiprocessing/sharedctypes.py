"""Value and Array in shared memory: a memory-mapped file under /dev/shm (or the temp dir)
that every process maps; elements are packed with struct by typecode (as array module codes).
The creating process removes the file at exit; processes that mapped it keep their mapping."""

import os
import struct

import _multiprocessing as _mp

from . import util

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'synchronized']

_typecode_to_size = {c: struct.calcsize(c) for c in 'bBhHiIlLqQfd'}
_typecode_to_size['c'] = 1
_typecode_to_size['u'] = 4


def _shm_dir():
    if os.path.isdir('/dev/shm'):
        return '/dev/shm'
    return os.environ.get('TMPDIR', '/tmp')


class _SharedBuffer:
    def __init__(self, size):
        self.path = os.path.join(_shm_dir(), util.unique_name('mp-shm'))
        self.size = max(size, 1)
        self._map = _mp.shm_open(self.path, self.size, True)
        util.register_cleanup(lambda p=self.path: os.path.exists(p) and os.unlink(p))

    def __getstate__(self):
        return (self.path, self.size)

    def __setstate__(self, state):
        self.path, self.size = state
        self._map = _mp.shm_open(self.path, self.size, False)

    def read(self, offset, n):
        return self._map.read(offset, n)

    def write(self, offset, data):
        self._map.write(offset, data)


def _check_typecode(typecode):
    if not isinstance(typecode, str) or typecode not in _typecode_to_size:
        raise TypeError('unsupported typecode or type %r (ctypes types are not available; use an array typecode)'
                        % (typecode,))


def _pack(typecode, value):
    if typecode == 'c':
        if not isinstance(value, bytes) or len(value) != 1:
            raise TypeError('one character bytes, bytearray or integer expected')
        return value
    if typecode == 'u':
        return struct.pack('I', ord(value))
    return struct.pack(typecode, value)


def _unpack(typecode, data):
    if typecode == 'c':
        return data
    if typecode == 'u':
        return chr(struct.unpack('I', data)[0])
    return struct.unpack(typecode, data)[0]


class _RawValue:
    def __init__(self, typecode, *args, _buffer=None):
        _check_typecode(typecode)
        self._typecode = typecode
        self._size = _typecode_to_size[typecode]
        self._buf = _buffer or _SharedBuffer(self._size)
        if _buffer is None and args:
            self.value = args[0]

    def __reduce__(self):
        return _rebuild_value, (self._typecode, self._buf)

    @property
    def value(self):
        return _unpack(self._typecode, self._buf.read(0, self._size))

    @value.setter
    def value(self, v):
        self._buf.write(0, _pack(self._typecode, v))

    def __repr__(self):
        return '%s(%r)' % (_ctype_name.get(self._typecode, self._typecode), self.value)


def _rebuild_value(typecode, buf):
    return _RawValue(typecode, _buffer=buf)


class _RawArray:
    def __init__(self, typecode, size_or_initializer, _buffer=None):
        _check_typecode(typecode)
        self._typecode = typecode
        self._itemsize = _typecode_to_size[typecode]
        if isinstance(size_or_initializer, int):
            n, init = size_or_initializer, None
        else:
            init = list(size_or_initializer)
            n = len(init)
        self._length = n
        self._buf = _buffer or _SharedBuffer(n * self._itemsize)
        if init is not None and _buffer is None:
            if typecode == 'c':
                init = [bytes([b]) if isinstance(b, int) else b for b in init]
            self[:] = init

    def __reduce__(self):
        return _rebuild_array, (self._typecode, self._length, self._buf)

    def __len__(self):
        return self._length

    def _index(self, i):
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._length))]
        i = self._index(i)
        return _unpack(self._typecode, self._buf.read(i * self._itemsize, self._itemsize))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            idx = range(*i.indices(self._length))
            values = list(value)
            if len(values) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            if i.step in (None, 1) and values:
                data = b''.join(_pack(self._typecode, v) for v in values)
                self._buf.write(idx.start * self._itemsize, data)
                return
            for j, v in zip(idx, values):
                self[j] = v
            return
        i = self._index(i)
        self._buf.write(i * self._itemsize, _pack(self._typecode, value))

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        if self._typecode != 'c':
            raise AttributeError('value')
        raw = self._buf.read(0, self._length)
        end = raw.find(b'\0')
        return raw if end < 0 else raw[:end]

    @value.setter
    def value(self, v):
        if len(v) > self._length:
            raise ValueError('byte string too long')
        self._buf.write(0, v + b'\0' * (self._length - len(v)) if len(v) < self._length else v)

    @property
    def raw(self):
        return self._buf.read(0, self._length * self._itemsize)


def _rebuild_array(typecode, length, buf):
    return _RawArray(typecode, length, _buffer=buf)


_ctype_name = {'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint',
               'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float',
               'd': 'c_double', 'c': 'c_char', 'u': 'c_wchar'}


def RawValue(typecode_or_type, *args):
    return _RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    return _RawArray(typecode_or_type, size_or_initializer)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            from .context import _default_context
            ctx = ctx or _default_context.get_context()
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        return type(self), (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = None
    elif not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock, ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = None
    elif not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return SynchronizedArray(obj, lock, ctx)


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, _RawArray):
        return SynchronizedArray(obj, lock, ctx)
    return Synchronized(obj, lock, ctx)
