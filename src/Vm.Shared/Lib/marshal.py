"""Internal Python object serialization (CPython's marshal format, version 4).

Written from the format as CPython documents and produces it: every value marshal supports
(None, bool, int, float, complex, str, bytes and buffer objects, tuple, list, dict, set,
frozenset, StopIteration, Ellipsis) round-trips, and data CPython wrote loads here. Code objects
are the one difference: this VM's code objects have no CPython bytecode, so dumping one raises
ValueError("unmarshallable object") and loading one raises ValueError.

Back-references (FLAG_REF / TYPE_REF, versions >= 3) are written for every container, str,
bytes, int and float on its first occurrence; CPython skips the flag on objects with a single
reference, so the bytes may differ from CPython's while loading to equal values.
"""

version = 4

_MAX_DEPTH = 2000   # CPython's MAX_MARSHAL_STACK_DEPTH
_FLAG_REF = 0x80

_NULL, _NONE, _FALSE, _TRUE = b'0'[0], b'N'[0], b'F'[0], b'T'[0]
_STOPITER, _ELLIPSIS = b'S'[0], b'.'[0]
_INT, _INT64, _FLOAT, _BINARY_FLOAT = b'i'[0], b'I'[0], b'f'[0], b'g'[0]
_COMPLEX, _BINARY_COMPLEX, _LONG = b'x'[0], b'y'[0], b'l'[0]
_STRING, _INTERNED, _REF = b's'[0], b't'[0], b'r'[0]
_TUPLE, _LIST, _DICT, _CODE, _UNICODE = b'('[0], b'['[0], b'{'[0], b'c'[0], b'u'[0]
_UNKNOWN, _SET, _FROZENSET = b'?'[0], b'<'[0], b'>'[0]
_ASCII, _ASCII_INTERNED, _SMALL_TUPLE = b'a'[0], b'A'[0], b')'[0]
_SHORT_ASCII, _SHORT_ASCII_INTERNED = b'z'[0], b'Z'[0]

_CodeType = type((lambda: 0).__code__)
_pack_double = None


def _double_bytes(x):
    global _pack_double
    if _pack_double is None:
        import struct
        _pack_double = struct.Struct('<d')
    return _pack_double.pack(x)


def _double_from(data):
    global _pack_double
    if _pack_double is None:
        import struct
        _pack_double = struct.Struct('<d')
    return _pack_double.unpack(data)[0]


