# Exceptions inside loops: continue after errors, break from handlers, accumulate errors
records = ["1,2", "3,x", "", "4,5,6", "7,8"]
parsed, problems = [], []
for lineno, rec in enumerate(records, 1):
    try:
        a, b = rec.split(",")
        parsed.append(int(a) + int(b))
    except ValueError as e:
        problems.append((lineno, str(e)))
        continue
    finally:
        pass
print(parsed)
for p in problems:
    print(p)
def first_valid(values):
    for v in values:
        try:
            result = 100 / v
        except (ZeroDivisionError, TypeError):
            continue
        else:
            return v, result
    return None
print(first_valid([0, "a", None, 4, 5]), first_valid([0]))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise TimeoutError(f"attempt {attempts}")
        print("succeeded on attempt", attempts)
        break
    except TimeoutError as e:
        print("retrying after", e)
total_finally = 0
for i in range(5):
    try:
        try:
            if i % 2:
                raise ValueError(i)
        finally:
            total_finally += 1
    except ValueError:
        pass
print("inner finally ran", total_finally, "times")
i = 0
while i < 10:
    try:
        i += 1
        if i == 4:
            break
    except Exception:
        pass
    else:
        continue
print("stopped at", i)
errors = {}
for key in ["a", "b", "c"]:
    for divisor in [1, 0]:
        try:
            errors.setdefault(key, []).append(len(key) // divisor)
        except ZeroDivisionError as e:
            errors[key].append(type(e).__name__)
print(errors)
