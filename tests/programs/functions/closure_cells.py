# Closure cells: shared between closures, cell_contents, empty cells
def pair():
    value = 0
    def getter():
        return value
    def setter(v):
        nonlocal value
        value = v
    return getter, setter
get, put = pair()
print(get())
put(99)
print(get(), get.__closure__[0] is put.__closure__[0])
print(get.__closure__[0].cell_contents)
def empty_cell():
    def inner():
        return late
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__ + ":", e)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    late = "now set"
    return inner(), cell.cell_contents
print(empty_cell())
def loop_cells():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [f() for f in fns], fns[0].__closure__[0] is fns[2].__closure__[0]
print(loop_cells())
def make_cells():
    fns = []
    for i in range(3):
        def wrap(j):
            return lambda: j
        fns.append(wrap(i))
    return [f() for f in fns]
print(make_cells())
def deleted():
    x = 1
    def read():
        return x
    del x
    try:
        return read()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleted())
def param_cell(p):
    def inner():
        return p * 2
    p += 1
    return inner()
print(param_cell(5))
import types
c = types.CellType(10)
print(c.cell_contents)
c.cell_contents = 20
print(c.cell_contents)
