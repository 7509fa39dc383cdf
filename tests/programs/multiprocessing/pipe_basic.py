# Pipe between parent and child: send/recv of objects, send_bytes/recv_bytes, poll, EOFError.
import multiprocessing as mp

def echo(conn):
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        if msg == 'stop':
            break
        conn.send(('echo', msg))
    conn.send_bytes(b'raw bytes')
    conn.close()

def writer(conn):
    for i in range(3):
        conn.send(i * i)
    conn.close()

if __name__ == '__main__':
    mp.set_start_method('spawn')
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    b.close()
    for msg in [1, 'two', [3, {'four': 4}], (5.0, None)]:
        a.send(msg)
        print(a.recv())
    print(a.poll(), a.poll(0.01))
    a.send('stop')
    print(a.recv_bytes())
    try:
        a.recv()
    except EOFError:
        print('EOFError after the child closed')
    p.join()
    print('exitcode', p.exitcode)

    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    p = mp.Process(target=writer, args=(w,))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    p.join()
    print(got)
    try:
        r.send(1)
    except OSError as e:
        print('OSError', e)

    # In-process use of a pipe.
    x, y = mp.Pipe()
    x.send_bytes(b'hello world', 6)
    print(y.recv_bytes())
    x.send_bytes(b'hello world', 0, 5)
    print(y.recv_bytes())
    buf = bytearray(10)
    x.send_bytes(b'abc')
    print(y.recv_bytes_into(buf, 2), buf)
    print(y.poll())
    x.close()
    print(y.poll(), x.closed)
    try:
        y.recv()
    except EOFError:
        print('EOFError')
    try:
        x.send(1)
    except OSError as e:
        print('OSError', e)
    with mp.Pipe()[0] as c:
        print(c.closed)
    print(c.closed)
