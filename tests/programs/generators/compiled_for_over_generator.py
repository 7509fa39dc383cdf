# for loops over generators in compiled code (a FOR_ITER step for generators without the other
# iterators' tests): values, break and resume by a later loop, for a, b, tracebacks through the loop,
# nested loops, a generator iterating itself. Runs often enough to be compiled.
import traceback

def squares(n):
    for i in range(n):
        yield i * i
    return "ignored"

def pairs(n):
    for i in range(n):
        yield i, -i

def faulty(n):
    for i in range(n):
        yield 10 // (2 - i)

def tb(e):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]

def consume():
    out = []
    for v in squares(5):                # FOR_ITER over a generator, to its end
        out.append(v)
    g = squares(6)
    for v in g:                         # left early, then resumed by another loop
        if v == 4:
            break
    out.append([v for v in g])
    for a, b in pairs(3):               # FOR_ITER + UNPACK_SEQUENCE over a generator
        out.append(a - b)
    try:
        for v in faulty(4):
            out.append(v)
    except ZeroDivisionError as e:
        out.append(tb(e))
    out.append(sum(x for x in squares(4) for y in squares(2)))   # nested generator loops
    def again():
        yield 1
        for v in me:                    # a generator iterating itself: already executing
            yield v
    global me
    me = again()
    try:
        for v in me:
            out.append(v)
    except ValueError as e:
        out.append(str(e))
    out.append(me.gi_frame)
    return out

for _ in range(70):
    results = consume()
print(results)
