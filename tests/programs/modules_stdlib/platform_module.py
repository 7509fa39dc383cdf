# platform and os.uname: values agree with each other and with the system (printed only where machine-independent).
import platform, os, sys
u = platform.uname()
print(len(u), u.system == os.uname().sysname, u.release == os.uname().release, u.machine, u.processor == platform.processor())
print(tuple(u)[:5] == tuple(os.uname()), platform.system(), platform.machine(), platform.architecture())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3], platform.python_version_tuple()[:2])
print(platform.platform().startswith('Linux-' + platform.release()), platform.platform(terse=True) == platform.platform())
print(platform.libc_ver()[0], platform.freedesktop_os_release()['ID'] in ('debian', 'ubuntu', 'fedora', 'alpine', 'linux'))
print(os.uname().sysname, len(os.uname()), type(os.uname()).__name__)
