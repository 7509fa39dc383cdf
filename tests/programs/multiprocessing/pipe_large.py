# Large messages over a Pipe (1 MB each way) and many small ones in a row.
import multiprocessing as mp

def echo_big(conn):
    data = conn.recv_bytes()
    conn.send_bytes(data[::-1])
    obj = conn.recv()
    conn.send(len(obj))
    for i in range(500):
        conn.send(i)
    conn.close()

if __name__ == '__main__':
    mp.set_start_method('spawn')
    a, b = mp.Pipe()
    p = mp.Process(target=echo_big, args=(b,))
    p.start()
    b.close()
    blob = bytes(range(256)) * 4096
    a.send_bytes(blob)
    back = a.recv_bytes()
    print(len(back), back == blob[::-1])
    a.send(list(range(100000)))
    print(a.recv())
    print(sum(a.recv() for _ in range(500)))
    p.join()
    print(p.exitcode)
