"""File-like response objects returned by urllib.request.urlopen for non-HTTP URLs.

addbase wraps a binary file and forwards reads and attribute lookups to it; addinfo adds
info() (the headers), addinfourl adds geturl() and the status code; addclosehook runs a
function when closed.
"""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A wrapper around the binary file `fp` that behaves like it."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp
        self.name = '<urllib response>'
        self.delete = False

    def __getattr__(self, name):
        # Only reached for names not found on the wrapper: forward them to the file.
        try:
            file = self.__dict__['file']
        except KeyError:
            raise AttributeError(name) from None
        return getattr(file, name)

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.file)

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        self.file.close()

    @property
    def closed(self):
        return self.file.closed


class addclosehook(addbase):
    """Run closehook(*hookargs) once, when the response is closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            closehook = self.closehook
            hookargs = self.hookargs
            if closehook:
                self.closehook = None
                self.hookargs = None
                closehook(*hookargs)
        finally:
            super().close()


class addinfo(addbase):
    """A response with headers: info() returns them."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """A response with headers, its URL and (for HTTP) a status code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
