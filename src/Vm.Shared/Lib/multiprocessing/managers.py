"""Managers: a server process that owns shared objects (dict, list, Namespace, Lock, Value,
Queue, ...) and proxies that call their methods from any process.

The server listens on a Unix socket; each client connection (one per process and thread of a
proxy user) gets its own server thread, so a blocking call (Lock.acquire, Queue.get) blocks
only its caller. Requests are pickled tuples: ('create', typeid, args, kwargs) -> id,
('call', id, method, args, kwargs) -> result, ('server', method, args) -> the result of one of
the server's own public methods, ('shutdown',). Objects live until the manager shuts down;
a manager still running at exit is shut down before the children are terminated.

SharedMemoryManager's server also keeps the names of the shared memory blocks its clients
made through it (the client creates the block, the server records its name) and unlinks
them when it shuts down."""

import os
import queue
import threading

import _multiprocessing as _mp

from . import connection, util
from .context import ProcessError

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'Value', 'Array',
           'SharedMemoryManager']


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return list(sequence)


def _make_pool(*args, **kwds):
    from .pool import Pool
    return Pool(*args, **kwds)


# -- the server -------------------------------------------------------------------------------

class _Server:
    public = ()                 # methods of the server itself that clients may call

    def __init__(self, registry, path):
        self.registry = registry
        self.path = path
        self.objects = {}
        self.typeids = {}       # id -> typeid of the object
        self.ids = iter(range(1, 1 << 62))
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def serve(self, ready):
        self.listener = _mp.listen(self.path)
        ready.send(self.path)
        ready.close()
        threading.Thread(target=self._accept_loop, daemon=True).start()
        self.stop.wait()
        _mp.close(self.listener)

    def _accept_loop(self):
        while not self.stop.is_set():
            try:
                fd = _mp.accept(self.listener)
            except OSError:
                return
            threading.Thread(target=self._handle, args=(connection.Connection(fd),), daemon=True).start()

    def _handle(self, conn):
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return
            try:
                result = ('ok', self._dispatch(request))
            except BaseException as e:
                result = ('err', e)
            try:
                conn.send(result)
            except Exception as e:
                conn.send(('err', RemoteError('unpicklable result: %r' % (e,))))
            if request[0] == 'shutdown':
                self.stop.set()
                return

    def _dispatch(self, request):
        kind = request[0]
        if kind == 'create':
            typeid, args, kwargs = request[1:]
            return self._keep(self.registry[typeid][0](*args, **kwargs), typeid)
        if kind == 'call':
            ident, method, args, kwargs = request[1:]
            obj = self.objects[ident]
            if method == '__getattribute__':
                return getattr(obj, *args)
            if method == '__setattr__':
                return setattr(obj, *args)
            if method == '__delattr__':
                return delattr(obj, *args)
            result = getattr(obj, method)(*args, **kwargs)
            typeid = self.typeids[ident]
            result_typeid = (self.registry[typeid][1] or {}).get(method)
            if result_typeid is not None:
                return _ProxyRef(result_typeid, self._keep(result, result_typeid))
            return result
        if kind == 'server':
            method, args = request[1:]
            if method not in self.public:
                raise ValueError('%r is not a public method of the server' % (method,))
            return getattr(self, method)(*args)
        if kind == 'shutdown':
            return self.on_shutdown()
        raise ValueError('unknown request %r' % (kind,))


    def _keep(self, obj, typeid):
        with self.lock:
            ident = next(self.ids)
            self.objects[ident] = obj
            self.typeids[ident] = typeid
        return ident

    def on_shutdown(self):
        return None


class _ProxyRef:
    """A method's result that stays in the server (method_to_typeid): the client makes a proxy."""
    __slots__ = ('typeid', 'ident')

    def __init__(self, typeid, ident):
        self.typeid = typeid
        self.ident = ident

    def __reduce__(self):
        return _ProxyRef, (self.typeid, self.ident)


# typeid -> proxy type, filled by register() in every process (registrations run at import)
_proxy_types = {}


def _run_server(server_class, registry, path, ready):
    server_class(registry, path).serve(ready)


# -- proxies ----------------------------------------------------------------------------------

_connections = threading.local()


def _connection_for(path):
    """This thread's connection to the server at path (made on first use)."""
    conns = getattr(_connections, 'by_path', None)
    if conns is None:
        conns = _connections.by_path = {}
    key = (os.getpid(), path)
    conn = conns.get(key)
    if conn is None:
        conn = conns[key] = connection.Connection(_mp.connect(path))
    return conn


