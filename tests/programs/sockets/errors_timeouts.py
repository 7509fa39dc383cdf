# Timeouts, blocking modes, errors with errno/strerror, closed sockets, reprs, resolver shapes.
import errno
import socket

print(socket.timeout is TimeoutError, socket.error is OSError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError), socket.gaierror.__module__)

a, b = socket.socketpair()
print("default timeout:", a.gettimeout(), a.getblocking(), socket.getdefaulttimeout())
a.settimeout(0.05)
print("timeout set:", a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except socket.timeout as e:
    print("recv timed out:", type(e).__name__, e.args, e.errno)
a.setblocking(False)
print("non-blocking:", a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print("BlockingIOError:", e.errno == errno.EAGAIN, e.strerror)
a.setblocking(True)
print("blocking again:", a.gettimeout(), a.getblocking())
try:
    a.settimeout(-1)
except ValueError as e:
    print("ValueError:", e)
b.close()
try:
    a.send(b"x" * 10)
    a.send(b"x" * 10)
except (BrokenPipeError, ConnectionResetError) as e:
    print("peer gone:", type(e).__name__, e.errno in (errno.EPIPE, errno.ECONNRESET))
a.close()

# connection refused: bind a port, close it, connect to it
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused:", e.errno == errno.ECONNREFUSED, e.strerror, e)
print("connect_ex:", c.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)
c.close()
try:
    socket.create_connection(("127.0.0.1", port))
except OSError as e:
    print("create_connection:", type(e).__name__)

# a closed socket
d = socket.socket()
d.close()
print(repr(d))
for op, args in [("recv", (1,)), ("send", (b"x",)), ("getsockname", ()), ("listen", ()), ("bind", (("127.0.0.1", 0),))]:
    try:
        getattr(d, op)(*args)
    except OSError as e:
        print(op, "->", type(e).__name__, e)
d.close()
print("fileno of closed:", d.fileno())

# reprs with the fd hidden
e = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(repr(e).replace("fd=%d" % e.fileno(), "fd=N"))
e.bind(("127.0.0.1", 0))
print(repr(e).replace("fd=%d" % e.fileno(), "fd=N").replace(str(e.getsockname()[1]), "P"))
e.close()
print(type(e), type(e).__mro__)

# address errors
f = socket.socket()
for bad in ["127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000), (1, 80)]:
    try:
        f.bind(bad)
    except (TypeError, OverflowError) as ex:
        print(type(ex).__name__, ex)
f.close()

# resolver
info = socket.getaddrinfo("localhost", 80, type=socket.SOCK_STREAM, family=socket.AF_INET)
print(info)
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("::1", 8080, socket.AF_INET6, socket.SOCK_STREAM))
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror:", e.errno == socket.EAI_NONAME, e)
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(isinstance(socket.gethostname(), str), isinstance(socket.getfqdn(), str))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))

# address conversions and byte order
print(socket.inet_aton("127.0.0.1"), socket.inet_aton("10.1"), socket.inet_ntoa(b"\xc0\xa8\x00\x01"))
print(socket.inet_pton(socket.AF_INET, "1.2.3.4"), socket.inet_ntop(socket.AF_INET, b"\x01\x02\x03\x04"))
print(socket.inet_pton(socket.AF_INET6, "fe80::1"), socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "2001:db8::ff00:42:8329")))
for bad in ["1.2.3.4.5", "x"]:
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print("inet_aton:", e)
try:
    socket.inet_ntop(socket.AF_INET, b"\x01")
except ValueError as e:
    print("inet_ntop:", e)
print(socket.htons(0x1234) == 0x3412, socket.ntohs(0x3412), socket.htonl(1), socket.ntohl(0x01000000))
try:
    socket.htons(70000)
except OverflowError as e:
    print("htons:", e)
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET6), repr(socket.SOCK_DGRAM), socket.AddressFamily(1).name, socket.SocketKind(2).name)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SHUT_RDWR)
print(socket.has_ipv6, socket.SOMAXCONN > 0)
print(socket.getservbyname("http", "tcp"), socket.getservbyport(80), socket.getprotobyname("tcp"), socket.getprotobyname("udp"))
try:
    socket.getservbyname("no-such-service")
except OSError as e:
    print("getservbyname:", e)
