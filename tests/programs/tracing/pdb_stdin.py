# pdb reading its commands from stdin (pdb_stdin.in): breakpoint() stops at once, stepping into a
# call, p/args/where/up/down, retval, a breakpoint by line with a condition, continue to the end.
# The debugger names files relative to this folder (a Pdb whose canonic() is the base name).
import os
import pdb
import sys


class RelativePdb(pdb.Pdb):
    def canonic(self, filename):
        return filename if filename.startswith('<') else os.path.basename(filename)


def hook(*args, **kws):
    RelativePdb().set_trace(sys._getframe().f_back)


sys.breakpointhook = hook


def scale(v, k):
    out = v * k
    return out


def main():
    total = 0
    for i in range(4):
        total += scale(i, 3)
    return total


def start():
    breakpoint()
    r = main()
    print('main() =', r)


start()
print('done')
