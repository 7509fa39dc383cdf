# try statements inside loops: retry patterns and per-item error handling
inputs = ["10", "x", "3.5", "-4", "", "7"]
total = 0
errors = []
for s in inputs:
    try:
        total += int(s)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(total)
for e in errors:
    print(e)
def flaky(state):
    state["calls"] += 1
    if state["calls"] < 3:
        raise ConnectionError(f"attempt {state['calls']} failed")
    return "connected"
state = {"calls": 0}
for attempt in range(5):
    try:
        result = flaky(state)
    except ConnectionError as e:
        print("error:", e)
    else:
        print("result:", result, "after", attempt + 1, "attempts")
        break
finally_count = 0
for i in range(4):
    try:
        if i == 3:
            break
    finally:
        finally_count += 1
print("finally ran", finally_count, "times")
results = {}
for key in ["a", "b", "zz", "c"]:
    try:
        results[key] = {"a": 1, "b": 2, "c": 3}[key] * 10
    except KeyError as e:
        results[key] = "missing " + repr(e.args[0])
print(results)
n = 0
while True:
    try:
        n += 1
        if n > 3:
            raise StopIteration
    except StopIteration:
        print("stopped at", n)
        break
