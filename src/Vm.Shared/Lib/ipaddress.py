"""IPv4 and IPv6 addresses, networks and interfaces (the documented API of CPython 3.13's
ipaddress module, written from its documentation and RFCs 4291, 5952 and the IANA special-purpose
address registries)."""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is not a valid address."""


class NetmaskValueError(ValueError):
    """A value that is not a valid netmask or prefix length."""


def ip_address(address):
    """An IPv4Address or IPv6Address from a string or an integer."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; strict=True refuses host bits set."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


def _same_version(a, b):
    if a.version != b.version:
        raise TypeError(f'{a} and {b} are not of the same version')


def _trailing_zero_bits(n, bits):
    if n == 0:
        return bits
    return min(bits, (n & -n).bit_length() - 1)


def summarize_address_range(first, last):
    """The fewest networks that cover first..last (both addresses, first <= last)."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    _same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = int(first), int(last)
    while lo <= hi:
        size = min(_trailing_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - size))
        lo += 1 << size
        if lo - 1 == first._ALL_ONES:
            break


def collapse_addresses(addresses):
    """The networks and addresses given, merged into the fewest networks."""
    addrs, nets = [], []
    version = None
    for item in addresses:
        ref = item
        if version is not None and item.version != version.version:
            raise TypeError(f'{item} and {version} are not of the same version')
        version = version or item
        if isinstance(item, _BaseAddress):
            if isinstance(item, (IPv4Interface, IPv6Interface)) and item._prefixlen != item.max_prefixlen:
                item = item.network
            else:
                item = item._network_cls((int(item), item.max_prefixlen))
        nets.append(item)
    if not nets:
        return iter(())
    # merge the address ranges, then cover each merged range with networks
    spans = sorted((int(n.network_address), int(n.broadcast_address)) for n in nets)
    merged = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    addr_cls = nets[0]._address_cls
    return iter([net for lo, hi in merged for net in summarize_address_range(addr_cls(lo), addr_cls(hi))])


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return self._version == other._version and self._ip == other._ip and \
            getattr(self, '_scope_id', None) == getattr(other, '_scope_id', None)

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        _same_version(self, other)
        return self._ip < other._ip if self._ip != other._ip else \
            (getattr(self, '_scope_id', None) or '') < (getattr(other, '_scope_id', None) or '')

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __str__(self):
        return self._text(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def _get_address_key(self):
        return (self._version, self)

    def _take_number(self, address):
        """Set _ip from an int or packed bytes; False for any other value (a text form)."""
        bits = self._max_prefixlen
        family = f'IPv{self._version}'
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError(f'{address} (< 0) is not permitted as an {family} address')
            if address > self._ALL_ONES:
                raise AddressValueError(f'{address} (>= 2**{bits}) is not permitted as an {family} address')
            self._ip = address
            return True
        if isinstance(address, bytes):
            if len(address) != bits // 8:
                raise AddressValueError(f'{address!r} (len {len(address)} != {bits // 8}) is not permitted as an {family} address')
            self._ip = int.from_bytes(address, 'big')
            return True
        if '/' in str(address):
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        return False

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        spec = fmt
        prefix = spec.startswith('#')
        if prefix:
            spec = spec[1:]
        grouped = spec.startswith('_')
        if grouped:
            spec = spec[1:]
        if spec not in ('b', 'x', 'X', 'n'):
            raise TypeError(f'unsupported format string passed to {type(self).__name__}.__format__')
        kind = spec if spec != 'n' else ('b' if self._version == 4 else 'x')
        bits = self._max_prefixlen
        digits = bits if kind == 'b' else bits // 4
        if grouped:
            digits += digits // 4 - 1
        text = format(self._ip, f"{'#' if prefix else ''}0{digits + (2 if prefix else 0)}{'_' if grouped else ''}{kind}")
        return text

    @property
    def packed(self):
        return self._ip.to_bytes(self._max_prefixlen // 8, 'big')


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """Common behaviour of IPv4Network and IPv6Network."""

    def __init__(self, address, strict=True):
        addr, prefixlen = self._split(address)
        mask = self._mask_of(prefixlen)
        if addr & ~mask & self._ALL_ONES:
            if strict:
                raise ValueError(f'{address} has host bits set')
            addr &= mask
        self.network_address = self._address_cls(addr)
        self.netmask = self._address_cls(mask)
        self._prefixlen = prefixlen
        if prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif prefixlen == self._max_prefixlen:
            self.hosts = lambda: iter([self.network_address])

    @classmethod
    def _mask_of(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _split(self, address):
        if isinstance(address, (int, bytes)):
            return int(self._address_cls(address)), self._max_prefixlen
        if isinstance(address, tuple):
            if not address or len(address) > 2:
                raise AddressValueError(f'{address!r}')
            addr = int(self._address_cls(address[0]))
            mask = address[1] if len(address) > 1 else self._max_prefixlen
            return addr, self._prefix_from(mask)
        text = str(address)
        addr_text, slash, mask_text = text.partition('/')
        if mask_text.count('/') or (slash and not mask_text and False):
            raise AddressValueError(f"Only one '/' permitted in {text!r}")
        addr = int(self._address_cls(addr_text))
        if not slash:
            return addr, self._max_prefixlen
        return addr, self._prefix_from(mask_text)

    @classmethod
    def _prefix_from(self, mask):
        if isinstance(mask, int):
            if 0 <= mask <= self._max_prefixlen:
                return mask
            raise NetmaskValueError(f'{mask!r} is not a valid netmask')
        text = str(mask)
        if text.isascii() and text.isdigit():
            value = int(text)
            if 0 <= value <= self._max_prefixlen:
                return value
        elif self._version == 4:
            return self._prefix_from_mask_text(text)
        raise NetmaskValueError(f'{text!r} is not a valid netmask')

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen}'

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __eq__(self, other):
        try:
            return (self._version == other._version and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        _same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        return self.netmask < other.netmask

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork):
            return False
        return int(other) & int(self.netmask) == int(self.network_address) and \
            other._version == self._version

    def __iter__(self):
        cls = self._address_cls
        for i in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield cls(i)

    def __getitem__(self, n):
        size = self.num_addresses
        if n < 0:
            n += size
        if not 0 <= n < size:
            raise IndexError('address out of range')
        return self._address_cls(int(self.network_address) + n)

    def __reduce__(self):
        return self.__class__, (str(self),)

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    @property
    def exploded(self):
        if self._version == 4:
            return str(self)
        return ':'.join('%04x' % w for w in self._hextets(int(self.network_address))) + f'/{self._prefixlen}'

    @property
    def broadcast_address(self):
        return self._address_cls(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_cls(int(self.netmask) ^ self._ALL_ONES)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def num_addresses(self):
        return 1 << (self._max_prefixlen - self._prefixlen)

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    def hosts(self):
        """The usable host addresses (see the subclasses for what is left out)."""
        cls = self._address_cls
        first = int(self.network_address) + 1
        last = int(self.broadcast_address) - (1 if self._version == 4 else 0)
        for i in range(first, last + 1):
            yield cls(i)

    def overlaps(self, other):
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other or self.broadcast_address in other)

    def address_exclude(self, other):
        """The networks covering self without other (which must lie inside self)."""
        _same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        other = other.__class__(f'{other.network_address}/{other.prefixlen}')
        current = self
        while current != other:
            low, high = current.subnets()
            if other.subnet_of(low):
                yield high
                current = low
            else:
                yield low
                current = high

    def compare_networks(self, other):
        _same_version(self, other)
        if self.network_address != other.network_address:
            return -1 if self.network_address < other.network_address else 1
        if self.netmask != other.netmask:
            return -1 if self.netmask < other.netmask else 1
        return 0

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets of the next (or the given) prefix length."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new = self._prefixlen + prefixlen_diff
        if new > self._max_prefixlen:
            raise ValueError(f'prefix length diff {new} is invalid for netblock {self}')
        step = 1 << (self._max_prefixlen - new)
        for start in range(int(self.network_address), int(self.broadcast_address) + 1, step):
            yield self.__class__((start, new))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network of the previous (or the given) prefix length that holds this one."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new = self._prefixlen - prefixlen_diff
        if new < 0:
            raise ValueError(f'current prefixlen is {self._prefixlen}, cannot have a prefixlen_diff of {prefixlen_diff}')
        return self.__class__((int(self.network_address) & self._mask_of(new), new))

    def subnet_of(self, other):
        return self._inside(self, other)

    def supernet_of(self, other):
        return self._inside(other, self)

    @staticmethod
    def _inside(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f'{a} and {b} are not of the same version')
            return (b.network_address <= a.network_address and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {a} and {b}')

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    is_multicast = property(lambda self: self._both_ends('is_multicast'))
    is_reserved = property(lambda self: self._both_ends('is_reserved'))
    is_link_local = property(lambda self: self._both_ends('is_link_local'))

    @property
    def is_private(self):
        """Both ends inside one not-globally-reachable network of the registry."""
        registry = _V4 if self._version == 4 else _V6
        ends = (self.network_address, self.broadcast_address)
        return any(all(a in n for a in ends) for n in registry.private) and \
            not any(a in e for a in ends for e in registry.private_exceptions)
    is_unspecified = property(lambda self: self._both_ends('is_unspecified'))
    is_loopback = property(lambda self: self._both_ends('is_loopback'))

    @property
    def is_global(self):
        return not self._in_shared_space() and not self.is_private

    def _in_shared_space(self):
        return False


# ---------------------------------------------------------------------------- IPv4

class _BaseV4:
    __slots__ = ()
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1

    @staticmethod
    def _text(ip):
        return '.'.join(str(b) for b in ip.to_bytes(4, 'big'))

    def _explode(self):
        return str(self)

    @classmethod
    def _parse(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        parts = text.split('.')
        if len(parts) != 4:
            raise AddressValueError(f'Expected 4 octets in {text!r}')
        value = 0
        for part in parts:
            try:
                value = (value << 8) | cls._octet(part)
            except ValueError as e:
                raise AddressValueError(f'{e} in {text!r}') from None
        return value

    @staticmethod
    def _octet(part):
        if not part:
            raise ValueError('Empty octet not permitted')
        if not (part.isascii() and part.isdigit()):
            raise ValueError(f'Only decimal digits permitted in {part!r}')
        if len(part) > 3:
            raise ValueError(f'At most 3 characters permitted in {part!r}')
        if part != '0' and part[0] == '0':
            raise ValueError(f'Leading zeros are not permitted in {part!r}')
        value = int(part, 10)
        if value > 255:
            raise ValueError(f'Octet {value} (> 255) not permitted')
        return value


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address: from a dotted-quad string, an int or 4 packed bytes."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if not self._take_number(address):
            self._ip = self._parse(str(address))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    def _in(self, nets):
        return any(self in n for n in nets)

    @property
    def is_reserved(self):
        return self in _V4.reserved

    @property
    def is_private(self):
        return self._in(_V4.private) and not self._in(_V4.private_exceptions)

    @property
    def is_global(self):
        return self not in _V4.shared and not self.is_private

    @property
    def is_multicast(self):
        return self in _V4.multicast

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self in _V4.loopback

    @property
    def is_link_local(self):
        return self in _V4.link_local

    @property
    def ipv6_mapped(self):
        return IPv6Address(f'::ffff:{self}')


class _Interface:
    """What IPv4Interface and IPv6Interface add to their address class: the network."""

    def _attach(self, network_cls, address):
        addr, prefixlen = network_cls._split(address)
        self.network = network_cls((addr, prefixlen), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen
        return addr

    @property
    def hostmask(self):
        return self.network.hostmask

    def __eq__(self, other):
        equal = _BaseAddress.__eq__(self, other)
        if equal is NotImplemented or not equal:
            return equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = _BaseAddress.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def ip(self):
        return self._address_cls(self._ip)

    @property
    def with_prefixlen(self):
        return f'{self._plain()}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self._plain()}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self._plain()}/{self.hostmask}'

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return super().is_loopback and self.network.is_loopback


class IPv4Interface(_Interface, IPv4Address):
    """An IPv4 address with the network it sits in ('192.0.2.5/24')."""

    def __init__(self, address):
        super().__init__(self._attach(IPv4Network, address))

    def _plain(self):
        return self._text(self._ip)

    def __str__(self):
        return f'{self._plain()}/{self._prefixlen}'

    def _explode(self):
        return f'{self.ip}/{self._prefixlen}'


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: '192.0.2.0/24', '192.0.2.0/255.255.255.0', (address, prefix) or an int."""

    _address_cls = IPv4Address

    @classmethod
    def _prefix_from_mask_text(self, text):
        try:
            mask = self._parse(text)
        except AddressValueError:
            raise NetmaskValueError(f'{text!r} is not a valid netmask') from None
        for candidate in (mask, mask ^ self._ALL_ONES):
            inverted = candidate ^ self._ALL_ONES
            if inverted & (inverted + 1) == 0:  # ones then zeros
                return candidate.bit_count() if hasattr(candidate, 'bit_count') else bin(candidate).count('1')
        raise NetmaskValueError(f'{text!r} is not a valid netmask')

    def _in_shared_space(self):
        return self.network_address in _V4.shared

    @property
    def is_global(self):
        return not self._in_shared_space() and not self.is_private


