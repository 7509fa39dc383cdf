# GeneratorExit on garbage collection and close; interactions with finally/with
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("  close", self.name, "due to", et.__name__ if et else None)
        return False
def reader(name):
    with Resource(name):
        for i in range(10):
            yield i
r = reader("file1")
print(next(r), next(r))
r.close()
print("explicitly closed")
def drop():
    r2 = reader("file2")
    next(r2)
    print("  dropping reference")
drop()
print("after drop (refcount closed the generator)")
r3 = reader("file3")
next(r3)
r3 = None
print("after rebinding")
def exit_is_base():
    try:
        yield
    except Exception:
        print("  never: GeneratorExit is not an Exception")
    except BaseException as e:
        print("  caught", type(e).__name__)
        raise
e = exit_is_base()
next(e)
e.close()
def fully_consumed():
    try:
        yield 1
    finally:
        print("  finally after natural end")
print(list(fully_consumed()))
def loop_break():
    try:
        for i in range(100):
            yield i
    finally:
        print("  loop_break finalized")
for v in loop_break():
    if v == 2:
        break
print("after for-break with temporary generator")
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
