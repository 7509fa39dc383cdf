# break/continue inside finally, and exceptions inside finally
def g1():
    results = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            results.append(i)
            if i == 1:
                break
            continue
    return results
print(g1())
def g2():
    try:
        try:
            raise KeyError("original")
        finally:
            raise ValueError("from finally")
    except Exception as e:
        return type(e).__name__, str(e), type(e.__context__).__name__
print(g2())
def g3():
    for i in range(2):
        try:
            return "returning"
        finally:
            if i == 0:
                continue
    return "loop ended"
print(g3())
def g4():
    count = 0
    while count < 3:
        try:
            count += 1
            if count == 2:
                raise RuntimeError
        except RuntimeError:
            print("caught at", count)
            continue
        finally:
            print("finally", count)
        print("body end", count)
    return count
print(g4())
def g5():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            print("handled inside finally")
print(g5())
