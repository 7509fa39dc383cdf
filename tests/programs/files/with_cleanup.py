# with-statement closing files on exceptions; multiple files; os helpers; cleanup with os.remove
import os
tag = str(os.getpid())
names = [f"_tmp_with_cleanup_a_{tag}.txt", f"_tmp_with_cleanup_b_{tag}.txt"]
try:
    try:
        with open(names[0], "w", encoding="utf-8") as fa:
            fa.write("partial")
            raise RuntimeError("failure inside with")
    except RuntimeError as e:
        print("caught:", e, "| closed:", fa.closed)
    with open(names[0], encoding="utf-8") as fa:
        print("content survived:", fa.read())
    with open(names[0], encoding="utf-8") as src, open(names[1], "w", encoding="utf-8") as dst:
        for ch in src.read():
            dst.write(ch.upper())
    print(src.closed, dst.closed)
    with open(names[1], encoding="utf-8") as f:
        print(f.read())
    print(sorted(n.replace(tag, "PID") for n in os.listdir(".") if n.startswith("_tmp_with_cleanup") and tag in n))
    os.rename(names[1], names[1] + ".renamed")
    print(os.path.exists(names[1]), os.path.exists(names[1] + ".renamed"))
    os.remove(names[1] + ".renamed")
    try:
        open("_tmp_definitely_missing_file.txt", encoding="utf-8")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename)
    try:
        os.remove("_tmp_definitely_missing_file.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    try:
        open(names[0], "q")
    except ValueError as e:
        print(type(e).__name__ + ":", e)
    try:
        open(names[0], "rw")
    except ValueError as e:
        print(type(e).__name__ + ":", e)
    f = open(names[0], encoding="utf-8")
    print(f.read(3))
    f.close()
    f.close()
    print("double close is fine", f.closed)
    dirname = f"_tmp_with_cleanup_dir_{tag}"
    os.mkdir(dirname)
    path = os.path.join(dirname, "inner.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("in a subdirectory")
    print(os.listdir(dirname), os.path.isdir(dirname))
    os.remove(path)
    os.rmdir(dirname)
    print(os.path.exists(dirname))
finally:
    for n in names + [names[1] + ".renamed"]:
        if os.path.exists(n):
            os.remove(n)
print([n for n in os.listdir(".") if n.startswith("_tmp") and tag in n])
