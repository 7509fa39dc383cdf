# shared_memory in one process: SharedMemory's memoryview, struct into it, a second handle on the
# same block, ShareableList's types, formats, slot sizes and errors, and SharedMemory's errors.
import pickle
import struct
from multiprocessing import shared_memory

shm = shared_memory.SharedMemory(create=True, size=10)
print(type(shm.buf).__name__, len(shm.buf), shm.size, shm.name.startswith('psm_'), len(shm.name))
shm.buf[:4] = bytearray([22, 33, 44, 55])
shm.buf[4] = 100
other = shared_memory.SharedMemory(shm.name)
print(bytes(other.buf[:5]), other.size, other.buf[4], other.buf.readonly)
struct.pack_into('i', shm.buf, 6, 123456)
print(struct.unpack_from('i', other.buf, 6), shm.buf[6:].tobytes())
other.buf[9] = 7
print(shm.buf[-1], list(shm.buf[::3]))
copy = pickle.loads(pickle.dumps(shm))
print(copy.name == shm.name, copy.size, bytes(copy.buf[:2]))
copy.close()
other.close()
print(other.buf)

sl = shared_memory.ShareableList(['howdy', b'HoWdY', -273.154, 100, None, True, 42])
print([type(e).__name__ for e in sl], sl.format, len(sl))
sl[3] = 'xyz'
sl[6] = 2.5
print(sl[3], sl[-1], sl.format, sl.count(2.5), sl.index(-273.154))
sl[0] = 'x' * 8
print(sl[0], sl.format)
for bad in ('a' * 9, b'b' * 9):
    try:
        sl[0] = bad
    except ValueError as e:
        print('ValueError:', e)
for i in (7, 100):
    try:
        sl[i]
    except IndexError as e:
        print('IndexError:', e)
    try:
        sl[i] = 1
    except IndexError as e:
        print('IndexError:', e)
try:
    sl.index('nope')
except ValueError as e:
    print('ValueError:', e)
try:
    shared_memory.ShareableList([[1]])
except KeyError as e:
    print('KeyError:', e)
same = shared_memory.ShareableList(name=sl.shm.name)
print(list(same), same.shm.size == sl.shm.size)
empty = shared_memory.ShareableList()
print(len(empty), list(empty), empty.format == '', empty.shm.size)
print(shared_memory.ShareableList[int] is not None)
for s in (same.shm, empty.shm, sl.shm):
    s.close()
empty.shm.unlink()
sl.shm.unlink()

try:
    shared_memory.SharedMemory('psm_nonexist')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
try:
    shared_memory.SharedMemory(shm.name, create=True, size=5)
except FileExistsError as e:
    print('FileExistsError:', e.errno, e.strerror)
for kw in [dict(create=True, size=0), dict(size=-1), dict()]:
    try:
        shared_memory.SharedMemory(**kw)
    except ValueError as e:
        print('ValueError:', e)
print(repr(shm).startswith("SharedMemory('psm_"), repr(shm).endswith(", size=10)"))
shm.close()
shm.unlink()
print(shm.buf)
try:
    shm.unlink()
except FileNotFoundError:
    print('FileNotFoundError: unlinked twice')
