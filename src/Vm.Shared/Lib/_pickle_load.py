"""The Unpickler of the pickle module (FreeThreaded VM): reads protocols 0 to 5.

Decoding is driven by one table: each opcode byte has the reader of its argument (nothing, a
fixed-size integer, a length-prefixed payload, a text line) and the method that applies the
argument to the stack. Errors are those of CPython's unpickler (its exception types and messages).

The stack is one list; MARK records its height in `_marks`, and an opcode that takes "the items
since the mark" slices them off. Popping below the innermost mark is a stack underflow.
Frames (protocol 4+): FRAME reads the frame's bytes ahead; reads take from them until they are
used up, then from the file again (an argument may run past the end of a frame).
"""

import struct
import sys
import copyreg
from _pickle_opcodes import *  # noqa: F401,F403
import _pickle_py2names
from pickle import UnpicklingError, HIGHEST_PROTOCOL, decode_long

_ABSENT = object()
_audit = getattr(sys, 'audit', None)
_read_u16 = struct.Struct('<H').unpack
_read_i32 = struct.Struct('<i').unpack
_read_u32 = struct.Struct('<I').unpack
_read_u64 = struct.Struct('<Q').unpack
_read_f64 = struct.Struct('>d').unpack


class _Input:
    """The pickle's bytes: those of the current frame first, then the file's."""

    __slots__ = ('read_file', 'readline_file', 'frame', 'pos')

    def __init__(self, read, readline):
        self.read_file = read
        self.readline_file = readline
        self.frame = None
        self.pos = 0

    def read(self, n):
        frame = self.frame
        if frame is None:
            return self.read_file(n)
        start = self.pos
        end = start + n
        if end < len(frame):
            self.pos = end
            return frame[start:end]
        self.frame = None
        head = frame[start:]
        if end == len(frame):
            return head
        return head + self.read_file(n - len(head))

    def code(self):
        """The next opcode byte, or -1 at the end of the input."""
        frame = self.frame
        if frame is not None:
            pos = self.pos
            if pos + 1 < len(frame):
                self.pos = pos + 1
                return frame[pos]
        data = self.read(1)
        return data[0] if data else -1

    def exact(self, n):
        frame = self.frame
        if frame is not None:
            start = self.pos
            end = start + n
            if end < len(frame):
                self.pos = end
                return frame[start:end]
        data = self.read(n)
        if len(data) != n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def line(self):
        """The next line, with its newline."""
        frame = self.frame
        if frame is None:
            text = self.readline_file()
        else:
            newline = frame.find(b'\n', self.pos)
            if newline >= 0 and newline + 1 < len(frame):
                text = frame[self.pos:newline + 1]
                self.pos = newline + 1
                return text
            text = frame[self.pos:]
            self.frame = None
            if newline < 0:
                text += self.readline_file()
        if not text.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return text

    def start_frame(self, size):
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        data = self.exact(size)
        if self.frame is not None:
            # FRAME inside a frame: the new frame's bytes come first, then the rest of the old.
            data += self.frame[self.pos:]
        self.frame = data or None
        self.pos = 0


# -- argument readers ---------------------------------------------------------------------------

def _byte(src):
    return src.exact(1)[0]


def _uint2(src):
    return _read_u16(src.exact(2))[0]


def _int4(src):
    return _read_i32(src.exact(4))[0]


def _uint4(src):
    return _read_u32(src.exact(4))[0]


def _uint8(src):
    return _read_u64(src.exact(8))[0]


def _text_line(src):
    return src.line()


def _lines2(src):
    return src.line()[:-1], src.line()[:-1]


def _counted(count_reader):
    """A reader of `count_reader`'s number of bytes."""
    def read_counted(src):
        return src.exact(count_reader(src))
    return read_counted


def _counted_signed4(src):
    size = _int4(src)
    if size < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    return src.exact(size)


_ACTIONS = [None] * 256


