# Helper of tests/Programs/ResourceTrackerTests.cs (not a corpus program: its point is what happens
# after it ends). Blocks left linked by the main process, a child and a grandchild; prints their names.
import multiprocessing as mp
from multiprocessing import shared_memory


def leak(conn, depth):
    shm = shared_memory.SharedMemory(create=True, size=8)
    conn.send(shm.name)
    shm.close()
    if depth:
        p = mp.Process(target=leak, args=(conn, depth - 1))
        p.start()
        p.join()
    conn.close()


if __name__ == '__main__':
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=leak, args=(child_end, 1))
    p.start()
    names = [parent_end.recv(), parent_end.recv()]
    p.join()
    kept = shared_memory.SharedMemory(create=True, size=8)
    names.append(kept.name)
    unlinked = shared_memory.SharedMemory(create=True, size=8)
    unlinked.unlink()
    print(' '.join(names))
