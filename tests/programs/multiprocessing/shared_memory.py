# multiprocessing.shared_memory: a SharedMemory block and a ShareableList written by child
# processes that attach by name or receive them pickled; the parent sees their writes.
import struct
from multiprocessing import Pool, Process, shared_memory
import multiprocessing as mp


def fill(name, start, count):
    shm = shared_memory.SharedMemory(name)          # attach by name
    for i in range(start, start + count):
        shm.buf[i] = i % 251
    shm.close()


def square_slot(block, index):
    # `block` arrived pickled: it re-attached to the same memory in this process
    value = struct.unpack_from('q', block.buf, index * 8)[0]
    struct.pack_into('q', block.buf, index * 8, value * value)
    block.close()
    return index


def edit_list(sl):
    sl[0] = sl[0] * 10
    sl[1] = sl[1].upper()
    sl[2] = None
    sl[3] = not sl[3]
    sl.shm.close()


def checksum(args):
    name, start, stop = args
    shm = shared_memory.SharedMemory(name)
    total = sum(shm.buf[start:stop])
    shm.close()
    return total


if __name__ == '__main__':
    mp.set_start_method('spawn')
    shm = shared_memory.SharedMemory(create=True, size=1000)
    print(shm.size, len(shm.buf), type(shm.buf).__name__)
    workers = [Process(target=fill, args=(shm.name, k * 250, 250)) for k in range(4)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print([p.exitcode for p in workers])
    print(bytes(shm.buf[:8]), bytes(shm.buf[995:]))
    print(sum(shm.buf) == sum(i % 251 for i in range(1000)))

    with Pool(2) as pool:
        parts = pool.map(checksum, [(shm.name, k * 100, (k + 1) * 100) for k in range(10)])
    print(parts, sum(parts) == sum(shm.buf))

    block = shared_memory.SharedMemory(create=True, size=64)
    for i in range(8):
        struct.pack_into('q', block.buf, i * 8, i + 3)
    procs = [Process(target=square_slot, args=(block, i)) for i in range(0, 8, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print([struct.unpack_from('q', block.buf, i * 8)[0] for i in range(8)])

    sl = shared_memory.ShareableList([7, 'abc', 2.5, True, b'xy'])
    p = Process(target=edit_list, args=(sl,))
    p.start()
    p.join()
    print(list(sl), sl.format)
    other = shared_memory.ShareableList(name=sl.shm.name)
    print(other[1], other[-1], len(other), other.index('ABC'), other.count(None))
    other.shm.close()

    for s in (shm, block, sl.shm):
        s.close()
        s.unlink()
    try:
        shared_memory.SharedMemory(block.name)
    except FileNotFoundError:
        print('FileNotFoundError after unlink')
    print(shm.buf)
