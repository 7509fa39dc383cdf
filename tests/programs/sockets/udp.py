# UDP: sendto/recvfrom between two datagram sockets on loopback.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
print(a.type.name, repr(a.type), a.proto)
for msg in [b"one", b"two", b"", b"x" * 1000]:
    sent = a.sendto(msg, b.getsockname())
    data, addr = b.recvfrom(2048)
    print(sent, len(data), data[:10], addr == a.getsockname())
b.sendto(b"reply", 0, a.getsockname())
buf = bytearray(3)
n, addr = a.recvfrom_into(buf)
print("truncated datagram:", n, bytes(buf), addr == b.getsockname())
a.connect(b.getsockname())
a.send(b"connected")
print(b.recv(100))
a.settimeout(0.05)
try:
    a.recvfrom(10)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e)
a.close()
b.close()
