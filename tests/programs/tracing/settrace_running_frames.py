# Frames already running when settrace/setprofile starts: no 'call'; a frame whose f_trace is set
# reports its next lines and return; a profile function sees the running frame's return.
import sys
log = []
def tracer(frame, event, arg):
    log.append(('T', frame.f_code.co_name, event, arg if event != 'exception' else arg[0].__name__))
    return tracer
def prof(frame, event, arg):
    log.append(('P', frame.f_code.co_name, event, getattr(arg, '__name__', arg)))

def inner_settrace():
    sys.settrace(tracer)
    x = 1
    return 'r1'
def outer():
    inner_settrace()
    y = 2
    return 'r2'
outer()
sys.settrace(None)
print(log); log.clear()

def inner_f_trace():
    f = sys._getframe()
    f.f_trace = tracer
    f.f_back.f_trace = tracer
    sys.settrace(tracer)
    x = 1
    return 'r3'
def outer2():
    inner_f_trace()
    y = 2
    return 'r4'
outer2()
sys.settrace(None)
print(log); log.clear()

def inner_prof():
    sys.setprofile(prof)
    x = 1
    return 'r5'
def outer3():
    inner_prof()
    len([])
    return 'r6'
outer3()
sys.setprofile(None)
print(log); log.clear()

