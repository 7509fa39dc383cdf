# BaseHTTPRequestHandler seen through a raw socket: status lines, keep-alive, malformed requests.
import socket
from _server import QuietHandler, start, stop

logged = []


class Handler(QuietHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, format, *args):
        logged.append(format % args)

    def do_GET(self):
        body = ('path=%s version=%s' % (self.path, self.request_version)).encode()
        self.send_response(200, 'Fine')
        self.send_header('Content-Length', str(len(body)))
        self.send_header('X-Close', str(self.close_connection))
        self.end_headers()
        self.wfile.write(body)

    def do_BREW(self):
        self.send_error(418)


server, thread, port = start(Handler)


def exchange(raw, reads=1):
    s = socket.create_connection(('127.0.0.1', port), timeout=10)
    s.sendall(raw)
    f = s.makefile('rb')
    out = []
    for _ in range(reads):
        lines = []
        while (line := f.readline()) not in (b'\r\n', b''):
            if not line.startswith((b'Date:', b'Server:')):
                lines.append(line.decode().rstrip())
        length = [int(l.split(':')[1]) for l in lines if l.lower().startswith('content-length')]
        body = f.read(length[0]) if length else f.read()
        out.append((lines, body))
    f.close()
    s.close()
    return out


print(exchange(b'GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nConnection: close\r\n\r\n', reads=2))
print(exchange(b'GET /old HTTP/1.0\r\n\r\n'))
for raw in [b'GET /x HTTP/2.0\r\n\r\n', b'GET /x HTTQ/1.1\r\n\r\n', b'GET\r\n\r\n',
            b'POST /x\r\n\r\n', b'GET /x HTTP/1.1 extra\r\n\r\n', b'BREW /pot HTTP/1.1\r\n\r\n',
            b'DELETE /x HTTP/1.1\r\n\r\n']:
    s = socket.create_connection(('127.0.0.1', port), timeout=10)
    s.sendall(raw)
    data = b''
    while chunk := s.recv(4096):
        data += chunk
    s.close()
    lines = [l for l in data.split(b'\r\n') if not l.startswith((b'Date:', b'Server:'))]
    print(raw.split(b'\r\n')[0], lines[:4], len(data.split(b'\n')))
print(exchange(b'GET /zero\r\n\r\n'))
stop(server, thread)
for entry in logged:
    print(entry)