def _request(path, *request):
    conn = _connection_for(path)
    conn.send(request)
    status, value = conn.recv()
    if status != 'ok':
        raise value
    if isinstance(value, _ProxyRef):
        return _proxy_types[value.typeid](path, value.ident, value.typeid)
    return value


class BaseProxy:
    _exposed_ = ()

    def __init__(self, path, ident, typeid):
        object.__setattr__(self, '_path', path)
        object.__setattr__(self, '_id', ident)
        object.__setattr__(self, '_typeid', typeid)

    def _callmethod(self, methodname, args=(), kwds={}):
        return _request(self._path, 'call', self._id, methodname, tuple(args), dict(kwds))

    def _getvalue(self):
        return self._callmethod('__reduce_copy__')

    def __reduce__(self):
        return _rebuild_proxy, (type(self), self._path, self._id, self._typeid)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')


def _rebuild_proxy(cls, path, ident, typeid):
    return cls(path, ident, typeid)


def _forward(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def MakeProxyType(name, exposed):
    namespace = {'_exposed_': tuple(exposed)}
    for meth in exposed:
        namespace[meth] = _forward(meth)
    return type(name, (BaseProxy,), namespace)


class IteratorProxy(BaseProxy):
    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)


class AcquirerProxy(BaseProxy):
    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


_list_methods = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
                 '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index',
                 'insert', 'pop', 'remove', 'reverse', 'sort', '__imul__', 'copy', 'clear')
_dict_methods = ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__',
                 'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
                 'update', 'values')


class ListProxy(MakeProxyType('BaseListProxy', _list_methods)):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod('copy'))


class DictProxy(MakeProxyType('BaseDictProxy', _dict_methods)):
    def __iter__(self):
        return iter(self._callmethod('copy'))

    def keys(self):
        return list(self._callmethod('copy').keys())

    def values(self):
        return list(self._callmethod('copy').values())

    def items(self):
        return list(self._callmethod('copy').items())


ConditionProxy = MakeProxyType('ConditionProxy', ('acquire', 'release', 'wait', 'notify', 'notify_all'))
ConditionProxy.__enter__ = lambda self: self._callmethod('acquire')
ConditionProxy.__exit__ = lambda self, *a: self._callmethod('release')
EventProxy = MakeProxyType('EventProxy', ('is_set', 'set', 'clear', 'wait'))
class BarrierProxy(MakeProxyType('BaseBarrierProxy', ('wait', 'abort', 'reset'))):
    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


AsyncResult = MakeProxyType('AutoProxy[AsyncResult]', ('get', 'wait', 'ready', 'successful'))


class PoolProxy(MakeProxyType('BasePoolProxy', ('apply', 'apply_async', 'close', 'imap',
                                                'imap_unordered', 'join', 'map', 'map_async',
                                                'starmap', 'starmap_async', 'terminate'))):
    _method_to_typeid_ = {
        'apply_async': 'AsyncResult', 'map_async': 'AsyncResult', 'starmap_async': 'AsyncResult',
        'imap': 'Iterator', 'imap_unordered': 'Iterator',
    }

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()
QueueProxy = MakeProxyType('QueueProxy', ('put', 'get', 'put_nowait', 'get_nowait', 'qsize',
                                          'empty', 'full', 'task_done', 'join'))


# -- managers ---------------------------------------------------------------------------------

