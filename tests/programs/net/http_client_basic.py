# http.client against a local http.server: GET, POST bodies, headers, HEAD, keep-alive.
import http.client
from _server import QuietHandler, start, stop


class Handler(QuietHandler):
    protocol_version = 'HTTP/1.1'

    def reply(self, body, status=200, extra=()):
        self.send_response(status)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def do_GET(self):
        text = '%s %s agent=%s x=%s' % (self.command, self.path,
                                        self.headers.get('User-Agent'), self.headers.get_all('X-Test'))
        self.reply(text.encode(), extra=[('Set-Cookie', 'a=1'), ('Set-Cookie', 'b=2')])

    do_HEAD = do_GET

    def do_POST(self):
        n = int(self.headers['Content-Length'])
        data = self.rfile.read(n)
        self.reply(b'got ' + data + b' as ' + self.headers['Content-Type'].encode(), status=201)


server, thread, port = start(Handler)
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
conn.request('GET', '/path?q=1', headers={'User-Agent': 't/1', 'X-Test': 'yes'})
r = conn.getresponse()
print(r.status, r.reason, r.version, r.closed)
print(r.getheader('content-type'), r.getheader('Set-Cookie'), r.getheader('missing', 'none'))
print([k for k, v in r.getheaders()])
print(r.read())
print(r.isclosed(), r.read())
first_sock = conn.sock

conn.request('POST', '/submit', body='a=1&b=2', headers={'Content-Type': 'application/x-www-form-urlencoded'})
r = conn.getresponse()
print(r.status, r.reason, r.read(4), r.read(3), r.read())
print('same connection:', conn.sock is first_sock)

conn.request('HEAD', '/h')
r = conn.getresponse()
print(r.status, r.getheader('Content-Length'), r.read())

conn.putrequest('GET', '/manual')
conn.putheader('X-Test', 'one', 'two')
conn.putheader('X-Test', 3)
conn.endheaders()
r = conn.getresponse()
print(r.read().decode())
try:
    conn.getresponse()
except http.client.ResponseNotReady as e:
    print('ResponseNotReady:', e)
conn.putrequest('GET', '/')
try:
    conn.putrequest('GET', '/')
except http.client.CannotSendRequest as e:
    print('CannotSendRequest:', e)
conn.close()
try:
    conn.putheader('X', 'y')
except http.client.CannotSendHeader as e:
    print('CannotSendHeader:', repr(e))
stop(server, thread)
print(http.client.responses[404], http.client.NOT_FOUND, http.client.HTTP_PORT)
