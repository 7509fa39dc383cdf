# JoinableQueue: task_done/join across processes; SimpleQueue.
import multiprocessing as mp

def worker(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.put(item * 10)
        jq.task_done()

def sq_worker(sq_in, sq_out):
    while True:
        item = sq_in.get()
        if item == 'quit':
            break
        sq_out.put(item[::-1])

if __name__ == '__main__':
    mp.set_start_method('spawn')
    jq = mp.JoinableQueue()
    results = mp.Queue()
    p = mp.Process(target=worker, args=(jq, results))
    p.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print('all tasks done')
    print(sorted(results.get(timeout=60) for _ in range(5)))
    p.join()
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError', e)

    sin, sout = mp.SimpleQueue(), mp.SimpleQueue()
    p = mp.Process(target=sq_worker, args=(sin, sout))
    p.start()
    for word in ['abc', 'hello', (1, 2, 3)]:
        sin.put(word)
        print(sout.get())
    sin.put('quit')
    p.join()
    print(sin.empty(), sout.empty(), p.exitcode)
    sin.close()
    sout.close()
