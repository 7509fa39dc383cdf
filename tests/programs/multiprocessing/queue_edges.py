# multiprocessing queues within one process and across one child: maxsize and Full, qsize/full,
# get_nowait/put_nowait, timeouts, close() and its errors, an unpicklable item (dropped, its
# place freed), SimpleQueue, JoinableQueue's task_done errors, and generic aliases.
import multiprocessing as mp
import queue
import time


class Refuses:
    def __reduce__(self):
        raise TypeError('refuses to be pickled')


def echo(inq, outq):
    while (item := inq.get()) is not None:
        outq.put(('echo', item))
    outq.put('bye')


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue(maxsize=2)
    q.put('a')
    q.put_nowait('b')
    give_up = time.monotonic() + 30
    while q.empty() and time.monotonic() < give_up:   # the feeder thread writes in the background
        time.sleep(0.01)
    print('qsize', q.qsize(), 'full', q.full(), 'empty', q.empty())
    for put in (lambda: q.put_nowait('c'), lambda: q.put('c', timeout=0.05), lambda: q.put('c', False)):
        try:
            put()
        except queue.Full:
            print('Full')
    print(q.get(), q.get_nowait(), q.qsize(), q.full())
    for get in (q.get_nowait, lambda: q.get(timeout=0.05), lambda: q.get(False), lambda: q.get(True, -1)):
        try:
            get()
        except queue.Empty:
            print('Empty')
    q.put(Refuses())
    q.put('after the unpicklable one')
    print('got', q.get(timeout=10), 'qsize', q.qsize())
    q.close()
    q.join_thread()
    for op in (lambda: q.put(1), q.get):
        try:
            op()
        except ValueError as e:
            print('ValueError', str(e).startswith('Queue <multiprocessing.queues.Queue object at'), str(e).endswith('is closed'))
    try:
        mp.Queue().join_thread()
    except AssertionError:
        print('AssertionError: join_thread before close')

    inq, outq = mp.Queue(), mp.SimpleQueue()
    child = mp.Process(target=echo, args=(inq, outq))
    child.start()
    for item in [1, 'two', (3,), {'four': 4}, None]:
        inq.put(item)
    replies = []
    while (r := outq.get()) != 'bye':
        replies.append(r)
    child.join()
    print(replies, child.exitcode, outq.empty())
    outq.close()

    s = mp.SimpleQueue()
    print('simple', s.empty())
    s.put([1, 2])
    print(s.get(), s.empty())
    j = mp.JoinableQueue()
    j.put('x')
    print(j.get())
    j.task_done()
    j.join()
    try:
        j.task_done()
    except ValueError as e:
        print('ValueError', e)
    from multiprocessing.queues import Queue, SimpleQueue, JoinableQueue
    print(Queue[int], SimpleQueue[str], JoinableQueue[bytes])
