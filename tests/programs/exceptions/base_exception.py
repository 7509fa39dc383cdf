# BaseException subclasses are not caught by "except Exception"
for exc_type in (SystemExit, KeyboardInterrupt, GeneratorExit):
    try:
        try:
            raise exc_type("stop")
        except Exception:
            print("never: Exception does not catch", exc_type.__name__)
    except BaseException as e:
        print("BaseException caught", type(e).__name__, e.args)
try:
    try:
        raise SystemExit(2)
    except:
        print("bare except catches SystemExit")
        raise
except SystemExit as e:
    print("re-raised SystemExit code", e.code)
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("custom base")
    except Exception:
        print("never")
except MyBase as e:
    print("custom BaseException subclass:", e)
def cleanup():
    try:
        raise KeyboardInterrupt
    finally:
        print("finally runs for KeyboardInterrupt too")
try:
    cleanup()
except KeyboardInterrupt:
    print("KeyboardInterrupt caught explicitly")
import sys
try:
    sys.exit("exit message")
except SystemExit as e:
    print("sys.exit raised SystemExit:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code:", e.code)
try:
    exit_obj = SystemExit(0)
    raise exit_obj
except SystemExit as e:
    print("code 0:", e.code)
print(issubclass(Exception, BaseException), BaseException.__bases__)
try:
    raise BaseException("plain base")
except BaseException as e:
    print(repr(e))
