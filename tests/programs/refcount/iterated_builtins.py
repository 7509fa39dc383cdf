# Builtins that iterate a dict, set or view internally (list(), tuple(), sorted(), `in` on an
# iterable without __contains__) release their iterator, and with it the iterable: the container
# is freed by counting when its last reference goes, so its values' __del__ runs at once.
freed = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        freed.append(self.name)


def check(label, fn):
    del freed[:]
    result = fn()
    print(label, result, sorted(freed))


def list_of_dict():
    d = {"k": D("list(dict)")}
    return len(list(d))


def sorted_items():
    d = {"b": D("sorted(items)"), "a": 1}
    return [k for k, _ in sorted(d.items(), key=lambda kv: kv[0])]


def tuple_of_set():
    s = {D("tuple(set)")}
    return len(tuple(s))


def list_of_values():
    d = {1: D("list(values)")}
    return len(list(d.values()))


def extend_from_dict():
    d = {"x": D("extend(dict)")}
    out = [0]
    out.extend(d)
    return out


class OnlyIter:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


def contains_by_iteration():
    it = OnlyIter([D("in OnlyIter")])
    return "x" in it


def temporary_loop():
    total = 0
    for _ in range(3):
        d = {"t": D("loop")}
        total += len(sorted(d))
    return total


check("list_of_dict", list_of_dict)
check("sorted_items", sorted_items)
check("tuple_of_set", tuple_of_set)
check("list_of_values", list_of_values)
check("extend_from_dict", extend_from_dict)
check("contains_by_iteration", contains_by_iteration)
check("temporary_loop", temporary_loop)
