# Lock, RLock, Semaphore, Event, Condition shared with child processes.
import multiprocessing as mp
import time

def locked_append(lock, q, tag):
    for i in range(3):
        with lock:
            q.put((tag, 'enter'))
            time.sleep(0.01)
            q.put((tag, 'exit'))

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
    ps = [mp.Process(target=locked_append, args=(lock, q, t)) for t in 'ab']
    for p in ps: p.start()
    for p in ps: p.join()
    events = [q.get(timeout=60) for _ in range(12)]
    # Enter/exit pairs never interleave: the lock excludes the other process.
    ok = all(events[i][1] == 'enter' and events[i + 1] == (events[i][0], 'exit') for i in range(0, 12, 2))
    print('mutual exclusion', ok, sorted(e[0] for e in events).count('a'))

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
