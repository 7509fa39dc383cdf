# Writing and reading a text file in the program's directory, then removing it
import os
name = f"_tmp_text_write_read_{os.getpid()}.txt"
try:
    with open(name, "w", encoding="utf-8") as f:
        print(f.write("first line\n"), f.write("second line\n"))
        f.write("unicode: é 日本 😀\n")
        print("last", "line", sep="-", file=f)
        print(f.closed, f.mode, f.name == name, f.encoding, f.writable(), f.readable())
    print(f.closed)
    with open(name, encoding="utf-8") as f:
        content = f.read()
    print(repr(content), len(content))
    with open(name, "a", encoding="utf-8") as f:
        f.write("appended\n")
    with open(name, "r", encoding="utf-8") as f:
        print(f.readline(), end="")
        print(repr(f.readline()))
        print(f.read(5), "|", f.read())
        print(repr(f.read()), repr(f.readline()))
    print(os.path.getsize(name), len(content.encode("utf-8")) + len("appended\n"))
    with open(name, "w", encoding="utf-8") as f:
        f.write("truncated")
    with open(name, encoding="utf-8") as f:
        print(f.read())
    try:
        with open(name, "x") as f:
            pass
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    try:
        with open(name, encoding="utf-8") as f:
            f.write("nope")
    except OSError as e:
        print(type(e).__name__ + ":", e)
    f = open(name, encoding="utf-8")
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
finally:
    if os.path.exists(name):
        os.remove(name)
print(os.path.exists(name))
