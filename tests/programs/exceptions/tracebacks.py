# Traceback objects: tb_lineno, tb_next chain, frame names, with_traceback
import sys
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
def catch_and_return():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
err = catch_and_return()
print(err.__traceback__.tb_frame.f_code.co_name, err.__traceback__.tb_lineno, err.__traceback__.tb_next)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        saved_tb = e.__traceback__
        raise RuntimeError("b").with_traceback(saved_tb)
except RuntimeError as e:
    linenos = []
    tb = e.__traceback__
    while tb:
        linenos.append(tb.tb_lineno)
        tb = tb.tb_next
    print("with_traceback lines:", linenos)
e = ValueError("no tb yet")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
e.__traceback__ = None
print(e.__traceback__)
try:
    e.__traceback__ = "bad"
except TypeError as te:
    print(type(te).__name__ + ":", te)
def reraiser():
    try:
        inner()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as ex:
    tb = ex.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
try:
    outer()
except ValueError as ex:
    tb = ex.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_locals)
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
