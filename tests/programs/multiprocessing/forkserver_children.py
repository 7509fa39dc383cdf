# The forkserver start method: children run the target with pickled arguments (a Queue, a Pipe
# end, plain values), re-run the main module as __mp_main__, report exit codes (0, SystemExit
# codes, 1 after an uncaught exception, -signal when terminated or killed), and print through
# the parent's stdout.
import multiprocessing as mp
import os
import sys
import time

RUN_AS = __name__

def work(q, conn, n, *, scale):
    q.put(('queue', n * scale, mp.current_process().name))
    conn.send(('pipe', sum(range(n))))
    conn.close()

def report():
    print('child main module', sys.modules['__main__'].__name__, RUN_AS, 'parent alive', mp.parent_process() is not None)
    sys.stdout.flush()

def exit_with(code):
    sys.exit(code)

def fail():
    raise KeyError('missing')

def sleep_long():
    time.sleep(60)

if __name__ == '__main__':
    ctx = mp.get_context('forkserver')
    q = ctx.Queue()
    a, b = ctx.Pipe()
    p = ctx.Process(target=work, args=(q, b, 10), kwargs={'scale': 3}, name='worker')
    p.start()
    b.close()
    print(q.get(timeout=60))
    print(a.recv())
    p.join()
    print('exitcode', p.exitcode, 'pid is other', p.pid != os.getpid(), 'alive', p.is_alive())
    p = ctx.Process(target=report)
    p.start()
    p.join()
    print('report exit', p.exitcode)
    for code in (0, 3, None):
        p = ctx.Process(target=exit_with, args=(code,))
        p.start()
        p.join()
        print('sys.exit(%r) ->' % (code,), p.exitcode)
    p = ctx.Process(target=fail)
    p.start()
    p.join()
    print('exception ->', p.exitcode)
    for how in ('terminate', 'kill'):
        p = ctx.Process(target=sleep_long)
        p.start()
        time.sleep(0.2)
        print(how, 'alive before', p.is_alive())
        getattr(p, how)()
        p.join(30)
        print(how, '->', p.exitcode, 'alive after', p.is_alive())
    pipes = [ctx.Pipe() for i in range(3)]
    ps = [ctx.Process(target=work, args=(q, pipes[i][1], i), kwargs={'scale': 1}, name='w%d' % i)
          for i in range(3)]
    for p in ps:
        p.start()
    print(sorted(q.get(timeout=60) for _ in ps))
    for p in ps:
        p.join()
    print([p.exitcode for p in ps], [r.recv() for r, w in pipes])
    print(ctx.get_start_method(), type(ps[0]).__name__)
