# An inlined comprehension's variables release what they held when the comprehension ends; the saved
# (shadowed) local and a parameter keep theirs (a parameter may be borrowed on the free-threaded backend).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    x = D(0)
    r = [1 for x in [D(1), D(2)]]
    print('after comp', x.n)
    return r
f(); print('end f')
def g(x):
    r = [y.n for x in [D(3)] for y in [x]]
    print('after comp g', x.n)
g(D(4)); print('end g')
def h():
    try:
        [1 // 0 for x in [D(5)]]
    except ZeroDivisionError:
        print('caught')
    print('h end')
h(); print('end h')
