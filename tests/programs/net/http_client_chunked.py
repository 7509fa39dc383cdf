# Chunked transfer coding both ways: a generator request body, a chunked response read in
# pieces, by line, by iteration and with readinto.
import http.client
from _server import QuietHandler, start, stop


def read_chunked_body(rfile):
    data = b''
    while True:
        size = int(rfile.readline().split(b';')[0], 16)
        if size == 0:
            while rfile.readline() not in (b'\r\n', b''):
                pass
            return data
        data += rfile.read(size)
        rfile.readline()


class Handler(QuietHandler):
    protocol_version = 'HTTP/1.1'

    def do_PUT(self):
        te = self.headers.get('Transfer-Encoding')
        body = read_chunked_body(self.rfile) if te == 'chunked' else self.rfile.read(int(self.headers['Content-Length']))
        self.send_response(200)
        self.send_header('Transfer-Encoding', 'chunked')
        self.end_headers()
        for piece in [b'te=' + str(te).encode() + b'\n', b'len=%d\n' % len(body), body + b'\n', b'tail']:
            self.wfile.write(b'%x;ext=1\r\n%s\r\n' % (len(piece), piece))
        self.wfile.write(b'0\r\nX-Trailer: t\r\n\r\n')


server, thread, port = start(Handler)
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)


def gen():
    yield b'alpha,'
    yield b''
    yield b'beta'

conn.request('PUT', '/', body=gen())
r = conn.getresponse()
print(r.status, r.chunked, r.length, r.getheader('Transfer-Encoding'))
print(r.read(2), r.read(5), r.readline(), r.read1(3), r.read())
print(r.isclosed())

conn.request('PUT', '/', body=b'fixed body')
r = conn.getresponse()
print(list(r))

conn.request('PUT', '/', body=[b'x' * 5, b'y' * 3], encode_chunked=True,
             headers={'Transfer-Encoding': 'chunked'})
r = conn.getresponse()
buf = bytearray(7)
parts = []
while (n := r.readinto(buf)):
    parts.append(bytes(buf[:n]))
print(parts)

import io
conn.request('PUT', '/', body=io.BytesIO(b'from a file'))
r = conn.getresponse()
print(r.read().split(b'\n'))
conn.request('PUT', '/', body='text body')
print(conn.getresponse().read().split(b'\n')[:2])
try:
    conn.request('PUT', '/', body='caf\u00e9 \u20ac')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e.reason)
conn.close()
stop(server, thread)
