"""Reports on profiler statistics (pyvm's own implementation of the pstats interface).

Stats(p) takes a profile.Profile or cProfile.Profile (or a file saved by dump_stats) and prints
the table CPython's pstats prints: sort_stats(), print_stats(), print_callers(), print_callees(),
strip_dirs(), add()."""

import os
import sys
from enum import Enum

__all__ = ["Stats", "SortKey"]


class SortKey(str, Enum):
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        value = values[0]
        obj = str.__new__(cls, value)
        obj._value_ = value
        for other in values[1:]:
            cls._value2member_map_[other] = obj
        obj._all_values = values
        return obj


# key -> ((field index, direction), ...), description
_SORTS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "module": (((4, 1),), "file name"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}


def func_std_string(func_name):
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def func_get_function_name(func):
    return func[2]


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def f8(x):
    return "%8.3f" % x


class _Reversed:
    """Orders values in reverse (a descending field inside an ascending sort key)."""
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v

    def __eq__(self, other):
        return self.v == other.v


class Stats:
    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.stats = {}
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.sort_arg_dict = {}
        self.sort_type = ""
        for arg in args:
            self.add(arg)

    def load_stats(self, arg):
        if arg is None:
            return {}
        if isinstance(arg, str):
            import marshal
            with open(arg, 'rb') as f:
                stats = marshal.load(f)
            self.files.append(arg)
            return stats
        if hasattr(arg, 'create_stats'):
            arg.create_stats()
            return arg.stats_snapshot if hasattr(arg, 'stats_snapshot') else arg.stats
        raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def add(self, *arg_list):
        for arg in arg_list:
            if isinstance(arg, Stats):
                stats = arg.stats
            else:
                stats = self.load_stats(arg)
            for func, (cc, nc, tt, ct, callers) in stats.items():
                if func in self.stats:
                    occ, onc, ott, oct, ocallers = self.stats[func]
                    merged = dict(ocallers)
                    for k, v in callers.items():
                        if k in merged:
                            merged[k] = tuple(a + b for a, b in zip(merged[k], v)) if isinstance(v, tuple) else merged[k] + v
                        else:
                            merged[k] = v
                    self.stats[func] = (occ + cc, onc + nc, ott + tt, oct + ct, merged)
                else:
                    self.stats[func] = (cc, nc, tt, ct, callers)
        self._totals()
        self.fcn_list = None
        return self

    def _totals(self):
        self.total_calls = self.prim_calls = 0
        self.total_tt = 0
        self.top_level = set()
        self.max_name_len = 0
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def strip_dirs(self):
        new = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            newcallers = {func_strip_path(k): v for k, v in callers.items()}
            key = func_strip_path(func)
            if key in new:
                occ, onc, ott, oct, ocallers = new[key]
                ocallers.update(newcallers)
                new[key] = (occ + cc, onc + nc, ott + tt, oct + ct, ocallers)
            else:
                new[key] = (cc, nc, tt, ct, newcallers)
        self.stats = new
        self._totals()
        self.fcn_list = None
        return self

    def get_sort_arg_defs(self):
        return _SORTS

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [{-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        spec = []
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            if word not in _SORTS:
                raise KeyError("%r is not a valid sort key" % (word,))
            fields, desc = _SORTS[word]
            spec.extend(fields)
            names.append(desc)
        self.sort_type = ", ".join(names)

        def row(func):
            cc, nc, tt, ct, callers = self.stats[func]
            return (cc, nc, tt, ct) + func + (func_std_string(func),)

        def key(func):
            r = row(func)
            # row: cc nc tt ct file line name std -> pstats' fields 0..7
            vals = (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])
            return tuple(vals[i] if d > 0 else _Reversed(vals[i]) for i, d in spec)

        self.fcn_list = sorted(self.stats, key=key)
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def eval_print_amount(self, sel, list, msg):
        new_list = list
        if isinstance(sel, str):
            import re
            rex = re.compile(sel)
            new_list = [func for func in list if rex.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + .5)
                new_list = list[:count]
            elif isinstance(sel, int) and 0 <= sel < count:
                count = sel
                new_list = list[:count]
        if len(list) != len(new_list):
            msg += "   List reduced from %r to %d due to restriction <%r>\n" % (len(list), len(new_list), sel)
        return new_list, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            stat_list = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            stat_list = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for selection in sel_list:
            stat_list, msg = self.eval_print_amount(selection, stat_list, msg)
        if not stat_list:
            return 0, stat_list
        print(msg, file=self.stream)
        if len(stat_list) < len(self.stats):
            width = max(len(func_std_string(func)) for func in stat_list)
        return width + 2, stat_list

    def print_stats(self, *amount):
        for filename in self.files:
            print(filename, file=self.stream)
        if self.files:
            print(file=self.stream)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=self.stream)
        print(indent, self.total_calls, "function calls", end=' ', file=self.stream)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=self.stream)
        print("in %.3f seconds" % self.total_tt, file=self.stream)
        print(file=self.stream)
        width, list = self.get_print_list(amount)
        if list:
            self.print_title()
            for func in list:
                self.print_line(func)
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callees(self, *amount):
        width, list = self.get_print_list(amount)
        if list:
            callees = {}
            for func, (cc, nc, tt, ct, callers) in self.stats.items():
                for caller, v in callers.items():
                    callees.setdefault(caller, {})[func] = v
            self.print_call_heading(width, "called...")
            for func in list:
                self.print_call_line(width, func, callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, list = self.get_print_list(amount)
        if list:
            self.print_call_heading(width, "was called by...")
            for func in list:
                cc, nc, tt, ct, callers = self.stats[func]
                self.print_call_line(width, func, callers, "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        subheader = any(isinstance(v, tuple) for (_, _, _, _, callers) in self.stats.values() for v in callers.values())
        if subheader:
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        indent = ""
        for func in sorted(call_dict):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                substats = "%d/%d" % (nc, cc) if nc != cc else "%d" % nc
                substats = "%s %s %s  %s" % (substats.rjust(7 + 2 * len(indent)), f8(tt), f8(ct), name)
                left_width = name_size + 1
            else:
                substats = "%s(%r) %s" % (name, value, f8(self.stats[func][3]))
                left_width = name_size + 3
            print(indent * left_width + substats, file=self.stream)
            indent = " "

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        c = str(nc)
        if nc != cc:
            c = c + '/' + str(cc)
        print(c.rjust(9), end=' ', file=self.stream)
        print(f8(tt), end=' ', file=self.stream)
        if nc == 0:
            print(' ' * 8, end=' ', file=self.stream)
        else:
            print(f8(tt / nc), end=' ', file=self.stream)
        print(f8(ct), end=' ', file=self.stream)
        if cc == 0:
            print(' ' * 8, end=' ', file=self.stream)
        else:
            print(f8(ct / cc), end=' ', file=self.stream)
        print(func_std_string(func), file=self.stream)
