# Two threads take turns through a pair of events.
import threading

ping, pong = threading.Event(), threading.Event()
log = []


def player(name, mine, other, rounds):
    for i in range(rounds):
        mine.wait()
        mine.clear()
        log.append(f"{name}{i}")
        other.set()


a = threading.Thread(target=player, args=("A", ping, pong, 5))
b = threading.Thread(target=player, args=("B", pong, ping, 5))
a.start()
b.start()
ping.set()
a.join()
b.join()
print(" ".join(log))
