# Lock, RLock, Semaphore, Event, Condition shared with child processes.
import multiprocessing as mp
import time

def locked_append(lock, log, n, tag):
    # The log lives in unlocked shared memory and is written synchronously
    # inside the lock (a Queue's feeder thread could reorder the messages of
    # two processes after the lock is released).
    for i in range(3):
        with lock:
            log[n.value] = tag * 2
            n.value += 1
            time.sleep(0.01)
            log[n.value] = tag * 2 + 1
            n.value += 1

def wait_event(ev, q):
    q.put('waiting')
    ok = ev.wait(60)
    q.put(('event seen', ok))

def cond_waiter(cond, q):
    with cond:
        q.put('ready')
        ok = cond.wait(60)
        q.put(('notified', ok))

def sem_user(sem, q):
    ok = sem.acquire(timeout=60)
    q.put(('got semaphore', ok))

if __name__ == '__main__':
    mp.set_start_method('spawn')
    lock = mp.Lock()
    q = mp.Queue()
    log = mp.RawArray('i', [-1] * 12)
    n = mp.RawValue('i', 0)
    ps = [mp.Process(target=locked_append, args=(lock, log, n, t)) for t in (0, 1)]
    for p in ps: p.start()
    for p in ps: p.join()
    events = list(log)
    # Enter/exit pairs never interleave and no write is lost: the lock
    # excludes the other process.
    ok = n.value == 12 and all(events[i] % 2 == 0 and events[i + 1] == events[i] + 1 for i in range(0, 12, 2))
    print('mutual exclusion', ok, events.count(0))

    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    p = mp.Process(target=wait_event, args=(ev, q))
    p.start()
    print(q.get(timeout=60))
    ev.set()
    print(q.get(timeout=60), ev.is_set())
    p.join()
    ev.clear()
    print(ev.is_set())

    cond = mp.Condition()
    p = mp.Process(target=cond_waiter, args=(cond, q))
    p.start()
    print(q.get(timeout=60))
    with cond:
        cond.notify()
    print(q.get(timeout=60))
    p.join()

    sem = mp.Semaphore(0)
    p = mp.Process(target=sem_user, args=(sem, q))
    p.start()
    time.sleep(0.1)
    sem.release()
    print(q.get(timeout=60))
    p.join()

    # In-process behaviour of the primitives.
    l = mp.Lock()
    print(l.acquire(), l.acquire(False), l.acquire(timeout=0.01))
    l.release()
    try:
        l.release()
    except ValueError as e:
        print('ValueError', e)
    r = mp.RLock()
    print(r.acquire(), r.acquire(), r.acquire(block=False))
    r.release(); r.release(); r.release()
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError', e)
    s = mp.BoundedSemaphore(2)
    print(s.acquire(), s.acquire(), s.acquire(False), s.get_value())
    s.release(); s.release()
    try:
        s.release()
    except ValueError as e:
        print('ValueError', e)
    c = mp.Condition(mp.Lock())
    with c:
        print(c.wait(0.01), c.wait_for(lambda: 42, 0.01))
    print(mp.Semaphore(3).get_value())
