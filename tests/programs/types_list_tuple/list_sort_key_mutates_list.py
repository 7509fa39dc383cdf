# list.sort(key=...) where the key function or __lt__ mutates the list: CPython 3.13's
# "list modified during sort" exactly when the (empty while sorting) list's storage changed.
def run(name, key, data):
    a = list(data)
    try:
        a.sort(key=lambda x: key(a, x))
        print(name, 'ok', a)
    except Exception as e:
        print(name, type(e).__name__, e, a)
run('clear', lambda a, x: (a.clear(), x)[1], [3, 1, 2])
run('append', lambda a, x: (a.append(0), x)[1], [3, 1, 2])
run('pop', lambda a, x: (a.pop() if a else None, x)[1], [3, 1, 2])
run('len', lambda a, x: len(a), [3, 1, 2])
run('read', lambda a, x: a[0] if a else -1, [3, 1, 2])
run('clear1', lambda a, x: (a.clear(), x)[1], [3])
run('append1', lambda a, x: (a.append(0), x)[1], [3])
run('empty', lambda a, x: x, [])
a = [3, 1, 2]
def cmp_key(x):
    a.append(9); a.clear(); return x
try: a.sort(key=cmp_key); print(a)
except Exception as e: print(type(e).__name__, e, a)
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        b.append(1)
        return s.v < o.v
b = [K(3), K(1), K(2)]
try: b.sort(); print([getattr(x, 'v', x) for x in b])
except Exception as e: print(type(e).__name__, e, [x.v for x in b])
b = [K(3), K(1), K(2)]
try: b.sort(key=lambda k: k); print('ok')
except Exception as e: print(type(e).__name__, e, [x.v for x in b])
c = [3, 1, 2]
def k2(x):
    raise KeyError(x)
try: c.sort(key=k2)
except KeyError as e: print('KeyError', c)
c = [3, 1, 2]
class L:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        c.clear(); return s.v < o.v
try: c.sort(key=L); print(c)
except Exception as e: print(type(e).__name__, e, c)
def mut(name, f, data=(3, 1, 2)):
    a = list(data)
    def key(x):
        f(a)
        return x
    try:
        a.sort(key=key); print(name, 'ok', a)
    except Exception as e:
        print(name, type(e).__name__, e, a)
mut('slice-empty', lambda a: a.__setitem__(slice(None), []))
mut('del-slice', lambda a: a.__delitem__(slice(None)))
mut('extend-empty', lambda a: a.extend([]))
mut('iadd-empty', lambda a: a.__iadd__(()))
mut('imul', lambda a: a.__imul__(3))
mut('reverse', lambda a: a.reverse())
mut('nested-sort', lambda a: a.sort())
mut('insert', lambda a: a.insert(0, 1))
mut('append-pop', lambda a: (a.append(1), a.pop()))
mut('append-clear', lambda a: (a.append(1), a.clear()))
mut('extend-gen-empty', lambda a: a.extend(x for x in ()))
mut('slice-set', lambda a: a.__setitem__(slice(0, 0), [7]))
mut('remove', lambda a: a.remove(5) if 5 in a else None)
mut('copy', lambda a: a.copy())
mut('index', lambda a: a.count(3))
