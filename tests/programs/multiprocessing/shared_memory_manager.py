# SharedMemoryManager: blocks and ShareableLists made through it are shared with children by
# name (each child writes its own slots, the parent reads after join), and are unlinked when the
# manager shuts down (the with-block ends); the manager's state errors.
import multiprocessing as mp
from multiprocessing import shared_memory
from multiprocessing.managers import SharedMemoryManager, BaseManager


def fill(name, index):
    shm = shared_memory.SharedMemory(name)
    shm.buf[index * 4:index * 4 + 4] = bytes([index + 1]) * 4
    shm.close()


def bump(sl, index):
    sl[index] = sl[index] * 10 if isinstance(sl[index], int) else sl[index].upper()
    sl.shm.close()


def attach(name):
    try:
        shared_memory.SharedMemory(name)
    except FileNotFoundError as e:
        return 'FileNotFoundError: ' + e.strerror
    return 'attached'


if __name__ == '__main__':
    with SharedMemoryManager() as smm:
        print(type(smm).__name__, issubclass(SharedMemoryManager, BaseManager))
        shm = smm.SharedMemory(16)
        sl = smm.ShareableList([1, 2, 'ab', 'cd'])
        print(type(shm).__name__, shm.size >= 16, type(sl).__name__, list(sl))
        procs = [mp.Process(target=fill, args=(shm.name, i)) for i in range(4)]
        procs += [mp.Process(target=bump, args=(sl, i)) for i in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print([p.exitcode for p in procs])
        print(bytes(shm.buf[:16]))
        print(list(sl), sl.format)
        names = [shm.name, sl.shm.name]
        print([attach(n) for n in names])
    print([attach(n) for n in names])
    print(bytes(shm.buf[:4]), sl[0])
    shm.close()
    sl.shm.close()

    smm = SharedMemoryManager()
    try:
        smm.SharedMemory(8)
    except ValueError as e:
        print('ValueError:', e)
    smm.start()
    try:
        smm.start()
    except mp.ProcessError as e:
        print('ProcessError:', e)
    kept = smm.SharedMemory(8)
    smm.shutdown()
    smm.shutdown()
    print(attach(kept.name))
    kept.close()
    for call in (smm.start, lambda: smm.SharedMemory(8), lambda: smm.ShareableList([1])):
        try:
            call()
        except (mp.ProcessError, FileNotFoundError) as e:
            print(type(e).__name__ + ':', e)
