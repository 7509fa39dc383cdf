# http.client error paths against a raw socket server that sends canned replies.
import http.client
import socket
import threading

REPLIES = [
    b'garbage\r\n\r\n',
    b'HTTP/1.1 abc OK\r\n\r\n',
    b'',
    b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort',
    b'HTTP/2.0 200 OK\r\n\r\n',
    b'HTTP/1.0 200\r\nX-A: 1\r\n  continued\r\n\r\nold style body',
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabc',
    b'HTTP/1.1 204 No Content\r\n\r\n',
]

listener = socket.create_server(('127.0.0.1', 0))
port = listener.getsockname()[1]


def serve():
    for reply in REPLIES:
        c, _ = listener.accept()
        with c:
            f = c.makefile('rb')
            while f.readline() not in (b'\r\n', b''):
                pass
            c.sendall(reply)
            f.close()


t = threading.Thread(target=serve)
t.start()

def attempt(label):
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
    try:
        conn.request('GET', '/')
        r = conn.getresponse()
        print(label, r.status, repr(r.reason), r.version, r.getheader('X-A'), r.read())
    except http.client.HTTPException as e:
        print(label, type(e).__name__, repr(e), isinstance(e, ConnectionError))
    finally:
        conn.close()

for label in ['bad-line', 'bad-status', 'no-reply', 'short', 'http2', 'http10', 'bad-chunk', '204']:
    attempt(label)
t.join()
listener.close()

dead = socket.socket()
dead.bind(('127.0.0.1', 0))
dead_port = dead.getsockname()[1]
dead.close()
try:
    http.client.HTTPConnection('127.0.0.1', dead_port, timeout=10).request('GET', '/')
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno == 111 or e.errno == 61)

for host in ['example.com:http', 'example.com:', '[::1]:8080', 'h:81']:
    try:
        c = http.client.HTTPConnection(host)
        print(host, '->', c.host, c.port)
    except http.client.InvalidURL as e:
        print('InvalidURL:', e)
for method, url in [('GET', '/a b'), ('GE\nT', '/')]:
    c = http.client.HTTPConnection('localhost', 1)
    try:
        c.putrequest(method, url)
    except (http.client.InvalidURL, ValueError) as e:
        print(type(e).__name__ + ':', e)
c._HTTPConnection__state = 'Request-started'
for h, v in [('Bad:Name', 'v'), ('X', 'a\r\nb'), (' X', 'v')]:
    try:
        c.putheader(h, v)
    except ValueError as e:
        print('ValueError:', e)
print(repr(http.client.IncompleteRead(b'ab', 3)), str(http.client.IncompleteRead(b'ab')))
print(repr(http.client.BadStatusLine('')), http.client.LineTooLong('header line'))
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError), http.client.error)
