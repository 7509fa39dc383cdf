# Process objects and contexts: reprs in every state, _identity-based names down to a grandchild, daemon rules,
# authkey, exitcode/close/sentinel errors, current/parent process objects, the contexts' classes and errors.
import multiprocessing as mp
import multiprocessing.context as mpctx
import multiprocessing.process as mpproc
import os, re, sys, time

def shown(p):
    return re.sub(r'(pid|parent)=\d+', r'\1=N', repr(p))

def child_report(q, main_pid):
    me = mp.current_process()
    parent = mp.parent_process()
    q.put(('child', shown(me), me._identity, me.daemon, type(parent).__name__, parent.name,
           parent.pid == main_pid, shown(parent), parent.is_alive()))
    grandchild = mp.Process(target=grandchild_report, args=(q,))
    q.put(('grandchild name', grandchild.name, grandchild._identity))
    grandchild.start()
    grandchild.join()
    q.put(('grandchild exit', grandchild.exitcode, shown(grandchild)))

def grandchild_report(q):
    q.put(('in grandchild', mp.current_process().name, mp.parent_process().name))

def daemon_child(q):
    p = mp.Process(target=grandchild_report, args=(q,))
    try:
        p.start()
    except AssertionError as e:
        q.put(('daemon start', str(e)))

def sleeper():
    time.sleep(60)

def quick(code):
    sys.exit(code)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    main = mp.current_process()
    print(shown(main), type(main).__name__, main.name, main._identity, main.daemon, main.is_alive())
    print(type(main.authkey).__mro__[-2].__name__, len(main.authkey), mp.parent_process())
    ctx = mp.get_context('spawn')
    print(type(ctx).__name__, type(mpctx._default_context).__name__, ctx.get_start_method(), ctx.get_context() is ctx,
          mp.get_context('spawn') is ctx, type(mp.get_context('forkserver')).__name__, mp.get_start_method())
    print(ctx.Process.__name__, ctx.Process.__mro__[1].__name__, mp.Process.__name__, mp.Process._start_method,
          ctx.Process._start_method, ctx.reducer.__name__, mp.reducer is ctx.reducer)
    attempt('concrete set_start_method', lambda: ctx.set_start_method('spawn'))
    attempt('set again', lambda: mp.set_start_method('forkserver'))
    attempt('unknown context', lambda: mp.get_context('threads'))
    print(mp.ProcessError.__module__, mp.TimeoutError.__name__, issubclass(mp.AuthenticationError, mp.ProcessError),
          mp.BufferTooShort.__mro__[1].__name__, ctx.ProcessError is mpctx.ProcessError)

    q = mp.Queue()
    p = mp.Process(target=child_report, args=(q, os.getpid()))
    print(shown(p), p.name, p._identity, p.pid, p.ident, p.exitcode, p.is_alive(), p.daemon)
    attempt('sentinel before start', lambda: p.sentinel)
    attempt('join before start', lambda: p.join())
    attempt('group', lambda: mp.Process(group=1))
    attempt('name not str', lambda: setattr(p, 'name', 3))
    p.start()
    print(shown(p), isinstance(p.sentinel, int), p.pid == p.ident, p.pid != os.getpid())
    attempt('start twice', lambda: p.start())
    attempt('daemon after start', lambda: setattr(p, 'daemon', True))
    for _ in range(4):
        print(q.get(timeout=120))
    p.join()
    print(shown(p), p.exitcode, p.is_alive(), mp.active_children())
    p.close()
    p.close()
    print(shown(p))
    for label in ('exitcode', 'pid', 'sentinel'):
        attempt('closed ' + label, lambda: getattr(p, label))
    attempt('closed is_alive', lambda: p.is_alive())
    attempt('closed join', lambda: p.join())
    attempt('closed start', lambda: p.start())

    d = mp.Process(target=daemon_child, args=(q,), daemon=True, name='the-daemon')
    print(shown(d), d.daemon, d.name)
    d.start()
    print(q.get(timeout=120))
    d.join()
    print(shown(d))

    s = mp.Process(target=sleeper)
    s.start()
    print(shown(s) in ("<Process name='Process-3' pid=N parent=N started>",), s in mp.active_children())
    attempt('close running', lambda: s.close())
    s.terminate()
    s.join()
    print(shown(s), s.exitcode)
    e = mp.Process(target=quick, args=(7,))
    e.start(); e.join()
    print(shown(e), e.exitcode)
    e2 = mp.Process(target=quick, args=('bye',), name='texit')
    e2.start(); e2.join()
    print(shown(e2), e2.exitcode)
    k = mp.Process(target=sleeper)
    k.start(); k.kill(); k.join()
    print(shown(k), k.exitcode)
    key = bytes(range(32))
    n = mp.Process(authkey=None) if False else mp.Process()
    n.authkey = key
    print(bytes(n.authkey) == key, n.name, mp.active_children())
    x = mp.Process(name='named', daemon=False)
    x.daemon = True
    x.name = 'renamed'
    print(shown(x), x.daemon)
    print(sorted(n for n in mpproc.__all__), sorted(n for n in dir(mpproc.BaseProcess) if not n.startswith('_')))
