"""Tuple records with named fields, as the C library's databases return them (pwd.struct_passwd,
grp.struct_group): a tuple subclass with one read-only property per field, the repr
module.name(field=value, ...), pickling by value, and the n_fields counters of struct sequences."""


class _Item:
    """A record's field: item index of the tuple, read-only like a struct sequence's member."""

    __slots__ = ('index',)

    def __init__(self, index):
        self.index = index

    def __get__(self, record, owner=None):
        return self if record is None else record[self.index]

    def __set__(self, record, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, record):
        raise AttributeError('readonly attribute')


def record_type(module, name, fields, doc):
    """A new record class module.name whose items are fields (a tuple of names)."""
    count = len(fields)
    qualified = '%s.%s' % (module, name)

    def __new__(cls, sequence, dict=None):
        record = tuple.__new__(cls, sequence)
        if len(record) != count:
            raise TypeError('%s() takes a %d-sequence (%d-sequence given)' % (qualified, count, len(record)))
        return record

    def __repr__(self):
        return '%s(%s)' % (qualified, ', '.join('%s=%r' % pair for pair in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {
        '__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__, '__module__': module,
        '__slots__': (), 'n_fields': count, 'n_sequence_fields': count, 'n_unnamed_fields': 0,
        '__doc__': doc,
    }
    for index, field in enumerate(fields):
        namespace[field] = _Item(index)
    return type(name, (tuple,), namespace)