class _Writer:
    """Writes one value. Containers are written without recursion: `stack` holds the iterators
    of the containers being written (a dict's ends with _DICT_END, written as TYPE_NULL), so the
    nesting limit is marshal's own (_MAX_DEPTH), not the interpreter's recursion limit."""
    __slots__ = ('out', 'version', 'allow_code', 'refs')

    def __init__(self, version, allow_code):
        self.out = bytearray()
        self.version = version
        self.allow_code = allow_code
        self.refs = {} if version >= 3 else None

    def long(self, n):
        self.out += (n & 0xFFFFFFFF).to_bytes(4, 'little')

    def size(self, n):
        if n > 0x7FFFFFFF:
            raise ValueError("unmarshallable object")
        self.long(n)

    def float_text(self, x):
        s = format(x, '.17g').encode('ascii')
        self.out.append(len(s))
        self.out += s

    def write(self, root):
        stack = []
        self.one(root, stack)
        while stack:
            item = next(stack[-1], _DONE)
            if item is _DONE:
                stack.pop()
            else:
                self.one(item, stack)

    def one(self, v, stack):
        out = self.out
        if v is None:
            out.append(_NONE)
        elif v is _DICT_END:
            out.append(_NULL)
        elif v is StopIteration:
            out.append(_STOPITER)
        elif v is ...:
            out.append(_ELLIPSIS)
        elif v is False:
            out.append(_FALSE)
        elif v is True:
            out.append(_TRUE)
        else:
            if len(stack) >= _MAX_DEPTH:
                raise ValueError("object too deeply nested to marshal")
            flag = 0
            refs = self.refs
            if refs is not None:
                index = refs.get(id(v))
                if index is not None:
                    out.append(_REF)
                    self.long(index[0])
                    return
                # The value stays in the table so its id stays unique while writing.
                refs[id(v)] = (len(refs), v)
                flag = _FLAG_REF
            self.complex_object(v, flag, stack)

    def complex_object(self, v, flag, stack):
        out = self.out
        t = type(v)
        if t is int:
            if -0x80000000 <= v <= 0x7FFFFFFF:
                out.append(_INT | flag)
                self.long(v)
            else:
                out.append(_LONG | flag)
                m = -v if v < 0 else v
                digits = []
                while m:
                    digits.append(m & 0x7FFF)
                    m >>= 15
                self.long(-len(digits) if v < 0 else len(digits))
                for d in digits:
                    out += d.to_bytes(2, 'little')
        elif t is float:
            if self.version > 1:
                out.append(_BINARY_FLOAT | flag)
                out += _double_bytes(v)
            else:
                out.append(_FLOAT | flag)
                self.float_text(v)
        elif t is complex:
            if self.version > 1:
                out.append(_BINARY_COMPLEX | flag)
                out += _double_bytes(v.real)
                out += _double_bytes(v.imag)
            else:
                out.append(_COMPLEX | flag)
                self.float_text(v.real)
                self.float_text(v.imag)
        elif t is bytes:
            out.append(_STRING | flag)
            self.size(len(v))
            out += v
        elif t is str:
            if self.version >= 4 and v.isascii():
                data = v.encode('ascii')
                if len(data) < 256:
                    out.append(_SHORT_ASCII | flag)
                    out.append(len(data))
                else:
                    out.append(_ASCII | flag)
                    self.size(len(data))
            else:
                data = v.encode('utf-8', 'surrogatepass')
                out.append(_UNICODE | flag)
                self.size(len(data))
            out += data
        elif t is tuple:
            if self.version >= 4 and len(v) < 256:
                out.append(_SMALL_TUPLE | flag)
                out.append(len(v))
            else:
                out.append(_TUPLE | flag)
                self.size(len(v))
            stack.append(iter(v))
        elif t is list:
            out.append(_LIST | flag)
            self.size(len(v))
            stack.append(iter(list(v)))
        elif t is dict:
            out.append(_DICT | flag)
            pairs = [x for pair in v.items() for x in pair]
            pairs.append(_DICT_END)
            stack.append(iter(pairs))
        elif t is set or t is frozenset:
            out.append((_SET if t is set else _FROZENSET) | flag)
            self.size(len(v))
            # Items in the order of their own marshalled bytes, so equal sets give equal output.
            keyed = sorted(((dumps(item, self.version, allow_code=self.allow_code), i, item)
                            for i, item in enumerate(v)), key=lambda e: (e[0], e[1]))
            stack.append(iter([e[2] for e in keyed]))
        elif t is _CodeType:
            if not self.allow_code:
                raise ValueError("marshalling code objects is disallowed")
            raise ValueError("unmarshallable object")
        else:
            try:
                data = memoryview(v)
            except TypeError:
                raise ValueError("unmarshallable object") from None
            with data:
                raw = data.tobytes()
            out.append(_STRING | flag)
            self.size(len(raw))
            out += raw


# Reader frames: [kind, items left, the container (or its items so far), reference slot, dict key].
_K_LIST, _K_TUPLE, _K_SET, _K_FROZENSET, _K_DICT = range(5)
_KIND_NAMES = ("list", "tuple", "set", "set", "dict")


