# The binary layer under text streams: sys.stdout.buffer / sys.stdin.buffer and the
# `buffer` of a text file from open(), detach(), tell() on a console stream.
import os
import sys
import tempfile

# sys.stdout.buffer: bytes after flushed text, a UTF-8 sequence split across two writes.
print("text before bytes", flush=True)
out = sys.stdout.buffer
print(out.mode, out.name, out.fileno(), out is sys.stdout.buffer, out.writable(), out.readable())
sys.stdout.flush()
out.write(b"bytes: caf\xc3")
out.write(b"\xa9 ok\n")
n = out.write(bytearray(b"from a bytearray\n"))
out.flush()
print("wrote", n)
try:
    out.write("not bytes")
except TypeError as e:
    print(type(e).__name__ + ":", e)
r, w = os.pipe()
with open(r, "rb") as pr, open(w, "wb") as pw:
    for op in (pr.tell, pw.tell, lambda: pr.seek(0)):
        try:
            op()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
print(sys.stdin.buffer.mode, sys.stdin.buffer.readable())
print(sys.stderr.buffer.mode, sys.stderr.buffer.name)
sys.stdout.flush()

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    # Writing: text flushed, then bytes, then text again.
    with open(path, "w", encoding="utf-8") as f:
        b = f.buffer
        print(type(b).__name__, b.mode, b.name == path, b is f.buffer)
        f.write("first line\n")
        f.flush()
        b.write("zweite Zeile \u00e4\n".encode("utf-8"))
        b.flush()
        f.write("third line\n")
    print(b.closed, f.closed)
    with open(path, "rb") as raw:
        print(raw.read())

    # Reading through the buffer of a text file.
    with open(path, encoding="utf-8") as f:
        print(type(f.buffer).__name__, f.buffer.mode, f.buffer.readable(), f.buffer.writable())
        print(f.buffer.readline())
        print(f.buffer.read(6))
        print(f.buffer.tell())
        f.buffer.seek(0)
        print(f.buffer.read())

    # Update and append modes.
    for mode in ("w+", "r+", "a", "a+", "x"):
        p = os.path.join(d, "m.txt")
        if mode == "x" and os.path.exists(p):
            os.remove(p)
        with open(p, mode) as f:
            print(mode, type(f.buffer).__name__, f.buffer.mode)

    # Closing the buffer closes the text file.
    f = open(path, encoding="utf-8")
    buf = f.buffer
    buf.close()
    print(f.closed, buf.closed)
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__ + ":", e)

    # detach(): the text file gives up its buffer, which stays open.
    f = open(path, "a", encoding="utf-8")
    b = f.detach()
    print(type(b).__name__, b.mode, b.closed)
    for op in (lambda: f.write("x"), lambda: f.buffer, lambda: f.closed):
        try:
            op()
        except ValueError as e:
            print(type(e).__name__ + ":", e)
    b.write(b"appended\n")
    b.close()
    with open(path, encoding="utf-8") as f:
        print(f.read().splitlines())
