"""Conversion of Python objects to a byte stream and back (the pickle module, FreeThreaded VM).

This file holds the module's public names and the Pickler. The Unpickler is in _pickle_load.py,
the opcode bytes in _pickle_opcodes.py, the Python 2 names of protocols 0-2 in
_pickle_py2names.py, the reduction of ordinary instances in copyreg.py.

A Pickler's output equals CPython 3.13's byte for byte, for every protocol. What fixes it:
- the opcode chosen for each value and protocol (the _put_* writers below);
- the memo: each object written gets the next index (PUT/BINPUT/LONG_BINPUT, MEMOIZE from
  protocol 4) and a later occurrence is a GET of it; None, bools, ints, floats, the empty tuple,
  extension-registry globals and out-of-band buffers are not memoized;
- items go in batches of 1000 between MARK and APPENDS/SETITEMS/ADDITEMS. An exact list or dict
  of one item uses APPEND/SETITEM, as does an items iterator that runs out after one item of a
  batch; a dict or set whose size is a multiple of 1000 ends with an empty batch;
- the protocol 4+ frames (_Output).
"""

import io
import sys
import struct
import operator
import copyreg
import _codecs
from copyreg import dispatch_table
from _pickle_opcodes import *  # noqa: F401,F403 (the opcodes are attributes of the module)
import _pickle_py2names

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """Common base class of the pickling and unpickling errors."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """The data is not a valid pickle (other errors such as EOFError can occur too)."""


PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = '_pickle'


class PickleBuffer:
    """Wraps a bytes-like object so that protocol 5 can pass its memory out of band."""

    __slots__ = ('_view',)

    def __init__(self, buffer):
        try:
            self._view = memoryview(buffer)
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__) from None

    def _live(self):
        view = self._view
        if view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return view

    def raw(self):
        """A one-dimensional view (format 'B') of the memory under the buffer."""
        view = self._live()
        if not view.contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        return view.cast('B')

    def release(self):
        """Release the underlying buffer."""
        view = self._view
        self._view = None
        if view is not None:
            view.release()


# Little-endian integer fields of the opcodes' arguments, and protocol 1+ floats (big-endian).
_u16 = struct.Struct('<H').pack
_i32 = struct.Struct('<i').pack
_u32 = struct.Struct('<I').pack
_u64 = struct.Struct('<Q').pack
_f64 = struct.Struct('>d').pack

# Like CPython's, __all__ lists the opcodes and protocol constants too.
__all__ += sorted(name for name in list(globals())
                  if len(name) > 1 and name[0].isupper() and all(c.isupper() or c.isdigit() or c == '_' for c in name))

_FRAME_TARGET = 64 * 1024
_BATCH = 1000
_LATIN1 = 'latin1'
_ABSENT = object()


def encode_long(x):
    """The shortest little-endian two's complement bytes of the int x (b'' for 0)."""
    if not x:
        return b''
    magnitude = ~x if x < 0 else x
    return x.to_bytes((magnitude.bit_length() + 8) // 8, 'little', signed=True)


def decode_long(data):
    """The int whose little-endian two's complement bytes are data."""
    return int.from_bytes(data, 'little', signed=True)


def _follow(root, path):
    """(the object at the attribute path from root, the object holding it), or (_ABSENT, None)."""
    holder = None
    node = root
    for part in path:
        holder = node
        node = getattr(node, part, _ABSENT)
        if node is _ABSENT:
            return _ABSENT, None
    return node, holder


def whichmodule(obj, name):
    """The name of the module that holds obj under the (dotted) name."""
    module_name = getattr(obj, '__module__', None)
    if isinstance(module_name, str):
        return module_name
    path = name.split('.')
    for module_name, module in list(sys.modules.items()):
        if module is None or module_name == '__main__' or module_name == '__mp_main__':
            continue
        try:
            if _follow(module, path)[0] is obj:
                return module_name
        except Exception:
            pass
    return '__main__'


def _escape_text(text):
    """Protocol 0 text: latin-1 characters as they are, the others as \\uXXXX or \\UXXXXXXXX;
    the backslash, NUL, LF, CR and ^Z are escaped too, so the line stays one line."""
    if text.isascii() and not any(c in text for c in '\\\0\n\r\x1a'):
        return text.encode('ascii')
    parts = []
    for c in text:
        code = ord(c)
        if code > 0xffff:
            parts.append('\\U%08x' % code)
        elif code > 0xff or c in '\\\0\n\r\x1a':
            parts.append('\\u%04x' % code)
        else:
            parts.append(c)
    return ''.join(parts).encode('latin-1')


class _Output:
    """The bytes of one Pickler on their way to its file.

    They collect in `buf`. With `framing` on (protocol 4+), the bytes from `frame_at` on are the
    open frame: it opens with the first byte written after the previous one closed, and closes
    (gets a FRAME header in front, unless it holds less than 4 bytes) when an object starts while
    it holds 64 KiB or more, before a payload of 64 KiB or more (which goes out unframed with
    its opcode), and at the end of the pickle. Closed frames are passed on to the file; without
    framing everything is passed on at the end of the pickle."""

    __slots__ = ('write', 'buf', 'framing', 'frame_at')

    def __init__(self, write):
        self.write = write
        self.buf = bytearray()
        self.framing = False
        self.frame_at = -1

    def add(self, data):
        if self.frame_at < 0 and self.framing:
            self.frame_at = len(self.buf)
        self.buf += data

    def close_frame(self):
        start = self.frame_at
        if start >= 0:
            self.frame_at = -1
            size = len(self.buf) - start
            if size >= 4:
                self.buf[start:start] = FRAME + _u64(size)

    def object_starts(self):
        if self.frame_at >= 0 and len(self.buf) - self.frame_at >= _FRAME_TARGET:
            self.close_frame()
            self.flush()

    def add_payload(self, header, payload):
        if len(payload) < _FRAME_TARGET:
            self.add(header)
            self.add(payload)
            return
        self.close_frame()
        self.buf += header
        self.flush()
        self.write(payload)

    def flush(self):
        if self.buf:
            self.write(bytes(self.buf))
            del self.buf[:]

    def discard(self):
        del self.buf[:]
        self.frame_at = -1
        self.framing = False


class Pickler:
    """Writes the pickles of objects to a binary file (an object with a write(bytes) method).

    protocol: 0 to HIGHEST_PROTOCOL, a negative number for the highest, None for
    DEFAULT_PROTOCOL. fix_imports: protocols 0-2 use Python 2 module names. buffer_callback
    (protocol 5): called with each PickleBuffer; when it returns false the buffer's data is left
    out of the pickle (out of band)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        protocol = DEFAULT_PROTOCOL if protocol is None else operator.index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        write = getattr(file, 'write', None)
        if write is None:
            raise TypeError("file must have a 'write' attribute")
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._out = _Output(write)
        self._on_buffer = buffer_callback
        self.proto = protocol
        self.bin = int(protocol >= 1)
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self.memo = {}
        # One str object per module name, as in CPython the classes and functions of a module
        # share their __module__ string (the builtin functions of a module share another one):
        # the second global of a module refers to the memoized name.
        self._module_names = {}
        self._builtin_owners = {}

    def persistent_id(self, obj):
        """The persistent ID of obj, or None to pickle obj itself. Override in a subclass."""
        return None

    def clear_memo(self):
        """Forget the objects already written (the next dump writes them again)."""
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj to the file."""
        out = getattr(self, '_out', None)
        if out is None:
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        hook = getattr(self, 'persistent_id', None)
        self._pid_hook = None if getattr(hook, '__func__', None) is Pickler.persistent_id else hook
        self._override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._table = copyreg.dispatch_table if table is None else table
        out.discard()
        if self.proto >= 2:
            out.add(PROTO + bytes((self.proto,)))
        out.framing = self.proto >= 4
        try:
            self._save(obj)
            out.add(STOP)
            out.close_frame()
        except BaseException:
            out.discard()
            raise
        out.framing = False
        out.flush()

    # -- one object --------------------------------------------------------------------------

    def _save(self, obj, ask_pid=True):
        out = self._out
        if out.frame_at >= 0 and len(out.buf) - out.frame_at >= _FRAME_TARGET:
            out.object_starts()
        if ask_pid and self._pid_hook is not None:
            pid = self._pid_hook(obj)
            if pid is not None:
                self._save_pid(pid)
                return
        seen = self.memo.get(id(obj))
        if seen is not None:
            out.add(self._get_op(seen[0]))
            return
        writer = _WRITERS.get(type(obj))
        if writer is not None:
            writer(self, obj)
        else:
            self._save_reduced(obj)

    def _save_reduced(self, obj):
        cls = type(obj)
        rv = NotImplemented
        if self._override is not None:
            rv = self._override(obj)
        if rv is NotImplemented:
            writer = _WRITERS_AFTER_OVERRIDE.get(cls)
            if writer is not None:
                writer(self, obj)
                return
            try:
                reducer = self._table[cls]
            except KeyError:
                reducer = None
            if reducer is not None:
                rv = reducer(obj)
            elif issubclass(cls, type):
                self._save_global(obj)
                return
            elif cls is _BUILTIN:
                # What the __reduce__ of CPython's builtin functions and methods returns.
                self._put_builtin(obj)
                return
            elif obj is NotImplemented or obj is ...:
                # Their __reduce__ returns their name in builtins.
                self._save_global(obj, 'NotImplemented' if obj is NotImplemented else 'Ellipsis')
                return
            else:
                method = getattr(obj, '__reduce_ex__', _ABSENT)
                if method is not _ABSENT:
                    rv = method(self.proto)
                else:
                    method = getattr(obj, '__reduce__', _ABSENT)
                    if method is _ABSENT:
                        raise PicklingError("can't pickle '%s' object: %r" % (cls.__name__, obj))
                    rv = method()
        if isinstance(rv, str):
            self._save_global(obj, rv)
        elif isinstance(rv, tuple):
            self._save_reduction(rv, obj)
        else:
            raise PicklingError("__reduce__ must return a string or tuple")

    def _save_pid(self, pid):
        if self.bin:
            self._save(pid, ask_pid=False)
            self._out.add(BINPERSID)
            return
        text = str(pid)
        if not text.isascii():
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self._out.add(PERSID + text.encode('ascii') + b'\n')

    # -- the memo ----------------------------------------------------------------------------

    def _memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.memo[id(obj)] = index, obj
        if self.proto >= 4:
            self._out.add(MEMOIZE)
        elif not self.bin:
            self._out.add(PUT + str(index).encode('ascii') + b'\n')
        elif index < 256:
            self._out.add(BINPUT + bytes((index,)))
        else:
            self._out.add(LONG_BINPUT + _u32(index))

    def _get_op(self, index):
        if not self.bin:
            return GET + str(index).encode('ascii') + b'\n'
        if index < 256:
            return BINGET + bytes((index,))
        return LONG_BINGET + _u32(index)

    def _refer_back(self, obj, pops):
        """If writing obj's parts memoized obj itself (a cycle through a tuple), drop what was
        pushed (`pops`) and refer to the memo instead: True. Else False."""
        seen = self.memo.get(id(obj))
        if seen is None:
            return False
        self._out.add(pops + self._get_op(seen[0]))
        return True

    # -- a reduction: (callable, args[, state[, list items[, dict items[, state setter]]]]) ----

    def _save_reduction(self, rv, obj=None):
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        func, args, state, items, pairs, setter = rv + (None,) * (6 - len(rv))
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        for value, ordinal in ((items, 'fourth'), (pairs, 'fifth')):
            if value is not None and not hasattr(type(value), '__next__'):
                raise PicklingError("%s element of the tuple returned by __reduce__ must be an iterator, not %s"
                                    % (ordinal, type(value).__name__))
        if setter is not None and not callable(setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a function, not %s"
                                % type(setter).__name__)
        self._save_call(func, args, obj)
        out = self._out
        if obj is not None and not self._refer_back(obj, POP):
            self._memoize(obj)
        if items is not None:
            self._save_items(items)
        if pairs is not None:
            self._save_pairs(pairs)
        if state is None:
            return
        if setter is None:
            self._save(state)
            out.add(BUILD)
        else:
            # setter(obj, state) is called for its effect; its result is popped.
            self._save(setter)
            self._save(obj)
            self._save(state)
            out.add(TUPLE2 + REDUCE + POP)

    def _save_call(self, func, args, obj):
        out = self._out
        kind = getattr(func, '__name__', None) if self.proto >= 2 else None
        if kind == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d" % len(args))
            cls, pos, kw = args
            for value, want, what, ordinal in ((cls, type, 'a class', 'first'), (pos, tuple, 'a tuple', 'second'),
                                               (kw, dict, 'a dict', 'third')):
                if not isinstance(value, want):
                    raise PicklingError("%s item from NEWOBJ_EX argument tuple must be %s, not %s"
                                        % (ordinal, what, type(value).__name__))
            if self.proto >= 4:
                self._save(cls)
                self._save(pos)
                self._save(kw)
                out.add(NEWOBJ_EX)
                return
            # Protocols 2 and 3 have no keyword arguments: call a partial of cls.__new__.
            from functools import partial
            new = cls.__new__
            if type(new) is _BUILTIN and getattr(new, '__self__', None) is None:
                # The VM's builtin __new__ does not know its class: tell _put_builtin.
                owner = next((k for k in cls.__mro__ if '__new__' in k.__dict__), object)
                self._builtin_owners[id(new)] = owner, new
            self._save(partial(new, cls, *pos, **kw))
            self._save(())
            out.add(REDUCE)
            return
        if kind == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not getattr(obj, '__class__', None):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self._save(cls)
            self._save(args[1:])
            out.add(NEWOBJ)
            return
        self._save(func)
        self._save(args)
        out.add(REDUCE)

    # -- batches of items --------------------------------------------------------------------

    def _save_items(self, iterator):
        """The list items of a reduction (or of a list at protocol 0), appended in batches."""
        self._stream_batches(iterator, self._save, APPEND, APPENDS)

    def _save_pairs(self, iterator):
        """The dict items of a reduction (or of a dict at protocol 0), set in batches."""
        self._stream_batches(iterator, self._save_pair, SETITEM, SETITEMS)

    def _stream_batches(self, iterator, save_one, one_op, many_op):
        """Items taken from the iterator as they are written: at protocol 0 one_op after each;
        else MARK, up to 1000 items, many_op, and one_op for a batch of a single item."""
        out = self._out
        if not self.bin:
            for item in iterator:
                save_one(item)
                out.add(one_op)
            return
        while True:
            first = next(iterator, _ABSENT)
            if first is _ABSENT:
                return
            item = next(iterator, _ABSENT)
            if item is _ABSENT:
                save_one(first)
                out.add(one_op)
                return
            out.add(MARK)
            save_one(first)
            count = 1
            while item is not _ABSENT:
                save_one(item)
                count += 1
                if count == _BATCH:
                    break
                item = next(iterator, _ABSENT)
            out.add(many_op)
            if count < _BATCH:
                return

    def _save_pair(self, pair):
        if type(pair) is not tuple or len(pair) != 2:
            raise TypeError("dict items iterator must return 2-tuples")
        self._save(pair[0])
        self._save(pair[1])

    # -- writers by exact type ---------------------------------------------------------------

    def _put_none(self, obj):
        self._out.add(NONE)

    def _put_bool(self, obj):
        if self.proto >= 2:
            self._out.add(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.add(TRUE if obj else FALSE)

    def _put_int(self, obj):
        out = self._out
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                out.add(INT + str(obj).encode('ascii') + b'\n')
            elif 0 <= obj <= 0xff:
                out.add(BININT1 + bytes((obj,)))
            elif 0 <= obj <= 0xffff:
                out.add(BININT2 + _u16(obj))
            else:
                out.add(BININT + _i32(obj))
        elif self.proto >= 2:
            data = encode_long(obj)
            size = len(data)
            out.add((LONG1 + bytes((size,)) if size < 256 else LONG4 + _i32(size)) + data)
        else:
            out.add(LONG + str(obj).encode('ascii') + b'L\n')

    def _put_float(self, obj):
        if self.bin:
            self._out.add(BINFLOAT + _f64(obj))
        else:
            self._out.add(FLOAT + repr(obj).encode('ascii') + b'\n')

    def _put_sized(self, data, short_op, op4, op8, what):
        """An opcode with a length argument (1, 4 or 8 bytes) followed by the data."""
        size = len(data)
        if short_op is not None and size < 256:
            header = short_op + bytes((size,))
        elif op4 is not None and size <= 0xffffffff:
            header = op4 + _u32(size)
        elif self.proto >= 4:
            header = op8 + _u64(size)
        else:
            raise PicklingError("serializing %s larger than 4 GiB requires pickle protocol 4 or higher" % what)
        self._out.add_payload(header, data)

    def _put_bytes(self, obj):
        if self.proto < 3:
            # No bytes opcodes: rebuilt by _codecs.encode(text, 'latin1') (bytes() when empty).
            if obj:
                self._save_reduction((_codecs.encode, (str(obj, _LATIN1), _LATIN1)), obj)
            else:
                self._save_reduction((bytes, ()), obj)
            return
        self._put_sized(obj, SHORT_BINBYTES, BINBYTES, BINBYTES8, 'a bytes object')
        self._memoize(obj)

    def _put_bytearray(self, obj):
        if self.proto < 5:
            self._save_reduction((bytearray, (bytes(obj),) if obj else ()), obj)
            return
        self._put_sized(bytes(obj), None, None, BYTEARRAY8, 'a bytearray')
        self._memoize(obj)

    def _put_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            short_op = SHORT_BINUNICODE if self.proto >= 4 else None
            self._put_sized(data, short_op, BINUNICODE, BINUNICODE8, 'a string')
        else:
            self._out.add(UNICODE + _escape_text(obj) + b'\n')
        self._memoize(obj)

    def _put_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        view = obj._live()
        if not view.contiguous:
            raise PicklingError("PickleBuffer can not be pickled when pointing to a non-contiguous buffer")
        if self._on_buffer is not None and not self._on_buffer(obj):
            # Out of band: the unpickler takes the next of its `buffers`.
            self._out.add(NEXT_BUFFER + READONLY_BUFFER if view.readonly else NEXT_BUFFER)
            return
        data = view.tobytes()
        if view.readonly:
            self._put_sized(data, SHORT_BINBYTES, BINBYTES, BINBYTES8, 'a bytes object')
        else:
            self._put_sized(data, None, None, BYTEARRAY8, 'a bytearray')
        self._memoize(obj)

    def _put_tuple(self, obj):
        out = self._out
        size = len(obj)
        if not size:
            out.add(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        short = size <= 3 and self.proto >= 2
        if not short:
            out.add(MARK)
        for item in obj:
            self._save(item)
        if short:
            if self._refer_back(obj, POP * size):
                return
            out.add((TUPLE1, TUPLE2, TUPLE3)[size - 1])
        else:
            if self._refer_back(obj, POP_MARK if self.bin else POP * (size + 1)):
                return
            out.add(TUPLE)
        self._memoize(obj)

    def _put_list(self, obj):
        self._out.add(EMPTY_LIST if self.bin else MARK + LIST)
        self._memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._save_items(iter(obj))
            return
        out = self._out
        if len(obj) == 1:
            self._save(obj[0])
            out.add(APPEND)
            return
        done = 0
        while True:
            out.add(MARK)
            stop = done + _BATCH
            while done < stop and done < len(obj):
                self._save(obj[done])
                done += 1
            out.add(APPENDS)
            if done >= len(obj):
                return

    def _put_dict(self, obj):
        self._out.add(EMPTY_DICT if self.bin else MARK + DICT)
        self._memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._save_pairs(iter(obj.items()))
            return
        pairs = iter(obj.items())
        if len(obj) == 1:
            self._save_pair(next(pairs))
            self._out.add(SETITEM)
            return
        self._save_full_batches(obj, pairs, self._save_pair, SETITEMS, 'dictionary')

    def _save_full_batches(self, container, iterator, save_one, end_op, what):
        """Batches of 1000 of an exact dict or set: MARK, items, end_op, until a batch is not
        full (so a size that is a multiple of 1000 ends with an empty batch)."""
        out = self._out
        size = len(container)
        while True:
            out.add(MARK)
            count = 0
            for item in iterator:
                save_one(item)
                count += 1
                if count == _BATCH:
                    break
            out.add(end_op)
            if len(container) != size:
                raise RuntimeError("%s changed size during iteration" % what)
            if count < _BATCH:
                return

    def _put_set(self, obj):
        if self.proto < 4:
            self._save_reduction((set, (list(obj),)), obj)
            return
        out = self._out
        out.add(EMPTY_SET)
        self._memoize(obj)
        if obj:
            self._save_full_batches(obj, iter(obj), self._save, ADDITEMS, 'set')

    def _put_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduction((frozenset, (list(obj),)), obj)
            return
        self._out.add(MARK)
        for item in obj:
            self._save(item)
        if self._refer_back(obj, POP_MARK):
            return
        self._out.add(FROZENSET)
        self._memoize(obj)

    # -- objects written by reference --------------------------------------------------------

    def _put_type(self, obj):
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                self._save_reduction((type, (singleton,)), obj)
                return
        self._save_global(obj)

    def _put_builtin(self, obj):
        owner = getattr(obj, '__self__', None)
        if owner is None and id(obj) in self._builtin_owners:
            owner = self._builtin_owners[id(obj)][0]
        if owner is None or type(owner) is type(sys):
            self._save_global(obj)
        else:
            self._save_reduction((getattr, (owner, obj.__name__)), obj)

    def _save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        path = name.split('.')
        if '<locals>' in path:
            raise AttributeError("Can't get local object %r" % name)
        module_name = whichmodule(obj, name)
        if isinstance(module_name, str):
            module_name = self._module_names.setdefault((module_name, type(obj) is _BUILTIN), module_name)
        module = None
        try:
            __import__(module_name)
            module = sys.modules[module_name]
        except Exception:
            pass
        if module is None:
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name))
        found = _follow(module, path)[0]
        if found is _ABSENT:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code is not None:
                self._put_extension(obj, code)
                return
        nested = len(path) > 1
        if self.proto >= 4:
            self._save(module_name)
            self._save(name if nested else path[-1])
            self._out.add(STACK_GLOBAL)
        elif nested:
            # Protocols 0-3 name one level only: getattr(getattr(module.first, second), ...), the
            # first level written as a GLOBAL that is not memoized.
            self._save_nested(module_name, path)
        else:
            self._out.add(GLOBAL + self._global_line(module_name, name))
        self._memoize(obj)

    def _save_nested(self, module_name, path):
        out = self._out
        for _ in path[1:]:
            self._save(getattr)
            if self.proto < 2:
                out.add(MARK)
        out.add(GLOBAL + self._global_line(module_name, path[0]))
        for part in path[1:]:
            self._save(part)
            out.add(TUPLE2 + REDUCE if self.proto >= 2 else TUPLE + REDUCE)

    def _global_line(self, module_name, name):
        if self.fix_imports:
            module_name, name = _pickle_py2names.to_python2(module_name, name)
        codec = 'utf-8' if self.proto >= 3 else 'ascii'
        lines = []
        for text, what in ((module_name, 'module'), (name, 'global')):
            try:
                lines.append(text.encode(codec) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle %s identifier '%s' using pickle protocol %i"
                                    % (what, text, self.proto)) from None
        return lines[0] + lines[1]

    def _put_extension(self, obj, code):
        if not 0 < code <= 0x7fffffff:
            raise RuntimeError("extension code %d is out of range" % code)
        if code <= 0xff:
            self._out.add(EXT1 + bytes((code,)))
        elif code <= 0xffff:
            self._out.add(EXT2 + _u16(code))
        else:
            self._out.add(EXT4 + _i32(code))


def _function_types():
    def python_function():
        pass
    return type(python_function), type(len)


_BUILTIN = _function_types()[1]
_WRITERS = {
    type(None): Pickler._put_none,
    bool: Pickler._put_bool,
    int: Pickler._put_int,
    float: Pickler._put_float,
    bytes: Pickler._put_bytes,
    bytearray: Pickler._put_bytearray,
    str: Pickler._put_str,
    tuple: Pickler._put_tuple,
    list: Pickler._put_list,
    dict: Pickler._put_dict,
    set: Pickler._put_set,
    frozenset: Pickler._put_frozenset,
    PickleBuffer: Pickler._put_picklebuffer,
}
# Consulted after reducer_override, which can replace how these are pickled.
_WRITERS_AFTER_OVERRIDE = {
    type: Pickler._put_type,
    _function_types()[0]: Pickler._save_global,
}

from _pickle_load import Unpickler  # noqa: E402 (it imports names defined above)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    sink = io.BytesIO()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read one pickled object from the binary file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object pickled in data (a bytes-like object)."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return load(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
