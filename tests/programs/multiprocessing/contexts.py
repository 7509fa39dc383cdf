# Start methods: spawn and forkserver work, fork does not exist (as where fork is unavailable).
import multiprocessing as mp

def hello(q, tag):
    q.put((tag, mp.current_process().name))

if __name__ == '__main__':
    for method in ('spawn', 'forkserver'):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=hello, args=(q, method), name='via-' + method)
        p.start()
        print(q.get(timeout=60))
        p.join()
        print(method, ctx.get_start_method(), type(p).__name__, p.exitcode)
    # Where fork is unavailable (.NET has none) get_context('fork') raises ValueError; where it
    # exists, it is listed. Either way the start methods and the error agree.
    try:
        mp.get_context('fork')
        consistent = 'fork' in mp.get_all_start_methods()
    except ValueError as e:
        consistent = str(e) == "cannot find context for 'fork'" and 'fork' not in mp.get_all_start_methods()
    print('fork consistent', consistent)
    print('spawn' in mp.get_all_start_methods(), 'forkserver' in mp.get_all_start_methods())
    try:
        mp.get_context('no-such-method')
    except ValueError as e:
        print('ValueError', e)
    mp.set_start_method('spawn', force=True)
    print(mp.get_start_method())
    try:
        mp.set_start_method('forkserver')
    except RuntimeError as e:
        print('RuntimeError', e)
    mp.set_start_method('forkserver', force=True)
    print(mp.get_start_method())
    mp.set_start_method(None, force=True)
    print(mp.get_start_method(allow_none=True))
    print(mp.cpu_count() >= 1, isinstance(mp.cpu_count(), int))
    print(mp.current_process().name, mp.parent_process())
    print(issubclass(mp.TimeoutError, mp.ProcessError), issubclass(mp.BufferTooShort, mp.ProcessError))
