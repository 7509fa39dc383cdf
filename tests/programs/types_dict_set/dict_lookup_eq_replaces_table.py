# A key's __eq__ that empties or regrows the dict being searched and then builds other dicts of the
# same size (which may be given the searched dict's old table storage): every lookup must start
# again on the dict's current table (CPython: "dict mutated during lookup") and never return,
# overwrite or delete another dict's entry.


class K:
    """Equal to any other K; hash collides on purpose. Its first comparison runs `action`."""

    def __init__(self, name, action=None):
        self.name = name
        self.action = action

    def __hash__(self):
        return 12345

    def __eq__(self, other):
        if not isinstance(other, K):
            return NotImplemented
        act, self.action = self.action, None
        if act is None and isinstance(other, K):
            act, other.action = other.action, None
        if act is not None:
            act()
        return True

    def __repr__(self):
        return f"K({self.name})"


others = []


def build_others():
    # dicts of the searched dict's former sizes, filled by item assignment (each resize takes a
    # table of the next size), values that must never come out of a lookup in `d`
    for n in (41, 42, 20, 84):
        o = {}
        for i in range(n):
            o[i] = "FOREIGN"
        o[K("other")] = "FOREIGN-K"
        others.append(o)


def make():
    d = {}
    for i in range(41):
        d[i] = i
    d[K("stored")] = "mine"
    return d


def clear_and_build(d):
    def act():
        d.clear()
        build_others()
    return act


def regrow_and_build(d):
    def act():
        for i in range(1000, 1100):
            d[i] = i
        build_others()
    return act


def show(label, f):
    try:
        r = f()
    except Exception as e:  # KeyError; anything else is a bug
        r = f"{type(e).__name__} {e}"
    print(label, r)


for name, mut in (("clear", clear_and_build), ("regrow", regrow_and_build)):
    print("--", name)
    d = make(); show("getitem", lambda: d[K("probe", mut(d))])
    d = make(); show("in", lambda: K("probe", mut(d)) in d)
    d = make(); show("get", lambda: d.get(K("probe", mut(d)), "absent"))
    d = make(); show("pop", lambda: d.pop(K("probe", mut(d)), "absent"))
    d = make(); show("setdefault", lambda: d.setdefault(K("probe", mut(d)), "new"))
    d = make()
    def store():
        d[K("probe", mut(d))] = "stored"
        return sorted(v for v in d.values() if isinstance(v, str))
    show("setitem", store)
    d = make()
    def delete():
        del d[K("probe", mut(d))]
        return len(d)
    show("delitem", delete)
    print("others intact", all(v in ("FOREIGN", "FOREIGN-K") for o in others for v in o.values()),
          [len(o) for o in others[:4]])
    others.clear()
