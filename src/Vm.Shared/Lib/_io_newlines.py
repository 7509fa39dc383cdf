"""io.IncrementalNewlineDecoder (CPython's _io.IncrementalNewlineDecoder, Modules/_io/textio.c).

The io module is native (Modules/IoModule.cs); it imports this module the first time a program
reads io.IncrementalNewlineDecoder (the module's PEP 562 __getattr__), so `import io` costs
nothing more. pyvm's TextIOWrapper and StringIO translate newlines natively and record the
newlines they read by the same rules (Modules/IoModule.Files.cs, NoteNewlines).
"""

_LF = 1
_CR = 2
_CRLF = 4

# The newlines attribute for each combination of the three flags above.
_NEWLINES = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))


class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode.

    It wraps another incremental decoder, translating \\r\\n and \\r into \\n. It also records
    the types of newlines encountered. When used with translate=False, it ensures that the
    newline sequence is returned in one piece. When used with decoder=None, it expects
    unicode strings as decode input and translates newlines without first invoking an
    external decoder.
    """

    __slots__ = ('_decoder', '_translate', '_pendingcr', '_seennl', '_errors')

    def __init__(self, decoder, translate, errors='strict'):
        self._decoder = decoder
        self._translate = bool(translate)
        self._errors = errors
        self._pendingcr = False
        self._seennl = 0

    def decode(self, input, final=False):
        decoder = self._decoder
        output = input if decoder is None else decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError("decoder should return a string result, not '%s'" % type(output).__name__)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        # Keep a final \r back even when not translating: readline() then gets \r\n in one piece.
        if not final and output.endswith("\r"):
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seennl |= (_LF if lf else 0) | (_CR if cr else 0) | (_CRLF if crlf else 0)
        if self._translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self._decoder is None:
            buf, flag = b"", 0
        else:
            state = self._decoder.getstate()
            if not isinstance(state, tuple):
                raise TypeError("illegal decoder state")
            buf, flag = state
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError("state argument must be a tuple")
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self._decoder is not None:
            self._decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seennl = 0
        self._pendingcr = False
        if self._decoder is not None:
            self._decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES[self._seennl]


IncrementalNewlineDecoder.__module__ = '_io'
