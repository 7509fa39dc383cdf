# multiprocessing.connection: Listener/Client over a Unix socket and over TCP, with and without
# an authkey; a wrong key fails on both sides with AuthenticationError.
import multiprocessing as mp
import os
from multiprocessing.connection import Client, Listener, address_type

def client(address, authkey, tag):
    try:
        with Client(address, authkey=authkey) as c:
            c.send((tag, [1, 2.5, 'three'], {'k': None}))
            reply = c.recv()
            c.send_bytes(b'bytes:' + reply.encode())
    except mp.AuthenticationError as e:
        print('client', tag, 'AuthenticationError', e, flush=True)

def serve_one(listener, tag, key):
    p = mp.Process(target=client, args=(listener.address, key, tag))
    p.start()
    got = []
    try:
        with listener.accept() as c:
            got.append(c.recv())
            c.send('hello ' + tag)
            got.append(c.recv_bytes())
    except mp.AuthenticationError as e:
        got.append('AuthenticationError: %s' % e)
    p.join()
    for g in got:
        print('server got', g)
    print(tag, 'client exit', p.exitcode)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    print(address_type(('localhost', 1)), address_type('/tmp/x'))
    with Listener(authkey=b'secret') as listener:
        print(type(listener.address).__name__, listener.address.startswith('/'))
        serve_one(listener, 'unix', b'secret')
        print('last_accepted', repr(listener.last_accepted))
        path = listener.address
    print('socket file removed', not os.path.exists(path))
    with Listener(('127.0.0.1', 0)) as listener:
        host, port = listener.address
        print('inet', host, port > 0)
        serve_one(listener, 'inet', None)
        print('peer host', listener.last_accepted[0])
    with Listener(family='AF_UNIX', authkey=b'right') as listener:
        serve_one(listener, 'wrongkey', b'wrong')
    listener = Listener()
    listener.close()
    try:
        listener.accept()
    except OSError as e:
        print('OSError', e)
    try:
        Listener(authkey='text')
    except TypeError as e:
        print('TypeError', e)
    try:
        Listener(family='AF_NOPE')
    except ValueError as e:
        print('ValueError', e)
