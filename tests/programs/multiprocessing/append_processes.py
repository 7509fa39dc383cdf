# Processes appending to one file through their own 'a' handles: every line lands whole, none is
# lost or overwritten (O_APPEND, as CPython opens append-mode files).
import multiprocessing as mp, os, sys
N, LINES = 4, 3000
def worker(path, i, barrier):
    with open(path, 'a') as f:
        barrier.wait()
        for j in range(LINES):
            f.write(f"{i} {j} {'x' * 40}\n")
            f.flush()
if __name__ == '__main__':
    path = os.path.join('/tmp', f'pyvm_append_processes_{os.getpid()}.log')
    open(path, 'w').close()
    barrier = mp.Barrier(N)
    ps = [mp.Process(target=worker, args=(path, i, barrier)) for i in range(N)]
    for p in ps: p.start()
    for p in ps: p.join()
    with open(path) as f:
        lines = f.read().splitlines()
    print(len(lines), len(set(lines)), all(l.endswith('x' * 40) and len(l.split()) == 3 for l in lines))
    seen = {}
    for l in lines:
        i, j, _ = l.split()
        seen.setdefault(int(i), []).append(int(j))
    print(sorted(seen), all(v == list(range(LINES)) for v in seen.values()))
    with open(path, 'a') as f:
        print(f.tell() == os.path.getsize(path))
        f.write('end\n')
        print(f.tell() == os.path.getsize(path))
    os.remove(path)
