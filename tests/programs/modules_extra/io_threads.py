# One file object and one StringIO shared by threads: every write arrives intact
import io
import os
import threading

name = f"_tmp_io_threads_{os.getpid()}.txt"
buf = io.StringIO()
try:
    with open(name, "w", encoding="utf-8") as f:
        def writer(k):
            for i in range(300):
                f.write(f"thread{k}-line{i:03d}\n")
                buf.write(f"{k}:{i};")
        threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    with open(name, encoding="utf-8") as f:
        lines = f.read().splitlines()
    print(len(lines), len(set(lines)), all(l.startswith("thread") and len(l) == len("thread0-line000") for l in lines))
    parts = [p for p in buf.getvalue().split(";") if p]
    print(len(parts), len(set(parts)))
    with open(name, "rb") as f:
        chunks = []
        lock = threading.Lock()
        def reader():
            while True:
                data = f.read(7)
                if not data:
                    break
                with lock:
                    chunks.append(data)
        threads = [threading.Thread(target=reader) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    print(sum(len(c) for c in chunks) == os.path.getsize(name))
finally:
    os.remove(name)
print(os.path.exists(name))
