# Threads take strict turns using a Condition and a shared turn counter.
import threading

N, ROUNDS = 4, 6
cond = threading.Condition()
turn = [0]
order = []


def body(i):
    for r in range(ROUNDS):
        with cond:
            cond.wait_for(lambda: turn[0] % N == i)
            order.append(i)
            turn[0] += 1
            cond.notify_all()


ts = [threading.Thread(target=body, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order)
print(order == list(range(N)) * ROUNDS)
