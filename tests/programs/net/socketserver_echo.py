# socketserver: a threading TCP line-echo server and a UDP server answering one request.
import socket
import socketserver
import threading


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b'bye':
                self.wfile.write(b'ciao\n')
                break
            self.wfile.write(line.upper())


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper() + b'!')


with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo) as server:
    print(server.socket_type == socket.SOCK_STREAM, server.daemon_threads, server.block_on_close)
    t = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    t.start()
    port = server.server_address[1]
    clients = [socket.create_connection(('127.0.0.1', port), timeout=10) for _ in range(3)]
    files = [c.makefile('rwb') for c in clients]
    for i, f in enumerate(files):
        f.write(b'hello %d\n' % i)
        f.flush()
    for f in reversed(files):
        print(f.readline())
    for f, c in zip(files, clients):
        f.write(b'bye\n')
        f.flush()
        print(f.readline(), f.readline())
        f.close()
        c.close()
    server.shutdown()
    t.join()

with socketserver.UDPServer(('127.0.0.1', 0), Upper) as udp:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.settimeout(10)
    c.sendto(b'datagram', udp.server_address)
    udp.handle_request()
    print(c.recvfrom(100)[0])
    c.close()


class Failing(socketserver.BaseRequestHandler):
    def handle(self):
        raise RuntimeError('handler failed')


class Quiet(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        import sys
        print('handle_error:', sys.exception())


with Quiet(('127.0.0.1', 0), Failing) as s:
    c = socket.create_connection(s.server_address, timeout=10)
    s.handle_request()
    print(c.recv(10))
    c.close()
