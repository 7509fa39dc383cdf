# bdb.Bdb subclassed directly: user_call/user_line/user_return/user_exception, set_step/set_next/
# set_return/set_until/set_continue/set_quit driven by a script of actions, Breakpoint with a
# condition, an ignore count and a temporary one, bpformat, get_bpbynumber errors, runeval.
import bdb
import os
import sys

NAME = os.path.basename(__file__)


def inner(v):
    w = v + 1
    return w * 2


def outer(n):
    total = 0
    for i in range(n):
        total += inner(i)
    if n > 2:
        raise ValueError(n)
    return total


class Script(bdb.Bdb):
    def __init__(self, actions):
        super().__init__()
        self.actions = list(actions)
        self.log = []

    def where(self, frame):
        return '%s:%s' % (frame.f_code.co_name, frame.f_lineno)

    def act(self, frame):
        action = self.actions.pop(0) if self.actions else 'continue'
        if action == 'step':
            self.set_step()
        elif action == 'next':
            self.set_next(frame)
        elif action == 'return':
            self.set_return(frame)
        elif action == 'until':
            self.set_until(frame)
        elif action == 'quit':
            self.set_quit()
        else:
            self.set_continue()

    def user_call(self, frame, args):
        self.log.append('call ' + self.where(frame))
        self.act(frame)

    def user_line(self, frame):
        self.log.append('line ' + self.where(frame) + (' bp%s' % self.currentbp if self.break_here_seen(frame) else ''))
        self.act(frame)

    def break_here_seen(self, frame):
        return self.get_break(frame.f_code.co_filename, frame.f_lineno)

    def user_return(self, frame, value):
        self.log.append('return %s -> %r' % (self.where(frame), value))
        self.act(frame)

    def user_exception(self, frame, exc_info):
        self.log.append('exception %s %s' % (self.where(frame), exc_info[0].__name__))
        self.act(frame)

    def do_clear(self, arg):
        self.clear_bpbynumber(arg)


d = Script(['step', 'next', 'step', 'step', 'return', 'next', 'until', 'continue'])
print(d.runcall(outer, 2))
print(d.log)

d = Script(['continue', 'continue', 'continue', 'continue'])
print(d.set_break(__file__, 12))
print(d.set_break(__file__, 12, cond='v == 1'))
print(d.set_break(__file__, 19, temporary=True))
print(d.set_break(__file__, 200).replace(__file__, NAME))
bp1, bp2, bp3 = (bdb.Breakpoint.bpbynumber[i] for i in (1, 2, 3))
bp1.ignore = 1
print(d.runcall(outer, 2))
print(d.log)
for bp in (bp1, bp2, bp3):
    print(bp.bpformat().replace(__file__, NAME))
for arg in ('', 'x', '99', '3'):
    try:
        d.get_bpbynumber(arg)
    except ValueError as e:
        print('ValueError:', e)
print(d.clear_break(__file__, 12), d.get_file_breaks(__file__))
print(d.clear_break(__file__, 12).replace(__file__, NAME))
bdb.Breakpoint.clearBreakpoints()

d = Script(['next', 'next', 'quit'])
print(d.runcall(outer, 3), d.log)
d = Script(['continue'] * 10)
try:
    d.runcall(outer, 3)
except ValueError as e:
    print('ValueError', e, d.log)
print(Script([]).runeval('inner(4) + 1'))
print(d.canonic('<string>'), d.canonic(NAME) == os.path.abspath(NAME))
