# A selectors echo loop with non-blocking sockets: one server socket, several clients, all in one thread.
import selectors
import socket

print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.DefaultSelector.__name__)
key = selectors.SelectorKey("f", 3, selectors.EVENT_READ, None)
print(key, key.fd)


def run(selector_class):
    sel = selector_class()
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.setblocking(False)
    sel.register(server, selectors.EVENT_READ, "accept")
    address = server.getsockname()
    messages = [b"alpha", b"beta", b"gamma"]
    clients = []
    for m in messages:
        c = socket.socket()
        c.setblocking(False)
        err = c.connect_ex(address)
        clients.append((c, m))
    replies = {}
    pending = {}
    for c, m in clients:
        sel.register(c, selectors.EVENT_WRITE, ("client", m))
    rounds = 0
    # until every client has its reply and every server-side connection has seen its client leave
    while (len(replies) < len(messages) or len(sel.get_map()) > 1) and rounds < 1000:
        rounds += 1
        for key, events in sel.select(timeout=2):
            kind = key.data if isinstance(key.data, str) else key.data[0]
            if kind == "accept":
                conn, _ = key.fileobj.accept()
                conn.setblocking(False)
                sel.register(conn, selectors.EVENT_READ, "echo")
            elif kind == "echo":
                data = key.fileobj.recv(1024)
                if data:
                    key.fileobj.sendall(data.upper())
                else:
                    sel.unregister(key.fileobj)
                    key.fileobj.close()
            elif events & selectors.EVENT_WRITE:
                key.fileobj.sendall(key.data[1])
                sel.modify(key.fileobj, selectors.EVENT_READ, key.data)
            else:
                data = key.fileobj.recv(1024)
                replies[key.data[1]] = data
                sel.unregister(key.fileobj)
                key.fileobj.close()
    print(selector_class.__name__, sorted(replies.items()))
    print("registered:", len(sel.get_map()), [k.data for k in sel.get_map().values()], rounds < 1000)
    try:
        sel.get_key(clients[0][0])
    except ValueError as e:
        print("closed and unregistered:", e)
    try:
        sel.get_key(12345)
    except KeyError as e:
        print("KeyError:", e)
    try:
        sel.register(server, selectors.EVENT_READ)
    except KeyError:
        print("KeyError: already registered")
    try:
        sel.register(socket.socket(), 0)
    except ValueError as e:
        print("ValueError:", e)
    print("get_key data:", sel.get_key(server).data, sel.get_map()[server].events)
    print("no events:", sel.select(timeout=0.01))
    sel.unregister(server)
    server.close()
    sel.close()


for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector, selectors.DefaultSelector):
    run(cls)

with selectors.DefaultSelector() as sel:
    a, b = socket.socketpair()
    sel.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 1)
    b.send(b"x")
    [(k, ev)] = sel.select()
    print("both:", ev == selectors.EVENT_READ | selectors.EVENT_WRITE, k.data)
    k2 = sel.modify(a, selectors.EVENT_READ, 2)
    print("modified:", k2.events, k2.data, sel.get_key(a).data)
    a.close()
    b.close()
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector))
