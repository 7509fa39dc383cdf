# The resource tracker: a block a child creates and leaves linked outlives the child (the tracker
# unlinks it only when the program ends, so the parent can still attach and unlink it); track=False
# blocks are never registered; register/unregister by hand, and their errors.
import multiprocessing as mp
from multiprocessing import resource_tracker, shared_memory


def make(conn, track):
    shm = shared_memory.SharedMemory(create=True, size=8, track=track)
    shm.buf[:3] = b'abc' if track else b'xyz'
    conn.send(shm.name)
    conn.close()
    shm.close()


def made_by_child(track):
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=make, args=(child_end, track))
    p.start()
    name = parent_end.recv()
    p.join()
    return name, p.exitcode


if __name__ == '__main__':
    print(resource_tracker.__all__)
    print(resource_tracker.ensure_running(), type(resource_tracker.getfd()).__name__)
    for track in (True, False):
        name, code = made_by_child(track)
        shm = shared_memory.SharedMemory(name)
        print(track, code, bytes(shm.buf[:3]))
        shm.close()
        shm.unlink()
        try:
            shared_memory.SharedMemory(name)
        except FileNotFoundError as e:
            print('FileNotFoundError:', e.strerror)

    # A block registered by hand and unregistered again is left alone.
    shm = shared_memory.SharedMemory(create=True, size=4, track=False)
    resource_tracker.register('/' + shm.name, 'shared_memory')
    resource_tracker.unregister('/' + shm.name, 'shared_memory')
    shm.unlink()
    shm.close()
    try:
        resource_tracker.register('x' * 600, 'shared_memory')
    except ValueError as e:
        print('ValueError:', e)
    print(sorted(k for k in resource_tracker._CLEANUP_FUNCS if k in ('noop', 'shared_memory', 'semaphore')))
    try:
        resource_tracker._CLEANUP_FUNCS['noop']('x')
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(issubclass(resource_tracker.ReentrantCallError, RuntimeError))
