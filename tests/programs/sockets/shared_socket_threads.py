# One socket used by several threads at once: concurrent sendall on one end, concurrent recv on the
# other, settimeout changes meanwhile; every byte arrives once and the socket state stays sane.
import socket
import threading

a, b = socket.socketpair()
N_THREADS, N_MSGS, SIZE = 4, 200, 100
received = []
lock = threading.Lock()

def writer(i):
    payload = bytes([65 + i]) * SIZE
    for _ in range(N_MSGS):
        a.sendall(payload)

def reader():
    while True:
        data = b.recv(4096)
        if not data:
            return
        with lock:
            received.append(data)

def toggler():
    for k in range(200):
        b.settimeout(None if k % 2 else 30.0)
    b.settimeout(None)

readers = [threading.Thread(target=reader) for _ in range(2)]
writers = [threading.Thread(target=writer, args=(i,)) for i in range(N_THREADS)]
tog = threading.Thread(target=toggler)
for t in readers + writers + [tog]:
    t.start()
for t in writers + [tog]:
    t.join()
a.shutdown(socket.SHUT_WR)
for t in readers:
    t.join()
data = b"".join(received)
print("total:", len(data), len(data) == N_THREADS * N_MSGS * SIZE)
print("per writer:", sorted((chr(c), data.count(bytes([c]))) for c in set(data)))
print("timeout after:", b.gettimeout(), b.getblocking())

# close from one thread while others keep using the socket: they get OSError, never a crash
c, d = socket.socketpair()
errors = []

def user():
    try:
        for _ in range(10000):
            c.send(b"x")
            d.recv(1)
    except OSError as e:
        errors.append(type(e).__name__)

users = [threading.Thread(target=user) for _ in range(2)]
for t in users:
    t.start()
c.close()
for t in users:
    t.join()
print("after close:", c.fileno(), set(errors) <= {"OSError"})
d.close()
