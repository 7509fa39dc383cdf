# readlines, iteration over a file, writelines, newline handling
import os
name = f"_tmp_readlines_iteration_{os.getpid()}.txt"
lines = ["alpha\n", "beta\n", "\n", "gamma\n", "delta"]
try:
    with open(name, "w", encoding="utf-8") as f:
        f.writelines(lines)
    with open(name, encoding="utf-8") as f:
        print(f.readlines())
    with open(name, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            print(i, repr(line.rstrip("\n")))
    with open(name, encoding="utf-8") as f:
        print([l.strip() for l in f if l.strip()])
    with open(name, encoding="utf-8") as f:
        print(f.readlines(7))
        print(next(f), end="")
        print(list(f))
    with open(name, encoding="utf-8") as f:
        content = f.read()
    print(content.splitlines(), content.count("\n"))
    with open(name, "w", encoding="utf-8", newline="") as f:
        f.write("dos\r\nmac\runix\n")
    with open(name, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(name, encoding="utf-8", newline="") as f:
        print(f.readlines())
    with open(name, "rb") as f:
        print(f.read())
    with open(name, "w", encoding="utf-8") as f:
        for n in range(1, 6):
            f.write(f"{n},{n * n}\n")
    total = 0
    with open(name, encoding="utf-8") as f:
        for row in f:
            a, b = row.split(",")
            total += int(b)
    print("sum of squares:", total)
    with open(name, encoding="utf-8") as f:
        it = iter(f)
        print(it is f, next(it).strip(), f.readline().strip())
finally:
    os.remove(name)
print(os.path.exists(name))
