# The builtin exception hierarchy
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in (ZeroDivisionError, KeyError, IndexError, UnboundLocalError, FileNotFoundError,
            RecursionError, ModuleNotFoundError, UnicodeDecodeError, StopIteration,
            KeyboardInterrupt, SystemExit, GeneratorExit, NotImplementedError,
            TimeoutError, BrokenPipeError, DeprecationWarning, OverflowError, TabError):
    print(chain(cls))
checks = [
    (ArithmeticError, Exception), (LookupError, Exception), (KeyError, LookupError),
    (Exception, BaseException), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (StopIteration, Exception), (StopAsyncIteration, Exception), (Warning, Exception),
    (OSError, Exception), (IOError, OSError), (EnvironmentError, OSError),
    (ConnectionRefusedError, ConnectionError), (PermissionError, OSError),
    (IndentationError, SyntaxError), (UnicodeError, ValueError), (AssertionError, Exception),
    (bool, Exception), (BaseException, object), (ReferenceError, Exception),
    (EOFError, Exception), (MemoryError, Exception), (BufferError, Exception),
    (FloatingPointError, ArithmeticError), (NameError, LookupError), (AttributeError, LookupError),
]
for sub, sup in checks:
    print(f"{sub.__name__} < {sup.__name__}: {issubclass(sub, sup)}")
print(IOError is OSError, EnvironmentError is OSError)
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print(sorted(c.__name__ for c in LookupError.__subclasses__()))
print(sorted(c.__name__ for c in ConnectionError.__subclasses__()))
print(sorted(c.__name__ for c in BaseException.__subclasses__() if c.__module__ == "builtins" and "Group" not in c.__name__))