def _on(opcode, reader=None):
    """Register the decorated method as the action of opcode, given what `reader` reads."""
    def register(action):
        _ACTIONS[opcode[0]] = (reader, action)
        return action
    return register


def _raw_unicode_unescape(data):
    """Decode protocol 0 text: latin-1 bytes in which \\uXXXX and \\UXXXXXXXX stand for other
    characters (all other backslashes are literal)."""
    text = data.decode('latin-1')
    if '\\u' not in text and '\\U' not in text:
        return text
    out = []
    i = 0
    end = len(text)
    while i < end:
        slash = text.find('\\', i)
        if slash < 0:
            out.append(text[i:])
            break
        out.append(text[i:slash])
        kind = text[slash + 1:slash + 2]
        width = 4 if kind == 'u' else 8 if kind == 'U' else 0
        digits = text[slash + 2:slash + 2 + width]
        if width and len(digits) == width and all(c in '0123456789abcdefABCDEF' for c in digits):
            out.append(chr(int(digits, 16)))
            i = slash + 2 + width
        else:
            out.append('\\')
            i = slash + 1
    return ''.join(out)


_SIMPLE_ESCAPES = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('a'): 7, ord('b'): 8, ord('f'): 12,
                   ord('v'): 11, ord('\\'): 92, ord("'"): 39, ord('"'): 34, ord('\n'): None}


def _unquote_string(body):
    """The bytes of a protocol 0 STRING argument (a bytes literal's escapes, without quotes)."""
    if b'\\' not in body:
        return body
    out = bytearray()
    i = 0
    end = len(body)
    while i < end:
        c = body[i]
        if c != 92 or i + 1 == end:
            out.append(c)
            i += 1
            continue
        e = body[i + 1]
        if e in _SIMPLE_ESCAPES:
            value = _SIMPLE_ESCAPES[e]
            if value is not None:
                out.append(value)
            i += 2
        elif e == ord('x') and i + 3 < end + 1 and all(d in b'0123456789abcdefABCDEF' for d in body[i + 2:i + 4]):
            out.append(int(body[i + 2:i + 4], 16))
            i += 4
        elif 48 <= e <= 55:
            j = i + 1
            value = 0
            while j < end and j < i + 4 and 48 <= body[j] <= 55:
                value = value * 8 + body[j] - 48
                j += 1
            out.append(value & 0xff)
            i = j
        else:
            out.append(92)
            i += 1
    return bytes(out)


def _show_byte(code):
    if 32 <= code < 127 and code not in (39, 92):
        return chr(code)
    return '\\x%02x' % code


