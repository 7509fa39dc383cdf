"""The compat32 policy: the only email policy this VM ships.

A policy says how headers are stored and fetched and which line separator the generator
writes. compat32 keeps header values exactly as parsed (continuation lines included), writes
'\\n' line ends and never raises on defects. The newer EmailPolicy (email.policy.default,
SMTP, HTTP and header objects) is not implemented.
"""

__all__ = ['Policy', 'Compat32', 'compat32']


class Policy:
    """Immutable bundle of generator and parser settings; clone() makes a changed copy."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))
            object.__setattr__(self, name, value)

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.__dict__.items()]
        return "{}({})".format(self.__class__.__name__, ', '.join(args))

    def clone(self, **kw):
        made = self.__class__.__new__(self.__class__)
        for name, value in self.__dict__.items():
            object.__setattr__(made, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))
            object.__setattr__(made, name, value)
        return made

    def __setattr__(self, name, value):
        if hasattr(self, name):
            raise AttributeError("{!r} object attribute {!r} is read-only".format(
                self.__class__.__name__, name))
        raise AttributeError("{!r} object has no attribute {!r}".format(
            self.__class__.__name__, name))

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        obj.defects.append(defect)


class Compat32(Policy):
    """Header values are kept as parsed; see the module docstring."""

    mangle_from_ = True

    def header_source_parse(self, sourcelines):
        """(name, value) of a header given as its raw lines (first line holds 'name:')."""
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return value


compat32 = Compat32()
