# Pool workers: initializer, exceptions of many kinds, unpicklable results, maxtasksperchild.
import multiprocessing as mp
import os

_state = {}

def init(value):
    _state['value'] = value

def read_state(_):
    return _state.get('value')

def raise_kind(kind):
    if kind == 'key':
        raise KeyError('missing')
    if kind == 'custom':
        raise CustomError('custom', 42)
    return kind

class CustomError(Exception):
    pass

def make_lambda(_):
    return lambda: 0

def pid(_):
    return os.getpid()

if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(2, initializer=init, initargs=('initialised',)) as pool:
        print(set(pool.map(read_state, range(4))))
        for kind in ('key', 'custom', 'fine'):
            try:
                print(pool.apply(raise_kind, (kind,)))
            except Exception as e:
                print(type(e).__name__, e.args)
        try:
            pool.apply(make_lambda, (1,))
        except Exception as e:
            print(type(e).__name__)
        print(pool.apply(raise_kind, ('still works',)))
    with mp.Pool(1, maxtasksperchild=2) as pool:
        pids = [pool.apply(pid, (i,)) for i in range(4)]
        print(len(set(pids)))