class _Reader:
    """Reads one value. Containers are read without recursion: a container with items pushes a
    frame (above) and each value read goes to the innermost frame; a finished container is a
    value for the frame below it."""
    __slots__ = ('data', 'pos', 'file', 'allow_code', 'refs')

    def __init__(self, data, file, allow_code):
        self.data = data
        self.pos = 0
        self.file = file
        self.allow_code = allow_code
        self.refs = []

    def take(self, n):
        if self.file is not None:
            buf = bytearray(n)
            got = self.file.readinto(buf) if n else 0
            if got is None or got < n:
                raise EOFError("marshal data too short")
            return bytes(buf)
        start = self.pos
        end = start + n
        if end > len(self.data):
            raise EOFError("marshal data too short")
        self.pos = end
        return self.data[start:end]

    def first_byte(self):
        if self.file is not None:
            buf = bytearray(1)
            got = self.file.readinto(buf)
            return buf[0] if got else -1
        if self.pos >= len(self.data):
            return -1
        b = self.data[self.pos]
        self.pos += 1
        return b

    def byte(self):
        return self.take(1)[0]

    def long(self):
        return int.from_bytes(self.take(4), 'little', signed=True)

    def size(self, what):
        n = self.long()
        if n < 0:
            raise ValueError(f"bad marshal data ({what} size out of range)")
        return n

    def float_text(self):
        n = self.byte()
        return float(self.take(n).decode('latin-1'))

    def keep(self, flag, v):
        if flag:
            self.refs.append(v)
        return v

    def reserve(self, flag):
        """A reference slot for a tuple or frozenset, taken before its items are read (as CPython
        does) and filled when it is built; a reference to it meanwhile is invalid."""
        if not flag:
            return -1
        self.refs.append(None)
        return len(self.refs) - 1

    def fill(self, slot, v):
        if slot >= 0:
            self.refs[slot] = v
        return v

    def read(self):
        stack = []
        while True:
            value = self.value(stack)
            while value is not _PENDING:
                if not stack:
                    if value is _NULL_MARK:
                        raise TypeError("NULL object in marshal data for object")
                    return value
                value = self.feed(stack, value)

    def feed(self, stack, v):
        """Gives v to the innermost frame: the finished container if that completed it."""
        frame = stack[-1]
        kind = frame[0]
        if kind == _K_DICT:
            if v is _NULL_MARK:
                stack.pop()
                return frame[2]
            if frame[4] is _PENDING:
                frame[4] = v
            else:
                frame[2][frame[4]] = v
                frame[4] = _PENDING
            return _PENDING
        if v is _NULL_MARK:
            raise TypeError(f"NULL object in marshal data for {_KIND_NAMES[kind]}")
        container = frame[2]
        if kind == _K_LIST:
            container.append(v)
        elif kind == _K_SET:
            container.add(v)
        else:
            container.append(v)
        frame[1] -= 1
        if frame[1]:
            return _PENDING
        stack.pop()
        if kind == _K_TUPLE:
            return self.fill(frame[3], tuple(container))
        if kind == _K_FROZENSET:
            return self.fill(frame[3], frozenset(container))
        return container

    def value(self, stack):
        """Reads a value's type code and what follows it: the value, _NULL_MARK, or _PENDING after
        pushing the frame of a container whose items come next."""
        code = self.first_byte()
        if code < 0:
            raise EOFError("EOF read where object expected")
        if len(stack) >= _MAX_DEPTH:
            raise ValueError("recursion limit exceeded")
        t = code & ~_FLAG_REF
        flag = code & _FLAG_REF
        if t == _NULL:
            return _NULL_MARK
        if t == _NONE:
            return None
        if t == _STOPITER:
            return StopIteration
        if t == _ELLIPSIS:
            return ...
        if t == _FALSE:
            return False
        if t == _TRUE:
            return True
        if t == _INT:
            return self.keep(flag, self.long())
        if t == _INT64:
            return self.keep(flag, int.from_bytes(self.take(8), 'little', signed=True))
        if t == _LONG:
            n = self.long()
            if n < -0x7FFFFFFF or n > 0x7FFFFFFF:
                raise ValueError("bad marshal data (long size out of range)")
            count = -n if n < 0 else n
            raw = self.take(2 * count)
            v = 0
            for i in range(count - 1, -1, -1):
                d = raw[2 * i] | raw[2 * i + 1] << 8
                if d > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
                if i == count - 1 and d == 0:
                    raise ValueError("bad marshal data (unnormalized long data)")
                v = v << 15 | d
            return self.keep(flag, -v if n < 0 else v)
        if t == _BINARY_FLOAT:
            return self.keep(flag, _double_from(self.take(8)))
        if t == _FLOAT:
            return self.keep(flag, self.float_text())
        if t == _BINARY_COMPLEX:
            re = _double_from(self.take(8))
            return self.keep(flag, complex(re, _double_from(self.take(8))))
        if t == _COMPLEX:
            re = self.float_text()
            return self.keep(flag, complex(re, self.float_text()))
        if t == _STRING:
            return self.keep(flag, self.take(self.size("bytes object")))
        if t == _UNICODE or t == _INTERNED:
            data = self.take(self.size("string"))
            return self.keep(flag, data.decode('utf-8', 'surrogatepass'))
        if t == _ASCII or t == _ASCII_INTERNED:
            return self.keep(flag, self.take(self.size("string")).decode('latin-1'))
        if t == _SHORT_ASCII or t == _SHORT_ASCII_INTERNED:
            return self.keep(flag, self.take(self.byte()).decode('latin-1'))
        if t == _SMALL_TUPLE or t == _TUPLE:
            n = self.byte() if t == _SMALL_TUPLE else self.size("tuple")
            slot = self.reserve(flag)
            if n == 0:
                return self.fill(slot, ())
            stack.append([_K_TUPLE, n, [], slot, None])
            return _PENDING
        if t == _LIST:
            n = self.size("list")
            v = self.keep(flag, [])
            if n == 0:
                return v
            stack.append([_K_LIST, n, v, -1, None])
            return _PENDING
        if t == _DICT:
            stack.append([_K_DICT, 0, self.keep(flag, {}), -1, _PENDING])
            return _PENDING
        if t == _SET or t == _FROZENSET:
            n = self.size("set")
            if t == _SET:
                v = self.keep(flag, set())
                if n == 0:
                    return v
                stack.append([_K_SET, n, v, -1, None])
                return _PENDING
            slot = self.reserve(flag)
            if n == 0:
                return self.fill(slot, frozenset())
            stack.append([_K_FROZENSET, n, [], slot, None])
            return _PENDING
        if t == _REF:
            n = self.long()
            if n < 0 or n >= len(self.refs) or self.refs[n] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        if t == _CODE:
            if not self.allow_code:
                raise ValueError("unmarshalling code objects is disallowed")
            raise ValueError("bad marshal data (code objects from CPython cannot run on this VM)")
        raise ValueError("bad marshal data (unknown type code)")


