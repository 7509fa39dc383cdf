# A Process subclass overriding run(); results come back through a Pipe; exit code by sys.exit.
import multiprocessing as mp
import sys

class Squarer(mp.Process):
    def __init__(self, conn, numbers):
        super().__init__()
        self.conn = conn
        self.numbers = numbers

    def run(self):
        self.conn.send([n * n for n in self.numbers])
        self.conn.close()

class Exiter(mp.Process):
    def run(self):
        sys.exit(7)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    a, b = mp.Pipe()
    p = Squarer(b, [1, 2, 3])
    p.start()
    print(a.recv())
    p.join()
    print(type(p).__name__, p.exitcode, p.name.startswith('Squarer-'))
    e = Exiter()
    e.start()
    e.join()
    print('exit code', e.exitcode)