class BaseManager:
    _registry = {}
    _Server = _Server

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        if ctx is None:
            from .context import _default_context
            ctx = _default_context.get_context()
        self._ctx = ctx
        self._path = None
        self._process = None
        self._shut_down = False

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = MakeProxyType(typeid + 'Proxy', exposed or
                                      [n for n in dir(callable) if not n.startswith('_')] if callable else ())
        cls._registry[typeid] = (callable, proxytype, method_to_typeid or
                                 getattr(proxytype, '_method_to_typeid_', None))
        _proxy_types[typeid] = proxytype
        if create_method:
            def temp(self, /, *args, **kwds):
                return self._create(typeid, args, kwds)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)

    def start(self, initializer=None, initargs=()):
        if self._process is not None:
            raise ProcessError("Already started server")
        if self._shut_down:
            raise ProcessError("Manager has shut down")
        self._path = os.path.join(os.environ.get('TMPDIR', '/tmp'), util.unique_name('pymp-manager'))
        reader, writer = connection.Pipe(duplex=False)
        callables = {k: (v[0], v[2]) for k, v in self._registry.items()}
        self._process = self._ctx.Process(target=_run_server, args=(type(self)._Server, callables, self._path, writer),
                                          name=type(self).__name__ + '-server')
        self._process.start()
        writer.close()
        reader.recv()
        reader.close()
        path = self._path
        util.register_cleanup(lambda: os.path.exists(path) and os.unlink(path))
        util.register_finalizer(self.shutdown)

    def _create(self, typeid, args, kwds):
        if self._process is None:
            raise ProcessError("Manager has not been started")
        ident = _request(self._path, 'create', typeid, args, kwds)
        return self._registry[typeid][1](self._path, ident, typeid)

    def shutdown(self):
        if self._process is None:
            return
        try:
            _request(self._path, 'shutdown')
        except (EOFError, OSError):
            pass
        self._process.join(timeout=5)
        if self._process.exitcode is None:
            self._process.terminate()
            self._process.join()
        self._process = None
        self._shut_down = True
        conns = getattr(_connections, 'by_path', {})
        conn = conns.pop((os.getpid(), self._path), None)
        if conn is not None:
            conn.close()
        if os.path.exists(self._path):
            os.unlink(self._path)

    join = lambda self, timeout=None: self._process and self._process.join(timeout)

    @property
    def address(self):
        return self._path

    def __enter__(self):
        if self._process is None:
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


class SyncManager(BaseManager):
    pass


SyncManager.register('Queue', queue.Queue, QueueProxy)
SyncManager.register('JoinableQueue', queue.Queue, QueueProxy)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ListProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
SyncManager.register('Pool', _make_pool, PoolProxy)
SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
SyncManager.register('AsyncResult', proxytype=AsyncResult, create_method=False)


# -- shared memory ------------------------------------------------------------------------------

class _SharedMemoryTracker:
    """The names of the blocks a SharedMemoryManager's clients made; unlinks them on demand."""

    def __init__(self, name, segment_names=None):
        self.shared_memory_context_name = name
        self.segment_names = [] if segment_names is None else segment_names

    def register_segment(self, segment_name):
        self.segment_names.append(segment_name)

    def destroy_segment(self, segment_name):
        from . import shared_memory
        self.segment_names.remove(segment_name)
        segment = shared_memory.SharedMemory(segment_name)
        segment.close()
        segment.unlink()

    def unlink(self):
        for segment_name in self.segment_names[:]:
            self.destroy_segment(segment_name)

    def __getstate__(self):
        return (self.shared_memory_context_name, self.segment_names)

    def __setstate__(self, state):
        self.__init__(*state)


class SharedMemoryServer(_Server):
    public = ('track_segment', 'release_segment', 'list_segments')

    def __init__(self, registry, path):
        super().__init__(registry, path)
        self.shared_memory_context = _SharedMemoryTracker(f"shm_{path}_{os.getpid()}")

    def on_shutdown(self):
        self.shared_memory_context.unlink()

    def track_segment(self, segment_name):
        self.shared_memory_context.register_segment(segment_name)

    def release_segment(self, segment_name):
        self.shared_memory_context.destroy_segment(segment_name)

    def list_segments(self):
        return self.shared_memory_context.segment_names


class SharedMemoryManager(BaseManager):
    """A manager whose server unlinks, when it shuts down, the SharedMemory blocks and
    ShareableLists made through it (they are made in the calling process)."""
    _Server = SharedMemoryServer

    def __init__(self, *args, **kwargs):
        from . import resource_tracker
        resource_tracker.ensure_running()
        BaseManager.__init__(self, *args, **kwargs)

    def _track(self, name):
        if self._path is None:
            raise ValueError('address type of None unrecognized')
        _request(self._path, 'server', 'track_segment', (name,))

    def SharedMemory(self, size):
        """Returns a new SharedMemory instance with the specified size in bytes, to be tracked
        by the manager."""
        from . import shared_memory
        sms = shared_memory.SharedMemory(None, create=True, size=size)
        try:
            self._track(sms.name)
        except BaseException:
            sms.unlink()
            raise
        return sms

    def ShareableList(self, sequence):
        """Returns a new ShareableList instance populated with the values from the input
        sequence, to be tracked by the manager."""
        from . import shared_memory
        sl = shared_memory.ShareableList(sequence)
        try:
            self._track(sl.shm.name)
        except BaseException:
            sl.shm.unlink()
            raise
        return sl
