# Process: start/join, exitcode, name, pid, is_alive, args/kwargs, current/parent process.
import multiprocessing as mp
import os

def work(a, b, parent_pid, *, scale=1):
    p = mp.current_process()
    parent = mp.parent_process()
    print('child', p.name, a * b * scale, parent.name, parent.pid == parent_pid, os.getpid() != parent_pid, flush=True)

def fails():
    raise ValueError('child failed')

def exits(code):
    raise SystemExit(code)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    print('main', mp.current_process().name, mp.parent_process(), flush=True)
    p = mp.Process(target=work, args=(6, 7, os.getpid()), kwargs={'scale': 2}, name='worker-1')
    print(p.name, p.is_alive(), p.exitcode, p.daemon, p.pid)
    p.start()
    p.join()
    print('joined', p.exitcode, p.is_alive(), p.pid is not None and p.pid != os.getpid())
    q = mp.Process(target=fails)
    q.start()
    q.join()
    print('failed child exitcode', q.exitcode)
    r = mp.Process(target=exits, args=(3,))
    r.start()
    r.join()
    print('exit code', r.exitcode)
    print(mp.active_children())
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError', e)
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print('ValueError', e)
    print(mp.Process().name.startswith('Process-'))