class Unpickler:
    """Reads pickled objects from a binary file (an object with read(n) and readline()).

    fix_imports: read Python 2 names of protocols 0-2 as their Python 3 names. encoding and
    errors: how protocol 0-2 str pickled by Python 2 (8-bit strings) are decoded; 'bytes' keeps
    them as bytes. buffers (protocol 5): the out-of-band buffers the pickle refers to, in order."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        read = getattr(file, 'read', None)
        readline = getattr(file, 'readline', None)
        if read is None or readline is None:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._src = _Input(read, readline)
        self._oob_buffers = None if buffers is None else iter(buffers)
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.memo = {}

    def load(self):
        """Read one pickled object and return it."""
        src = getattr(self, '_src', None)
        if src is None:
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._stack = []
        self._marks = []
        actions = _ACTIONS
        stop = STOP[0]
        while True:
            code = src.code()
            if code < 0:
                raise EOFError("Ran out of input")
            if code == stop:
                return self._pop()
            entry = actions[code]
            if entry is None:
                raise UnpicklingError("invalid load key, '%s'." % _show_byte(code))
            reader, action = entry
            if reader is None:
                action(self)
            else:
                action(self, reader(src))

    def persistent_load(self, pid):
        """The object a persistent ID stands for. Override in a subclass."""
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """The object a pickle names as module.name (imported if needed)."""
        if _audit is not None:
            _audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            module, name = _pickle_py2names.from_python2(module, name)
        __import__(module)
        owner = sys.modules[module]
        if self.proto < 4:
            found = getattr(owner, name, _ABSENT)
        else:
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't get local attribute %r on %r" % (name, owner))
            found = owner
            for part in name.split('.'):
                found = getattr(found, part, _ABSENT)
                if found is _ABSENT:
                    break
        if found is _ABSENT:
            raise AttributeError("Can't get attribute %r on %r" % (name, owner))
        return found

    # -- the stack -------------------------------------------------------------------------------

    def _floor(self):
        return self._marks[-1] if self._marks else 0

    def _underflow(self):
        return UnpicklingError("unexpected MARK found" if self._marks else "unpickling stack underflow")

    def _pop(self):
        stack = self._stack
        marks = self._marks
        if len(stack) <= (marks[-1] if marks else 0):
            raise self._underflow()
        return stack.pop()

    def _top(self):
        stack = self._stack
        marks = self._marks
        if len(stack) <= (marks[-1] if marks else 0):
            raise self._underflow()
        return stack[-1]

    def _pop_many(self, n):
        stack = self._stack
        if len(stack) - n < self._floor():
            raise self._underflow()
        items = stack[len(stack) - n:]
        del stack[len(stack) - n:]
        return items

    def _since_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        start = self._marks.pop()
        items = self._stack[start:]
        del self._stack[start:]
        return items

    def _push(self, value):
        self._stack.append(value)

    @_on(MARK)
    def _mark(self):
        self._marks.append(len(self._stack))

    @_on(POP)
    def _discard(self):
        if self._marks and self._marks[-1] == len(self._stack):
            self._marks.pop()
        else:
            self._pop()

    @_on(POP_MARK)
    def _discard_to_mark(self):
        self._since_mark()

    @_on(DUP)
    def _duplicate(self):
        self._push(self._top())

    # -- the memo --------------------------------------------------------------------------------

    def _remember(self, index):
        self.memo[index] = self._top()

    def _recall(self, index):
        value = self.memo.get(index, _ABSENT)
        if value is _ABSENT:
            raise UnpicklingError("Memo value not found at index %d" % index)
        self._push(value)

    _on(BINPUT, _byte)(_remember)
    _on(LONG_BINPUT, _uint4)(_remember)
    _on(BINGET, _byte)(_recall)
    _on(LONG_BINGET, _uint4)(_recall)

    @_on(PUT, _text_line)
    def _remember_text(self, line):
        index = int(line.decode('latin-1'))
        if index < 0:
            raise ValueError("negative PUT argument")
        self._remember(index)

    @_on(GET, _text_line)
    def _recall_text(self, line):
        self._recall(int(line.decode('latin-1')))

    @_on(MEMOIZE)
    def _remember_next(self):
        self.memo[len(self.memo)] = self._top()

    # -- scalars ---------------------------------------------------------------------------------

    _on(BININT, _int4)(_push)
    _on(BININT1, _byte)(_push)
    _on(BININT2, _uint2)(_push)
    _on(BINBYTES, _counted(_uint4))(_push)
    _on(SHORT_BINBYTES, _counted(_byte))(_push)
    _on(BINBYTES8, _counted(_uint8))(_push)

    @_on(NONE)
    def _push_none(self):
        self._push(None)

    @_on(NEWTRUE)
    def _push_true(self):
        self._push(True)

    @_on(NEWFALSE)
    def _push_false(self):
        self._push(False)

    @_on(INT, _text_line)
    def _push_int_text(self, line):
        digits = line[:-1]
        if digits == b'01' or digits == b'00':
            self._push(digits == b'01')
            return
        try:
            value = int(digits.decode('latin-1'))
        except ValueError:
            raise ValueError("could not convert string to int") from None
        self._push(value)

    @_on(LONG, _text_line)
    def _push_long_text(self, line):
        digits = line[:-1]
        if digits.endswith(b'L'):
            digits = digits[:-1]
        try:
            value = int(digits.decode('latin-1'))
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r" % line.decode('latin-1')) from None
        self._push(value)

    @_on(LONG1, _counted(_byte))
    def _push_long(self, data):
        self._push(decode_long(data))

    _on(LONG4, _counted_signed4)(_push_long)

    @_on(FLOAT, _text_line)
    def _push_float_text(self, line):
        try:
            value = float(line[:-1].decode('latin-1'))
        except ValueError:
            raise ValueError("could not convert string to float: '%s'" % line.decode('latin-1')) from None
        self._push(value)

    @_on(BINFLOAT)
    def _push_float(self):
        self._push(_read_f64(self._src.exact(8))[0])

    @_on(BYTEARRAY8, _counted(_uint8))
    def _push_bytearray(self, data):
        self._push(bytearray(data))

    @_on(UNICODE, _text_line)
    def _push_escaped_text(self, line):
        self._push(_raw_unicode_unescape(line[:-1]))

    @_on(BINUNICODE, _counted(_uint4))
    def _push_utf8(self, data):
        self._push(str(data, 'utf-8', 'surrogatepass'))

    _on(SHORT_BINUNICODE, _counted(_byte))(_push_utf8)
    _on(BINUNICODE8, _counted(_uint8))(_push_utf8)

    def _push_8bit(self, data):
        """A Python 2 str: bytes, or text decoded by the encoding given to the Unpickler."""
        self._push(data if self.encoding == 'bytes' else data.decode(self.encoding, self.errors))

    _on(BINSTRING, _counted(_uint4))(_push_8bit)
    _on(SHORT_BINSTRING, _counted(_byte))(_push_8bit)

    @_on(STRING, _text_line)
    def _push_quoted(self, line):
        body = line[:-1]
        if len(body) < 2 or body[0] != body[-1] or body[0] not in b'"\'':
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push_8bit(_unquote_string(body[1:-1]))

    # -- out-of-band buffers (protocol 5) ----------------------------------------------------------

    @_on(NEXT_BUFFER)
    def _push_buffer(self):
        if self._oob_buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        buffer = next(self._oob_buffers, _ABSENT)
        if buffer is _ABSENT:
            raise UnpicklingError("not enough out-of-band buffers")
        self._push(buffer)

    @_on(READONLY_BUFFER)
    def _make_readonly(self):
        view = memoryview(self._top())
        if not view.readonly:
            self._stack[-1] = view.toreadonly()

    # -- containers ------------------------------------------------------------------------------

    @_on(EMPTY_TUPLE)
    def _push_empty_tuple(self):
        self._push(())

    @_on(TUPLE)
    def _build_tuple(self):
        self._push(tuple(self._since_mark()))

    @_on(TUPLE1)
    def _build_tuple1(self):
        self._push(tuple(self._pop_many(1)))

    @_on(TUPLE2)
    def _build_tuple2(self):
        self._push(tuple(self._pop_many(2)))

    @_on(TUPLE3)
    def _build_tuple3(self):
        self._push(tuple(self._pop_many(3)))

    @_on(EMPTY_LIST)
    def _push_empty_list(self):
        self._push([])

    @_on(LIST)
    def _build_list(self):
        self._push(self._since_mark())

    @_on(EMPTY_DICT)
    def _push_empty_dict(self):
        self._push({})

    @_on(DICT)
    def _build_dict(self):
        items = self._since_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self._push(dict(zip(items[::2], items[1::2])))

    @_on(EMPTY_SET)
    def _push_empty_set(self):
        self._push(set())

    @_on(FROZENSET)
    def _build_frozenset(self):
        self._push(frozenset(self._since_mark()))

    def _extend(self, target, items):
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
            return
        append = target.append
        for item in items:
            append(item)

    @_on(APPEND)
    def _append(self):
        item = self._pop()
        self._extend(self._top(), [item])

    @_on(APPENDS)
    def _append_many(self):
        items = self._since_mark()
        self._extend(self._top(), items)

    @_on(SETITEM)
    def _set_item(self):
        key, value = self._pop_many(2)
        self._top()[key] = value

    @_on(SETITEMS)
    def _set_items(self):
        items = self._since_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    @_on(ADDITEMS)
    def _add_items(self):
        items = self._since_mark()
        target = self._top()
        if type(target) is set:
            target.update(items)
            return
        add = target.add
        for item in items:
            add(item)

    # -- globals, calls and instances ------------------------------------------------------------

    @_on(GLOBAL, _lines2)
    def _push_global(self, lines):
        module, name = lines
        self._push(self.find_class(module.decode('utf-8'), name.decode('utf-8')))

    @_on(STACK_GLOBAL)
    def _push_stack_global(self):
        module, name = self._pop_many(2)
        if type(module) is not str or type(name) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _push_extension(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        found = copyreg._extension_cache.get(code, _ABSENT)
        if found is _ABSENT:
            key = copyreg._inverted_registry.get(code)
            if key is None:
                raise ValueError("unregistered extension code %d" % code)
            found = self.find_class(*key)
            copyreg._extension_cache[code] = found
        self._push(found)

    _on(EXT1, _byte)(_push_extension)
    _on(EXT2, _uint2)(_push_extension)
    _on(EXT4, _int4)(_push_extension)

    @_on(REDUCE)
    def _call(self):
        func, args = self._pop_many(2)
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self._push(func(*args))

    @_on(NEWOBJ)
    def _new_object(self):
        cls, args = self._pop_many(2)
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %.200s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, not %.200s" % type(args).__name__)
        self._push(cls.__new__(cls, *args))

    @_on(NEWOBJ_EX)
    def _new_object_kw(self):
        cls, args, kwargs = self._pop_many(3)
        for value, want, what in ((cls, type, 'class argument must be a type'),
                                  (args, tuple, 'args argument must be a tuple'),
                                  (kwargs, dict, 'kwargs argument must be a dict')):
            if not isinstance(value, want):
                raise UnpicklingError("NEWOBJ_EX %s, not %.200s" % (what, type(value).__name__))
        self._push(cls.__new__(cls, *args, **kwargs))

    def _construct(self, cls, args):
        if not args and isinstance(cls, type) and not hasattr(cls, '__getinitargs__'):
            self._push(cls.__new__(cls))
        else:
            self._push(cls(*args))

    @_on(INST, _lines2)
    def _instance_of_global(self, lines):
        module, name = lines
        args = self._since_mark()
        self._construct(self.find_class(module.decode('ascii'), name.decode('ascii')), args)

    @_on(OBJ)
    def _instance(self):
        items = self._since_mark()
        if not items:
            raise self._underflow()
        self._construct(items[0], items[1:])

    @_on(BUILD)
    def _set_state(self):
        state = self._pop()
        target = self._top()
        setstate = getattr(target, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slots = None
        if type(state) is tuple and len(state) == 2:
            state, slots = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            attrs = target.__dict__
            for key, value in state.items():
                attrs[sys.intern(key) if type(key) is str else key] = value
        if slots is not None:
            if not isinstance(slots, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slots.items():
                setattr(target, key, value)

    # -- persistent IDs, protocol, frames --------------------------------------------------------

    @_on(PERSID, _text_line)
    def _persistent_text(self, line):
        try:
            pid = line[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self._push(self.persistent_load(pid))

    @_on(BINPERSID)
    def _persistent(self):
        self._push(self.persistent_load(self._pop()))

    @_on(PROTO, _byte)
    def _set_protocol(self, proto):
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    @_on(FRAME, _uint8)
    def _frame(self, size):
        self._src.start_frame(size)
