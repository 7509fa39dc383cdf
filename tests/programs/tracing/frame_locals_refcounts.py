# Writes through frame.f_locals replace a variable whose old value the running code still holds
# (on its value stack, or as a callee's argument): the old value lives until its last holder drops it.
import sys
class D:
    def __del__(self): print('del', self.n)
    def __init__(self, n): self.n = n
def f():
    x = [D(1)]
    t = (x, sys._getframe().f_locals.__setitem__('x', [D(2)]), x)
    print(t[0][0].n, t[2][0].n)
    del t
    print('end f')
def g(a):
    sys._getframe().f_back.f_locals['y'] = None
    return a[0].n
def h():
    y = [D(3)]
    print(g(y))
h()
f()
print('done')
