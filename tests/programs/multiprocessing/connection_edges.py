# Connection edge cases: poll() with no timeout, 0 and None; send_bytes offset/size and their
# errors; recv_bytes maxlength; recv_bytes_into offset and BufferTooShort; one-way pipes' errors;
# EOF and closed handles; connection.wait; an unpicklable object.
import multiprocessing as mp
from multiprocessing import connection

def echo(c):
    while True:
        try:
            x = c.recv()
        except EOFError:
            break
        c.send(x)
    c.close()

if __name__ == '__main__':
    a, b = mp.Pipe()
    print(a.poll(), a.poll(0), a.poll(0.01))
    b.send(1)
    print(a.poll(None), a.poll(), a.recv(), a.poll(0))
    b.send_bytes(b'hello world', 6)
    print(a.recv_bytes())
    b.send_bytes(b'hello world', 0, 5)
    buf = bytearray(10)
    print(a.recv_bytes_into(buf), buf)
    b.send_bytes(b'abc')
    buf = bytearray(10)
    print(a.recv_bytes_into(buf, 3), buf)
    b.send_bytes(b'abcdef')
    try:
        a.recv_bytes(3)
    except OSError as e:
        print(type(e).__name__, e)
    for args in [(b'abc', -1), (b'abc', 4), (b'abc', 1, 5), (b'abc', 0, -1)]:
        try:
            b.send_bytes(*args)
        except ValueError as e:
            print('ValueError', e)
    a, b = mp.Pipe()
    b.send_bytes(b'xyz')
    try:
        a.recv_bytes_into(bytearray(2))
    except connection.BufferTooShort as e:
        print('BufferTooShort', e.args[0])
    print(a.readable, a.writable, a.closed, a.fileno() >= 0)
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        w.recv()
    except OSError as e:
        print(type(e).__name__, e)
    w.close()
    print(r.poll(0))
    try:
        r.recv()
    except EOFError as e:
        print('EOFError', repr(e))
    r.close()
    for f in (r.recv, r.poll, lambda: r.send(1), r.fileno):
        try:
            f()
        except OSError as e:
            print(type(e).__name__, e)
    r.close()
    print(r.closed)
    c1, c2 = mp.Pipe()
    p = mp.get_context('spawn').Process(target=echo, args=(c2,)); p.start()
    c2.close()
    c1.send([1, 'two', None])
    print(c1.poll(30), c1.recv())
    ready = connection.wait([c1], timeout=0.01)
    print(ready)
    c1.send('x')
    print(connection.wait([c1], timeout=30) == [c1], c1.recv())
    c1.close(); p.join(); print(p.exitcode)
    with mp.Pipe()[0] as cc:
        pass
    print(cc.closed)
    try:
        a.send(lambda: 0)
    except Exception as e:
        print(type(e).__name__)
