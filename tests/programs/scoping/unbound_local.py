# UnboundLocalError and its messages
x = 10
def assign_after_use():
    print(x)
    x = 5
try:
    assign_after_use()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def aug_assign():
    x += 1
try:
    aug_assign()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def conditional(flag):
    if flag:
        y = "set"
    return y
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def deleted():
    z = 1
    del z
    return z
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def loop_never_ran():
    for item in []:
        pass
    return item
try:
    loop_never_ran()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def except_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    except_var()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
print(issubclass(UnboundLocalError, NameError), UnboundLocalError.__mro__[1].__name__)
def caught_as_nameerror():
    try:
        q = q + 1
    except NameError as e:
        return type(e).__name__
print(caught_as_nameerror())
def import_later():
    try:
        return math.pi
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
    import math
print(import_later())
def nested_assign():
    def inner():
        return w
    w = 1
    del w
    try:
        inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nested_assign())
