# while loops with else, break and continue
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while completed, i =", i)
n = 10
while n > 0:
    if n == 7:
        print("break at", n)
        break
    n -= 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("else of never-run loop")
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find("hello", "l"), find("hello", "z"))
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
x = 3
while x:
    x -= 1
    try:
        if x == 1:
            continue
    finally:
        print("finally x =", x)
print("done")
