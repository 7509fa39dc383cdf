# global declarations in nested functions and methods
counter = 0
def outer():
    counter = "outer local"
    def inner():
        global counter
        counter += 1
        return counter
    r = inner()
    return r, counter
print(outer(), counter)
class Tracker:
    def bump(self):
        global counter
        counter += 10
Tracker().bump()
print(counter)
def make_global_fn():
    global generated
    def generated():
        return "generated global function"
make_global_fn()
print(generated())
def reads_then_declares():
    global late
    late = "assigned"
reads_then_declares()
print(late)
def conditional_global(flag):
    global cg
    if flag:
        cg = "set"
conditional_global(False)
print("cg" in globals())
conditional_global(True)
print(cg)
def global_via_dict():
    globals()["dyn"] = "via globals()"
global_via_dict()
print(dyn)
def lambda_global():
    return (lambda: counter)()
print(lambda_global())
for src in ["def f():\n    x = 1\n    global x\n", "def f():\n    print(x)\n    global x\n", "def f(x):\n    global x\n"]:
    try:
        compile(src, "<g>", "exec")
        print("compiled")
    except SyntaxError:
        print("SyntaxError")
def del_global():
    global to_delete
    del to_delete
to_delete = 1
del_global()
print("to_delete" in globals())