# ---------------------------------------------------------------------------- IPv6

class _BaseV6:
    __slots__ = ()
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1

    @staticmethod
    def _hextets(ip):
        return [(ip >> (112 - 16 * i)) & 0xFFFF for i in range(8)]

    @classmethod
    def _text(cls, ip, dotted_mapped=True):
        words = cls._hextets(ip)
        if dotted_mapped and ip >> 32 == 0xFFFF:  # IPv4-mapped: shown with its IPv4 address
            return '::ffff:' + _BaseV4._text(ip & 0xFFFFFFFF)
        best_start, best_len = -1, 1
        i = 0
        while i < 8:
            if words[i] == 0:
                j = i
                while j < 8 and words[j] == 0:
                    j += 1
                if j - i > best_len:
                    best_start, best_len = i, j - i
                i = j
            else:
                i += 1
        hexes = ['%x' % w for w in words]
        if best_start < 0:
            return ':'.join(hexes)
        head = ':'.join(hexes[:best_start])
        tail = ':'.join(hexes[best_start + best_len:])
        return head + '::' + tail

    def _explode(self):
        self._no_scope()
        if self._ip >> 32 == 0xFFFF:
            return '0000:' * 5 + 'ffff:' + _BaseV4._text(self._ip & 0xFFFFFFFF)
        return ':'.join('%04x' % w for w in self._hextets(self._ip))

    def _no_scope(self):
        # CPython 3.13 expands the text form again, which a scope does not parse in
        scope = getattr(self, '_scope_id', None)
        if scope:
            text = IPv6Address.__str__(self)
            raise AddressValueError(f'Only hex digits permitted in {text.rsplit(":", 1)[1]!r} in {text!r}')

    @classmethod
    def _parse(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        parts = text.split(':')
        if len(parts) < 3:
            raise AddressValueError(f'At least 3 parts expected in {text!r}')
        tail = []
        if '.' in parts[-1]:
            try:
                v4 = _BaseV4._parse(parts[-1])
            except AddressValueError as e:
                raise AddressValueError(f'{e} in {text!r}') from None
            parts[-1:] = ['%x' % (v4 >> 16), '%x' % (v4 & 0xFFFF)]
        if len(parts) > 9:
            raise AddressValueError(f'At most 8 colons permitted in {text!r}')
        gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
        if len(gaps) > 1:
            raise AddressValueError(f"At most one '::' permitted in {text!r}")
        if gaps:
            gap = gaps[0]
            head, rest = parts[:gap], parts[gap + 1:]
            if head == ['']:
                head = []
            elif not head[0]:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
            if rest == ['']:
                rest = []
            elif not rest[-1]:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
            if len(head) + len(rest) > 7:
                raise AddressValueError(f"Expected at most 7 other parts with '::' in {text!r}")
            words = head + ['0'] * (8 - len(head) - len(rest)) + rest
        else:
            if len(parts) != 8:
                raise AddressValueError(f"Exactly 8 parts expected without '::' in {text!r}")
            if not parts[0]:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
            if not parts[-1]:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
            words = parts
        value = 0
        for word in words:
            if len(word) > 4:
                raise AddressValueError(f'At most 4 characters permitted in {word!r} in {text!r}')
            if not word or not all(c in '0123456789abcdefABCDEF' for c in word):
                raise AddressValueError(f'Only hex digits permitted in {word!r} in {text!r}')
            value = (value << 16) | int(word, 16)
        return value


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address: from its text (with an optional '%scope'), an int or 16 packed bytes."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        if self._take_number(address):
            return
        text, pct, scope = str(address).partition('%')
        if pct:
            if not scope or '%' in scope:
                raise AddressValueError(f'Invalid IPv6 address: {repr(address)!r}')
            self._scope_id = scope
        self._ip = self._parse(text)

    def __str__(self):
        text = self._text(self._ip)
        return text + f'%{self._scope_id}' if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __reduce__(self):
        return self.__class__, (str(self) if self._scope_id else self._ip,)

    def _reverse_pointer(self):
        self._no_scope()
        digits = '%032x' % self._ip
        return '.'.join(reversed(digits)) + '.ip6.arpa'

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)

    def _in(self, nets):
        return any(self in n for n in nets)

    @property
    def is_multicast(self):
        return self in _V6.multicast

    @property
    def is_reserved(self):
        return self._in(_V6.reserved)

    @property
    def is_link_local(self):
        return self in _V6.link_local

    @property
    def is_site_local(self):
        return self in _V6.site_local

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in(_V6.private) and not self._in(_V6.private_exceptions)

    @property
    def is_global(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_global
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        mapped = self.ipv4_mapped
        return mapped.is_loopback if mapped is not None else self._ip == 1


class IPv6Interface(_Interface, IPv6Address):
    """An IPv6 address with the network it sits in ('2001:db8::1/64')."""

    def __init__(self, address):
        super().__init__(self._attach(IPv6Network, address))
        head = address.partition('/')[0] if isinstance(address, str) else ''
        if '%' in head:
            self._scope_id = head.partition('%')[2]

    def _plain(self):
        return self._text(self._ip, False)

    def __str__(self):
        return f'{IPv6Address.__str__(self)}/{self._prefixlen}'

    def _explode(self):
        return ':'.join('%04x' % w for w in self._hextets(self._ip)) + f'/{self._prefixlen}'


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: '2001:db8::/32', (address, prefix) or an int."""

    _address_cls = IPv6Address

    def hosts(self):
        """Every address but the Subnet-Router anycast address (the network address)."""
        cls = self._address_cls
        for i in range(int(self.network_address) + 1, int(self.broadcast_address) + 1):
            yield cls(i)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


IPv4Address._network_cls = IPv4Network
IPv6Address._network_cls = IPv6Network
IPv4Address._address_cls = IPv4Address
IPv6Address._address_cls = IPv6Address


class _V4:
    """IANA IPv4 special-purpose registry: the networks the is_* properties test."""
    link_local = IPv4Network('169.254.0.0/16')
    loopback = IPv4Network('127.0.0.0/8')
    multicast = IPv4Network('224.0.0.0/4')
    shared = IPv4Network('100.64.0.0/10')
    reserved = IPv4Network('240.0.0.0/4')
    private = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24',
        '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
        '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    private_exceptions = [IPv4Network('192.0.0.9/32'), IPv4Network('192.0.0.10/32')]


class _V6:
    """IANA IPv6 special-purpose registry (and RFC 4291's reserved and site-local ranges)."""
    link_local = IPv6Network('fe80::/10')
    multicast = IPv6Network('ff00::/8')
    site_local = IPv6Network('fec0::/10')
    private = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64', '2001::/23', '2001:db8::/32',
        '2002::/16', 'fc00::/7', 'fe80::/10')]
    private_exceptions = [IPv6Network(n) for n in (
        '2001:1::1/128', '2001:1::2/128', '2001:3::/32', '2001:4:112::/48', '2001:20::/28', '2001:30::/28')]
    reserved = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3', '8000::/3',
        'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9')]
