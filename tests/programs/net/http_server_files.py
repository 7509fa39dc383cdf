# SimpleHTTPRequestHandler serving a temporary directory: files, listings, redirects, errors.
import http.client
import os
import shutil
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class Handler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, 'sub dir'))
with open(os.path.join(root, 'hello.txt'), 'wb') as f:
    f.write(b'hello world\n')
with open(os.path.join(root, 'page.html'), 'wb') as f:
    f.write(b'<p>page</p>')
with open(os.path.join(root, 'data.bin.gz'), 'wb') as f:
    f.write(b'\x1f\x8b')
with open(os.path.join(root, 'sub dir', 'index.html'), 'wb') as f:
    f.write(b'<h1>index</h1>')
with open(os.path.join(root, 'A&B.txt'), 'wb') as f:
    f.write(b'amp')

server = ThreadingHTTPServer(('127.0.0.1', 0), partial(Handler, directory=root))
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
thread.start()
port = server.server_address[1]


def get(path, method='GET', headers={}):
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
    conn.request(method, path, headers=headers)
    r = conn.getresponse()
    body = r.read()
    conn.close()
    return r, body


for path in ['/hello.txt', '/page.html', '/data.bin.gz', '/sub%20dir/', '/hello.txt?x=1', '/../hello.txt']:
    r, body = get(path)
    print(path, r.status, r.getheader('Content-type'), r.getheader('Content-Length'), body)

r, body = get('/')
print(r.status, r.getheader('Content-type'))
print(body.decode())
r, body = get('/sub%20dir')
print(r.status, r.getheader('Location'), body)
r, body = get('/nope.txt')
print(r.status, r.reason, r.getheader('Connection'), r.getheader('Content-Type'))
print(body.decode())
r, body = get('/hello.txt', 'HEAD')
print(r.status, r.getheader('Content-Length'), body)
r, body = get('/hello.txt', 'POST')
print(r.status, r.reason)
r, body = get('/hello.txt', headers={'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT'})
print(r.status, body)
r, body = get('/hello.txt', headers={'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT'})
print(r.status, body)

server.shutdown()
server.server_close()
thread.join()
shutil.rmtree(root)
