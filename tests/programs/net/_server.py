# Helper: a ThreadingHTTPServer on 127.0.0.1 (port chosen by the OS) serving Handler.
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def start(handler):
    server = ThreadingHTTPServer(('127.0.0.1', 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05},
                              daemon=True)
    thread.start()
    return server, thread, server.server_address[1]


def stop(server, thread):
    server.shutdown()
    server.server_close()
    thread.join()
