"""Pretty-printing of Python data structures (the documented pprint module).

Written from the documentation (docs.python.org/3.13/library/pprint.html) and from the layouts
CPython 3.13 produces, which programs compare byte for byte.

How it works. Every value is first rendered on one line by `PrettyPrinter.format` (the documented
hook: returns the text and whether it is readable and whether it met a cycle). If that line fits
in what is left of the width, it is written as is. Otherwise the value's type picks a layout from
`_LAYOUT_BY_REPR` (keyed by the type's `__repr__`, so a subclass that keeps its base's repr keeps
its base's layout, and one with its own repr is written flat): containers put one entry per line
under their opening bracket, strings and bytes are cut into adjacent literals.

Each layout receives `col` (the column the value starts at) and `tail` (how many characters
will follow the value on its last line: closing brackets and commas). A value that is not the
last entry of its container is followed by a comma, so its tail is 1.
"""

import collections as _coll
import dataclasses as _dc
import re as _re
import sys as _sys
import types as _types
from io import StringIO as _Buffer

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), followed by a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dictionaries keep their insertion order unless sort_dicts=True."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() of object that survives recursive structures (they show as <Recursion on ...>)."""
    return _one_line(object)[0]


def isreadable(object):
    """True if the repr of object can be given to eval() to rebuild it."""
    return _one_line(object)[1]


def isrecursive(object):
    """True if object contains itself."""
    return _one_line(object)[2]


def _one_line(obj):
    return PrettyPrinter().format(obj, {}, None, 0)


class _Ordered:
    """Sort key for values of mixed types: natural order where the values compare, else by type
    name, then by identity (stable within one run)."""
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _item_key(item):
    return (_Ordered(item[0]), _Ordered(item[1]))


