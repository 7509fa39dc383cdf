# Misc control flow: conditional imports-free dispatch, loop over dict while deleting copies, pass-through
ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
}
program = [("add", 2, 3), ("mul", 4, 5), ("div", 1, 2), ("sub", 10, 4)]
for name, a, b in program:
    fn = ops.get(name)
    if fn is None:
        print(name, "unknown op")
        continue
    print(name, fn(a, b))
inventory = {"apple": 0, "pear": 3, "plum": 0, "fig": 1}
for k in list(inventory):
    if inventory[k] == 0:
        del inventory[k]
print(inventory)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
grid = ["#..#", "....", "#.##"]
walls = 0
for y, row in enumerate(grid):
    for x, cell in enumerate(row):
        if cell != "#":
            continue
        walls += 1
print("walls", walls)
state = "start"
trace = []
while state != "end":
    trace.append(state)
    if state == "start":
        state = "middle"
    elif state == "middle":
        state = "end" if len(trace) > 2 else "start"
print(trace)
