# pdb driven by commands from a StringIO: set_trace (stops at once, CPython 3.13), breakpoints with
# conditions and temporary ones, stepping, frames, display, post mortem, runcall; breakpoint() with
# PYTHONBREAKPOINT. Paths are shown relative to this file's folder.
import io, os, sys, pdb, bdb

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def session(commands, start):
    out = io.StringIO()
    dbg = pdb.Pdb(stdin=io.StringIO(commands), stdout=out)
    try:
        start(dbg)
    finally:
        sys.settrace(None)
        bdb.Breakpoint.clearBreakpoints()
    print(out.getvalue().replace(HERE, ''), end='')
    print('-----')

def square(n):
    r = n * n
    return r

def total(k):
    s = 0
    for i in range(k):
        s += square(i)
    return s

def traced():
    a = 10
    b = total(3)
    return a + b

# set_trace in module code (a function running compiled when set_trace is called would keep running
# compiled, without line events, until it returns: the JIT corpus compiles every function at once)
out = io.StringIO()
dbg = pdb.Pdb(stdin=io.StringIO("n\ns\nn\nn\np a, b if 'b' in dir() else None\nargs\nwhere\nup\nll\ndown\nc\n"), stdout=out)
dbg.set_trace(sys._getframe())
v = traced()
sys.settrace(None)
print(out.getvalue().replace(HERE, ''), end='')
print('traced() =', v)
print('-----')
session("b square, n == 2\nb\nc\np n\nargs\nr\nretval\ndisplay s\nn\nn\nn\ncl 1\nc\n", lambda d: d.runcall(total, 4))
session("tbreak 30\nc\nl\nunt 31\np a + b\ndisable 9\nq\n", lambda d: d.runcall(traced))

def fails(x):
    y = x - 1
    return 10 // y

try:
    fails(1)
except ZeroDivisionError as e:
    tb = e.__traceback__
def post(dbg):
    dbg.reset()
    dbg.interaction(None, tb)
session("w\np x, y\nu\nd\nq\n", post)

os.environ['PYTHONBREAKPOINT'] = '0'
breakpoint()
calls = []
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint('hook', 'called', sep='-')
os.environ['PYTHONBREAKPOINT'] = ''
print(sys.breakpointhook is sys.__breakpointhook__)
