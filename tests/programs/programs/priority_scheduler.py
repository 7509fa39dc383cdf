# Priority-queue task scheduler with heapq: priorities, FIFO tie-breaking, time slices, dependencies
import heapq
import itertools
class Task:
    def __init__(self, name, priority, work, deps=()):
        self.name, self.priority, self.remaining, self.deps = name, priority, work, set(deps)
    def __repr__(self):
        return f"{self.name}(p{self.priority},{self.remaining})"
class Scheduler:
    def __init__(self, quantum):
        self.quantum = quantum
        self.heap = []
        self.counter = itertools.count()
        self.waiting = []
        self.done = []
        self.clock = 0
        self.timeline = []
    def submit(self, task):
        if task.deps - set(self.done):
            self.waiting.append(task)
        else:
            heapq.heappush(self.heap, (task.priority, next(self.counter), task))
    def release_waiting(self):
        still = []
        for t in self.waiting:
            if t.deps <= set(self.done):
                heapq.heappush(self.heap, (t.priority, next(self.counter), t))
            else:
                still.append(t)
        self.waiting = still
    def run(self):
        while self.heap:
            prio, _, task = heapq.heappop(self.heap)
            ran = min(self.quantum, task.remaining)
            task.remaining -= ran
            self.timeline.append((self.clock, task.name, ran))
            self.clock += ran
            if task.remaining:
                heapq.heappush(self.heap, (prio, next(self.counter), task))
            else:
                self.done.append(task.name)
                self.release_waiting()
        return self.done
s = Scheduler(quantum=3)
for t in [Task("compile", 2, 5), Task("lint", 2, 2), Task("fetch", 1, 4), Task("test", 1, 6, deps=["compile"]),
          Task("deploy", 0, 2, deps=["test", "lint"]), Task("docs", 3, 3)]:
    s.submit(t)
print("waiting:", s.waiting)
order = s.run()
print("completion order:", order)
for start, name, ran in s.timeline:
    print(f"t={start:>2} {name:<8} {'#' * ran}")
print("total time:", s.clock, "unfinished:", s.waiting)
s2 = Scheduler(quantum=10)
s2.submit(Task("a", 1, 1, deps=["missing"]))
s2.submit(Task("b", 1, 1))
print(s2.run(), s2.waiting)
