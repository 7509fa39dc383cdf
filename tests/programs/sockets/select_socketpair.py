# select.select and select.poll on a socketpair, a pipe and a file; select.epoll.
import os
import select
import socket
import tempfile

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0))
r, w, x = select.select([a, b], [a, b], [a, b], 0)
print(len(r), len(w) == 2, x)
a.send(b"data")
r, w, x = select.select([a, b], [], [], 1.0)
print("readable:", [s is b for s in r])
print(b.recv(10))
print("by fd:", select.select([b.fileno()], [], [], 0.01))
b.close()
r, _, _ = select.select([a], [], [], 1.0)
print("peer closed -> readable:", r == [a], a.recv(10))
a.close()
try:
    select.select([a], [], [], 0)
except ValueError as e:
    print("ValueError:", e)
try:
    select.select([object()], [], [])
except TypeError as e:
    print("TypeError:", e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print("ValueError:", e)
print("empty with timeout:", select.select([], [], [], 0.01))

rfd, wfd = os.pipe()
print("pipe:", select.select([rfd], [wfd], [], 0) == ([], [wfd], []))
os.write(wfd, b"x")
print("pipe readable:", select.select([rfd], [], [], 1) == ([rfd], [], []))
os.close(rfd)
os.close(wfd)

with tempfile.TemporaryFile() as f:
    print("file:", select.select([f], [f], [], 0) == ([f], [f], []))

c, d = socket.socketpair()
p = select.poll()
p.register(c, select.POLLIN)
p.register(d.fileno())
print("poll idle:", p.poll(0) == [(d.fileno(), select.POLLOUT)])
c.sendall(b"x")
p.modify(d, select.POLLIN)
print("poll:", p.poll(1000) == [(d.fileno(), select.POLLIN)])
d.recv(1)
print("poll timeout:", p.poll(10))
p.unregister(c)
try:
    p.unregister(c)
except KeyError as e:
    print("KeyError:", e.args[0] == c.fileno())
try:
    p.modify(c, select.POLLIN)
except OSError as e:
    print("modify unregistered:", type(e).__name__, e.errno)
c.close()
print("hang-up:", [(fd == d.fileno(), bool(ev & select.POLLIN), bool(ev & select.POLLHUP)) for fd, ev in p.poll(1000)])
d.close()

e1, e2 = socket.socketpair()
with select.epoll() as ep:
    print("epoll:", type(ep).__name__, ep.closed, ep.fileno() >= 0)
    ep.register(e1, select.EPOLLIN)
    ep.register(e2.fileno(), select.EPOLLOUT)
    print(ep.poll(0) == [(e2.fileno(), select.EPOLLOUT)])
    ep.modify(e2, select.EPOLLIN)
    e2.send(b"q")
    print(ep.poll(1) == [(e1.fileno(), select.EPOLLIN)])
    print("epoll timeout:", (e1.recv(5), ep.poll(0.01)))
    ep.unregister(e1)
    try:
        ep.register(e2, select.EPOLLIN)
    except FileExistsError as e:
        print("FileExistsError:", e.errno)
    try:
        ep.unregister(e1)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno)
print("closed:", ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print("ValueError:", e)
e1.close()
e2.close()
print(select.error is OSError, select.POLLIN, select.POLLOUT, select.EPOLLIN, select.EPOLLET)
