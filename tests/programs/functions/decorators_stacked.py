# Stacked decorators: application and call order
order = []
def deco(name):
    order.append(f"factory {name}")
    def apply(fn):
        order.append(f"apply {name}")
        def wrapper(*args):
            order.append(f"enter {name}")
            result = fn(*args)
            order.append(f"exit {name}")
            return f"{name}({result})"
        return wrapper
    return apply
@deco("outer")
@deco("middle")
@deco("inner")
def base(x):
    order.append("base")
    return x
print(order)
order.clear()
print(base("v"))
print(order)
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
@italic
@bold
def text2():
    return "hi"
print(text2())
class Registry:
    items = []
    @staticmethod
    def add(fn):
        Registry.items.append(fn.__name__)
        return fn
@Registry.add
@bold
def decorated():
    return "x"
print(Registry.items, decorated())
def expr_decorator():
    return [bold, italic]
@expr_decorator()[1]
def via_expr():
    return "expr"
print(via_expr())
@(lambda f: lambda: f().upper())
def lam():
    return "lambda decorated"
print(lam())
