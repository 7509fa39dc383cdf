# heapq's functions take a list (or a list subclass) as the heap, as CPython's _heapq does:
# anything else is a TypeError naming the function, also where the heap would be empty.
import heapq


class MyList(list):
    pass


for f, args in ((heapq.heappush, (None, 1)), (heapq.heappop, (None,)), (heapq.heapreplace, (None, 1)),
                (heapq.heappushpop, ((), 1)), (heapq.heapify, ("ab",)), (heapq.heappop, ((3, 1),)),
                (heapq.heapreplace, ([], 1)), (heapq.heappop, ([],))):
    try:
        print(f.__name__, f(*args))
    except (TypeError, IndexError) as e:
        print(f.__name__, type(e).__name__, e)

h = MyList([5, 1, 4])
heapq.heapify(h)
heapq.heappush(h, 0)
print(type(h).__name__, h, heapq.heappop(h), heapq.heapreplace(h, 9), heapq.heappushpop(h, 2), h)
print(heapq.heappushpop([], 'x'))
