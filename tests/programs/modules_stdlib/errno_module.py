# errno: the names OSError and os use, errorcode, and codes matching raised errors.
import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EPIPE, errno.EINTR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode) > 100, all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
try:
    open('/no/such/file/here')
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__, errno.errorcode[e.errno])
try:
    os.mkdir('.')
except OSError as e:
    print(e.errno == errno.EEXIST, type(e).__name__)
print(os.strerror(errno.ENOENT))
