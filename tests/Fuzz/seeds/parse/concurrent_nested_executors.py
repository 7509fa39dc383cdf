# Tasks that submit to another executor and wait on its futures; futures passed between threads.
from concurrent.futures import ThreadPoolExecutor, as_completed

inner = ThreadPoolExecutor(2)

def leaf(x):
    return x * 10

def branch(x):
    futs = [inner.submit(leaf, x + i) for i in range(3)]
    return sorted(f.result() for f in as_completed(futs))

with ThreadPoolExecutor(2) as outer:
    print(list(outer.map(branch, [1, 100])))
inner.shutdown()

def producer(ex):
    return ex.submit(pow, 2, 10)

with ThreadPoolExecutor(2) as ex:
    f = ex.submit(producer, ex)
    print(f.result().result())
