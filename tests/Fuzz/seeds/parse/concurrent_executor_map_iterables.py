# Executor.map over several iterables (shortest wins), generators, lazy consumption, order.
from concurrent.futures import ThreadPoolExecutor
import time

def slow_identity(x):
    time.sleep(0.002 * (5 - x % 5))
    return x

with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(slow_identity, range(15))))
    print(list(ex.map(lambda a, b, c: a + b + c, [1, 2, 3], (10, 20), range(100, 200))))
    print(list(ex.map(str.upper, (w for w in ['a', 'b', 'c']))))
    it = ex.map(abs, [-1, -2, -3])
    print(next(it), next(it), next(it))
    try:
        next(it)
    except StopIteration:
        print('StopIteration')
    print(list(ex.map(len, [])))
    results = ex.map(divmod, [7, 8, 9], [2, 3, 4], timeout=30)
    print(list(results))
