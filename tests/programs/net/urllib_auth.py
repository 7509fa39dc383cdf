# urllib.request Basic authentication: 401 challenges answered from a password manager.
import base64
import os
import urllib.request
from urllib.error import HTTPError
from _server import QuietHandler, start, stop

for name in list(os.environ):
    if name.lower().endswith('_proxy'):
        del os.environ[name]

seen = []


class Handler(QuietHandler):
    def do_GET(self):
        auth = self.headers.get('Authorization')
        seen.append((self.path, auth))
        expected = 'Basic ' + base64.b64encode(b'alice:s3cret').decode()
        if auth != expected:
            self.send_response(401)
            self.send_header('WWW-Authenticate', 'Basic realm="vault"')
            self.send_header('Content-Length', '6')
            self.end_headers()
            self.wfile.write(b'denied')
            return
        self.send_response(200)
        self.send_header('Content-Length', '4')
        self.end_headers()
        self.wfile.write(b'open')


server, thread, port = start(Handler)
base = 'http://127.0.0.1:%d' % port

try:
    urllib.request.urlopen(base + '/private', timeout=10)
except HTTPError as e:
    print(e, e.headers['WWW-Authenticate'], e.read())

mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password(None, base + '/private', 'alice', 's3cret')
print(mgr.find_user_password('vault', base + '/private/deeper'), mgr.find_user_password('vault', base + '/other'))
opener = urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(mgr))
print(opener.open(base + '/private/x', timeout=10).read())

wrong = urllib.request.HTTPBasicAuthHandler()
wrong.add_password('vault', base, 'alice', 'guess')
try:
    urllib.request.build_opener(wrong).open(base + '/private', timeout=10)
except HTTPError as e:
    print('wrong password:', e.code, e.read())
stop(server, thread)
for path, auth in seen:
    print(path, auth)

plain = urllib.request.HTTPPasswordMgr()
plain.add_password('r', 'example.com', 'u', 'p')
print(plain.find_user_password('r', 'http://example.com/any'), plain.find_user_password('r', 'example.com:80'),
      plain.find_user_password('x', 'example.com'))
print(plain.reduce_uri('http://example.com/a/b'), plain.reduce_uri('example.com:8080', False),
      plain.is_suburi(('h', '/a'), ('h', '/a/b')), plain.is_suburi(('h', '/a'), ('h', '/ab')))
