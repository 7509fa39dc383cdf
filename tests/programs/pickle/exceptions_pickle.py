# Exceptions pickle by (type, args[, __dict__]) and come back equal in type, args and attributes.
import pickle

class AppError(Exception):
    pass

class CodeError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg

for exc in [ValueError('bad value'), KeyError('k'), ZeroDivisionError('division by zero'),
            AppError('x', 1), CodeError(404, 'not found'), StopIteration(5), OSError(99, 'custom errno')]:
    out = pickle.loads(pickle.dumps(exc))
    print(type(out).__name__, out.args, str(out))

e = AppError('with attrs')
e.detail = {'line': 3}
out = pickle.loads(pickle.dumps(e))
print(out.detail, out.args)

ce = pickle.loads(pickle.dumps(CodeError(500, 'boom')))
print(ce.code, ce.msg)

try:
    raise pickle.loads(pickle.dumps(RuntimeError('re-raised')))
except RuntimeError as err:
    print('caught', err)

print(ValueError('a', 1).__reduce__())
print(pickle.dumps(ValueError('v')))
