# urllib.request against a local http.server: urlopen, Request, redirects, HTTPError, data:, file:.
import os
import urllib.request
from urllib.error import HTTPError, URLError
from _server import QuietHandler, start, stop

for name in list(os.environ):
    if name.lower().endswith('_proxy'):
        del os.environ[name]


class Handler(QuietHandler):
    def do_GET(self):
        if self.path == '/old':
            self.send_response(302)
            self.send_header('Location', '/new?from=old')
            self.end_headers()
            return
        if self.path == '/missing':
            self.send_error(404, 'Nothing here', 'Try another path')
            return
        if self.path == '/teapot':
            body = b'short and stout'
            self.send_response(418)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        body = ('%s %s ua=%s x=%s conn=%s' % (self.command, self.path, self.headers['User-Agent'][:14],
                                              self.headers['X-Custom'], self.headers['Connection'])).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        body = b'%s %s %s' % (self.command.encode(), data, self.headers['Content-Type'].encode())
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST


server, thread, port = start(Handler)
base = 'http://127.0.0.1:%d' % port

with urllib.request.urlopen(base + '/plain', timeout=10) as r:
    print(r.status, r.reason, r.getcode(), r.url == base + '/plain', r.headers['Content-Type'])
    print(r.read())

req = urllib.request.Request(base + '/hdr#frag', headers={'x-custom': 'v1'})
print(req.get_method(), req.type, req.host == '127.0.0.1:%d' % port, req.selector, req.fragment)
print(req.header_items(), req.has_header('X-custom'))
print(urllib.request.urlopen(req, timeout=10).read())

r = urllib.request.urlopen(base + '/form', data=b'a=1&b=2', timeout=10)
print(r.read())
req = urllib.request.Request(base + '/put', data=b'{"k": 1}', method='PUT',
                             headers={'Content-Type': 'application/json'})
print(req.get_method(), urllib.request.urlopen(req, timeout=10).read())

r = urllib.request.urlopen(base + '/old', timeout=10)
print(r.status, r.url == base + '/new?from=old', r.read())

for path in ['/missing', '/teapot']:
    try:
        urllib.request.urlopen(base + path, timeout=10)
    except HTTPError as e:
        body = e.read()
        print(e, '|', e.code, e.reason, e.headers.get('Content-Type'), isinstance(e, URLError))
        print(body.decode().splitlines()[-5:-3] if b'<' in body else body)

opener = urllib.request.build_opener()
opener.addheaders = [('User-agent', 'custom-agent/1.0')]
print(opener.open(base + '/agent', timeout=10).read())
stop(server, thread)

with urllib.request.urlopen('data:text/plain;charset=utf-8,caf%C3%A9%20ok') as r:
    print(r.read().decode(), r.info().get_content_type(), r.headers['Content-length'])
print(urllib.request.urlopen('data:;base64,aGVsbG8=').read(), urllib.request.urlopen('data:,x').info()['Content-type'])

path = os.path.abspath('_tmp_urllib_%d.txt' % os.getpid())
with open(path, 'w') as f:
    f.write('file contents\n')
try:
    r = urllib.request.urlopen('file://' + urllib.request.pathname2url(path))
    print(r.read(), r.info()['Content-type'], r.info()['Content-length'], r.geturl() == 'file://' + path)
    r.close()
finally:
    os.remove(path)
for url in ['file:///no/such/file', 'gopher://x/', 'nourl']:
    try:
        urllib.request.urlopen(url)
    except URLError as e:
        print('URLError:', e.reason)
    except ValueError as e:
        print('ValueError:', e)