class _Mark:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_NULL_MARK = _Mark('<NULL>')      # TYPE_NULL read: ends a dict
_PENDING = _Mark('<pending>')     # a container frame was pushed; no value yet
_DONE = _Mark('<done>')           # a writer iterator is exhausted
_DICT_END = _Mark('<dict end>')   # written as TYPE_NULL after a dict's pairs


def _positional(name, args, low, high):
    """Checks a positional argument count with the messages of CPython's C functions."""
    n = len(args)
    if n < low:
        if low == high:
            raise TypeError(f"{name}() takes exactly {low} positional argument ({n} given)")
        s = "" if low == 1 else "s"
        raise TypeError(f"{name}() takes at least {low} positional argument{s} ({n} given)")
    if n > high:
        if low == high:
            raise TypeError(f"{name}() takes exactly {high} positional argument ({n} given)")
        raise TypeError(f"{name}() takes at most {high} positional arguments ({n} given)")


def _version(args, at):
    from operator import index
    return index(args[at]) if len(args) > at else version


def dumps(*args, allow_code=True):
    """dumps(value, version=version, /, *, allow_code=True)

    Return the bytes object that would be written to a file by dump(value, file)."""
    _positional("dumps", args, 1, 2)
    w = _Writer(_version(args, 1), allow_code)
    w.write(args[0])
    return bytes(w.out)


def dump(*args, allow_code=True):
    """dump(value, file, version=version, /, *, allow_code=True)

    Write the value on the open file (its write() method takes bytes)."""
    _positional("dump", args, 2, 3)
    args[1].write(dumps(args[0], _version(args, 2), allow_code=allow_code))


def loads(*args, allow_code=True):
    """loads(bytes, /, *, allow_code=True)

    Convert the bytes-like object to a value; extra bytes after it are ignored."""
    _positional("loads", args, 1, 1)
    data = args[0]
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    with memoryview(data) as view:
        data = view.tobytes()
    return _Reader(data, None, allow_code).read()


def load(*args, allow_code=True):
    """load(file, /, *, allow_code=True)

    Read one value from the open binary file, leaving it just past that value."""
    _positional("load", args, 1, 1)
    file = args[0]
    probe = file.read(0)
    if not isinstance(probe, (bytes, bytearray)):
        raise TypeError(f"file.read() returned not bytes but {type(probe).__name__}")
    return _Reader(None, file, allow_code).read()
