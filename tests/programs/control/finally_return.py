# return/break/continue interacting with finally
def f1():
    try:
        return "try"
    finally:
        print("f1 finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f4())
def f5():
    L = [1]
    try:
        return L
    finally:
        L.append(2)
print(f5())
def f6():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("f6 finally", i)
print(f6())
def f7():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, exception discarded"
print(f7())
def f8():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(f8())
def f9():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f9())
def f10():
    while True:
        try:
            break
        finally:
            print("finally on break")
    return "after loop"
print(f10())
