# An echo server and a client in two threads over TCP loopback (port 0, then getsockname).
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuseaddr", server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
server.bind(("127.0.0.1", 0))
server.listen()
host, port = server.getsockname()
print("bound to", host, "port is int:", isinstance(port, int) and port > 0)
print(type(server).__name__, server.family.name, server.type.name, repr(server.family), repr(server.type))

peers = []

def serve(count):
    for _ in range(count):
        conn, addr = server.accept()
        peers.append(addr[0])
        with conn:
            peers.append(("server conn", type(conn), conn.family.name, conn.type.name, conn.gettimeout()))
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())

t = threading.Thread(target=serve, args=(2,))
t.start()

client = socket.create_connection((host, port))
print("client peer is server:", client.getpeername() == (host, port))
print("client local host:", client.getsockname()[0])
for word in [b"hello", b"echo", b"x" * 10]:
    client.sendall(word)
    got = b""
    while len(got) < len(word):
        got += client.recv(1024)
    print(word, "->", got)
big = bytes(range(256)) * 1000
client.sendall(big)
client.shutdown(socket.SHUT_WR)
received = bytearray()
while True:
    chunk = client.recv(65536)
    if not chunk:
        break
    received += chunk
print("big echo ok:", bytes(received) == big.upper(), len(received))
client.close()

with socket.socket() as c2:
    print("connect_ex:", c2.connect_ex((host, port)))
    c2.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    print("keepalive:", c2.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
    print("nodelay default:", c2.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
    c2.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
    print("nodelay:", c2.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
    buf = bytearray(8)
    c2.sendall(b"into")
    n = c2.recv_into(buf)
    while n < 4:
        n += c2.recv_into(memoryview(buf)[n:])
    print("recv_into:", n, bytes(buf))
    c2.shutdown(socket.SHUT_WR)
    print("after shutdown:", c2.recv(10))
print("closed by with:", c2.fileno())
t.join()
server.close()
print("peers:", peers)