def _cycle_text(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


# Types whose repr is always used as is.
_PLAIN = frozenset((str, bytes, bytearray, float, complex, bool, type(None)))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._limit = width
        self._max_level = depth
        self._out = stream if stream is not None else _sys.stdout
        self._pack = bool(compact)
        self._sort_keys = sort_dicts
        self._group_digits = underscore_numbers
        self._all_readable = True
        self._cycle_seen = False

    # ---- public API -------------------------------------------------------------------------

    def pprint(self, object):
        if self._out is not None:
            self._lay(object, self._out, 0, 0, {}, 0)
            self._out.write('\n')

    def pformat(self, object):
        buf = _Buffer()
        self._lay(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Render object on one line: (text, readable, recursive). context holds the ids of the
        containers being rendered; maxlevels is the depth limit (None or 0: none)."""
        kind = type(object)
        if kind in _PLAIN:
            return repr(object), True, False
        own_repr = getattr(kind, '__repr__', None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            return (format(object, '_d') if self._group_digits else repr(object)), True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return '{}', True, False
            entries = sorted(object.items(), key=_item_key) if self._sort_keys else object.items()
            return self._flat_entries(object, entries, '{%s}', True, context, maxlevels, level)
        if issubclass(kind, list) and own_repr is list.__repr__:
            if not object:
                return '[]', True, False
            return self._flat_entries(object, object, '[%s]', False, context, maxlevels, level)
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if not object:
                return '()', True, False
            shape = '(%s,)' if len(object) == 1 else '(%s)'
            return self._flat_entries(object, object, shape, False, context, maxlevels, level)
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    # ---- one-line rendering of containers -----------------------------------------------------

    def _flat_entries(self, container, entries, shape, keyed, context, maxlevels, level):
        ident = id(container)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, ident in context
        if ident in context:
            return _cycle_text(container), False, True
        context[ident] = 1
        readable, recursive = True, False
        parts = []
        for entry in entries:
            pieces = entry if keyed else (entry,)
            texts = []
            for piece in pieces:
                text, ok, cyc = self.format(piece, context, maxlevels, level + 1)
                texts.append(text)
                readable = readable and ok
                recursive = recursive or cyc
            parts.append(': '.join(texts))
        del context[ident]
        return shape % ', '.join(parts), readable, recursive

    def _flat(self, obj, context, level):
        """One-line text of obj, recording unreadable or recursive parts on the printer."""
        text, readable, recursive = self.format(obj, context.copy(), self._max_level, level)
        if not readable:
            self._all_readable = False
        if recursive:
            self._cycle_seen = True
        return text

    # ---- layout -------------------------------------------------------------------------------

    def _lay(self, obj, out, col, tail, context, level):
        ident = id(obj)
        if ident in context:
            out.write(_cycle_text(obj))
            self._cycle_seen = True
            self._all_readable = False
            return
        text = self._flat(obj, context, level)
        if len(text) > self._limit - col - tail:
            layout = _LAYOUT_BY_REPR.get(getattr(type(obj), '__repr__', None))
            if layout is None and _shows_generated_repr(obj):
                layout = PrettyPrinter._lay_dataclass
            if layout is not None:
                context[ident] = 1
                layout(self, obj, out, col, tail, context, level + 1)
                del context[ident]
                return
        out.write(text)

    def _lay_sequence(self, items, out, col, tail, context, level):
        """Entries of a list-like container, the opening bracket already written at col."""
        col += self._step
        if self._step > 1:
            out.write(' ' * (self._step - 1))
        items = list(items)
        if not items:
            return
        newline = ',\n' + ' ' * col
        if not self._pack:
            for n, item in enumerate(items):
                if n:
                    out.write(newline)
                last = n == len(items) - 1
                self._lay(item, out, col, tail if last else 1, context, level)
            return
        # compact: as many entries per line as fit; the last one also leaves room for the tail.
        line_room = self._limit - col + 1
        room = line_room
        sep = ''
        for n, item in enumerate(items):
            if n == len(items) - 1:
                line_room -= tail
                room -= tail
            text = self._flat(item, context, level)
            need = len(text) + 2
            if room < need:
                room = line_room
                if sep:
                    sep = newline
            if room >= need:
                room -= need
                out.write(sep)
                sep = ', '
                out.write(text)
            else:
                out.write(sep)
                sep = newline
                self._lay(item, out, col, tail if n == len(items) - 1 else 1, context, level)

    def _lay_pairs(self, pairs, out, col, tail, context, level, spell_key, guard_cycles=False):
        """key/value entries one per line, the first at col; spell_key renders a key (with its
        separator) and the value starts right after it."""
        pairs = list(pairs)
        newline = ',\n' + ' ' * col
        for n, (key, value) in enumerate(pairs):
            if n:
                out.write(newline)
            head = spell_key(key, context, level)
            out.write(head)
            if guard_cycles and id(value) in context:
                out.write('...')
            else:
                last = n == len(pairs) - 1
                self._lay(value, out, col + len(head), tail if last else 1, context, level)

    def _dict_key(self, key, context, level):
        return self._flat(key, context, level) + ': '

    @staticmethod
    def _attr_key(name, context, level):
        return name + '='

    def _write_dict_body(self, entries, out, col, tail, context, level):
        if self._step > 1:
            out.write(' ' * (self._step - 1))
        self._lay_pairs(entries, out, col + self._step, tail, context, level, self._dict_key)

    def _lay_dict(self, obj, out, col, tail, context, level):
        out.write('{')
        if len(obj):
            entries = sorted(obj.items(), key=_item_key) if self._sort_keys else obj.items()
            self._write_dict_body(entries, out, col, tail + 1, context, level)
        elif self._step > 1:
            out.write(' ' * (self._step - 1))
        out.write('}')

    def _lay_counter(self, obj, out, col, tail, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '({')
        self._write_dict_body(obj.most_common(), out, col + len(name) + 1, tail + 2, context, level)
        out.write('})')

    def _lay_ordered_dict(self, obj, out, col, tail, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        self._lay(list(obj.items()), out, col + len(name) + 1, tail + 1, context, level)
        out.write(')')

    def _lay_default_dict(self, obj, out, col, tail, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        col += len(name) + 1
        out.write('%s(%s,\n%s' % (name, self._flat(obj.default_factory, context, level), ' ' * col))
        self._lay_dict(obj, out, col, tail + 1, context, level)
        out.write(')')

    def _lay_chain_map(self, obj, out, col, tail, context, level):
        maps = obj.maps
        if not maps or (len(maps) == 1 and not len(maps[0])):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        col += len(name) + 1
        for n, mapping in enumerate(maps):
            if n == len(maps) - 1:
                self._lay(mapping, out, col, tail + 1, context, level)
                out.write(')')
            else:
                self._lay(mapping, out, col, 1, context, level)
                out.write(',\n' + ' ' * col)

    def _lay_mapping_proxy(self, obj, out, col, tail, context, level):
        out.write('mappingproxy(')
        self._lay(obj.copy(), out, col + len('mappingproxy('), tail + 1, context, level)
        out.write(')')

    def _lay_list(self, obj, out, col, tail, context, level):
        out.write('[')
        self._lay_sequence(obj, out, col, tail + 1, context, level)
        out.write(']')

    def _lay_tuple(self, obj, out, col, tail, context, level):
        closing = ',)' if len(obj) == 1 else ')'
        out.write('(')
        self._lay_sequence(obj, out, col, tail + len(closing), context, level)
        out.write(closing)

    def _lay_set(self, obj, out, col, tail, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        kind = type(obj)
        if kind is set:
            opening, closing = '{', '}'
        else:
            opening, closing = kind.__name__ + '({', '})'
            col += len(kind.__name__) + 1
        out.write(opening)
        self._lay_sequence(sorted(obj, key=_Ordered), out, col, tail + len(closing), context, level)
        out.write(closing)

    def _lay_deque(self, obj, out, col, tail, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '([')
        col += len(name) + 1
        if obj.maxlen is None:
            self._lay_sequence(obj, out, col, tail + 2, context, level)
            out.write('])')
        else:
            self._lay_sequence(obj, out, col, 2, context, level)
            out.write('],\n%smaxlen=%s)' % (' ' * col, self._flat(obj.maxlen, context, level)))

    def _lay_namespace(self, obj, out, col, tail, context, level):
        name = 'namespace' if type(obj) is _types.SimpleNamespace else type(obj).__name__
        out.write(name + '(')
        self._lay_pairs(obj.__dict__.items(), out, col + len(name) + 1, tail, context, level, self._attr_key,
                        guard_cycles=True)
        out.write(')')

    def _lay_dataclass(self, obj, out, col, tail, context, level):
        name = type(obj).__name__
        shown = [(f.name, getattr(obj, f.name)) for f in _dc.fields(obj) if f.repr]
        out.write(name + '(')
        self._lay_pairs(shown, out, col + len(name) + 1, tail, context, level, self._attr_key, guard_cycles=True)
        out.write(')')

    def _lay_user_wrapper(self, obj, out, col, tail, context, level):
        # UserDict, UserList and UserString print as the value they wrap.
        self._lay(obj.data, out, col, tail, context, level - 1)

    # ---- strings and bytes, cut into adjacent literals -----------------------------------------

    def _lay_str(self, obj, out, col, tail, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        top = level == 1          # a string printed on its own gets parentheses
        if top:
            col += 1
            tail += 1
        room = self._limit - col
        pieces = []
        lines = obj.splitlines(True)
        for n, line in enumerate(lines):
            last_line = n == len(lines) - 1
            whole = repr(line)
            if len(whole) <= room - (tail if last_line else 0):
                pieces.append(whole)
                continue
            words = _re.findall(r'\S*\s*', line)[:-1]
            pieces.extend(_fill(words, room, tail if last_line else 0, repr, ''))
        if len(pieces) == 1:
            out.write(pieces[0])
            return
        self._write_literals(pieces, out, col, top)

    def _lay_bytes(self, obj, out, col, tail, context, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        top = level == 1
        if top:
            col += 1
            tail += 1
        blocks = [obj[i:i + 4] for i in range(0, len(obj), 4)]
        # CPython leaves room for the tail only when the last block is a short one.
        last_tail = tail if len(obj) % 4 else 0
        self._write_literals(_fill(blocks, self._limit - col, last_tail, repr, b''), out, col, top)

    def _lay_bytearray(self, obj, out, col, tail, context, level):
        out.write('bytearray(')
        self._lay_bytes(bytes(obj), out, col + len('bytearray('), tail + 1, context, level + 1)
        out.write(')')

    @staticmethod
    def _write_literals(pieces, out, col, parenthesised):
        if parenthesised:
            out.write('(')
        out.write(('\n' + ' ' * col).join(pieces))
        if parenthesised:
            out.write(')')


def _fill(parts, room, last_tail, spell, empty):
    """Greedy fill: join consecutive parts while the literal of the run fits in room (the run
    holding the last part must also leave last_tail free); returns the literals."""
    literals = []
    run = empty
    for n, part in enumerate(parts):
        if n == len(parts) - 1:
            room -= last_tail
        grown = run + part
        if len(spell(grown)) > room:
            if run:
                literals.append(spell(run))
            run = part
        else:
            run = grown
    if run:
        literals.append(spell(run))
    return literals


def _shows_generated_repr(obj):
    """True for a dataclass instance whose __repr__ is the one @dataclass generated (our
    dataclasses module marks it); a class's own __repr__ is respected."""
    if isinstance(obj, type) or not _dc.is_dataclass(obj):
        return False
    return getattr(type(obj).__repr__, '_dataclass_generated', False)


_LAYOUT_BY_REPR = {
    dict.__repr__: PrettyPrinter._lay_dict,
    _coll.OrderedDict.__repr__: PrettyPrinter._lay_ordered_dict,
    _coll.defaultdict.__repr__: PrettyPrinter._lay_default_dict,
    _coll.Counter.__repr__: PrettyPrinter._lay_counter,
    _coll.ChainMap.__repr__: PrettyPrinter._lay_chain_map,
    _types.MappingProxyType.__repr__: PrettyPrinter._lay_mapping_proxy,
    list.__repr__: PrettyPrinter._lay_list,
    tuple.__repr__: PrettyPrinter._lay_tuple,
    set.__repr__: PrettyPrinter._lay_set,
    frozenset.__repr__: PrettyPrinter._lay_set,
    _coll.deque.__repr__: PrettyPrinter._lay_deque,
    _types.SimpleNamespace.__repr__: PrettyPrinter._lay_namespace,
    str.__repr__: PrettyPrinter._lay_str,
    bytes.__repr__: PrettyPrinter._lay_bytes,
    bytearray.__repr__: PrettyPrinter._lay_bytearray,
    _coll.UserDict.__repr__: PrettyPrinter._lay_user_wrapper,
    _coll.UserList.__repr__: PrettyPrinter._lay_user_wrapper,
    _coll.UserString.__repr__: PrettyPrinter._lay_user_wrapper,
}
