# User queues override the storage hooks _init/_qsize/_put/_get.
import queue
import threading


class DedupQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        self.seen = set()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


q = DedupQueue()
for x in [1, 2, 1, 3, 2, 4]:
    q.put(x)
print(q.qsize(), [q.get() for _ in range(q.qsize())])
print(q.unfinished_tasks)


class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()


s = SortedQueue()
ts = [threading.Thread(target=s.put, args=(v,)) for v in [5, 1, 4, 2, 3]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([s.get() for _ in range(5)])
