# The RuntimeWarning for a coroutine dropped without being awaited, and when it is not given.
import gc
import warnings


async def job():
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    job()
    c = job()
    del c
    c = job()
    c.close()
    del c
    c = job()
    try:
        c.send(None)
    except StopIteration as e:
        print("ran", e.value)
    del c
    gc.collect()
for w in caught:
    print(w.category.__name__, w.message)
