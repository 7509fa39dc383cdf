import sys, itertools
import ipaddress as mod
out = []
def r(f):
    try:
        v = f()
        if hasattr(v, '__next__') or type(v).__name__ == 'generator': v = list(v)
        out.append(repr(v).replace('myip.', '').replace('ipaddress.', ''))
    except Exception as e:
        out.append(f'{type(e).__name__}: {e}')
A4 = ['0.0.0.0', '1.2.3.4', '127.0.0.1', '10.1.2.3', '192.168.0.1', '255.255.255.255', '100.64.1.1', '192.0.0.9', '192.0.0.8', '169.254.1.1', '224.0.0.1', '240.0.0.1', '8.8.8.8', '172.16.5.4', '198.51.100.7']
A6 = ['::', '::1', '2001:db8::1', 'fe80::1%eth0', '::ffff:1.2.3.4', '::ffff:127.0.0.1', '2002:c000:204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'ff02::1', 'fec0::1', 'fc00::5', '1:0:0:1:0:0:0:1', '1:0:1:1:1:1:1:1', '2001:4860:4860::8888', 'ABCD:EF01:2345:6789:ABCD:EF01:2345:6789', '::ffff:0:0', '2001:1::1', '100::1', '64:ff9b:1::9']
BAD = ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '1.2.3.a', '01.2.3.4', '1..2.3', '1234.1.1.1', '1.2.3.4/24', ':', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::1', 'g::1', '1:2:3:4:5:6:7::8', '::1.2.3', '::1.2.3.999', 'fe80::1%', 'fe80::1%a%b', 3, -1, 2**32, 2**128, b'\x01\x02\x03\x04', b'\x01' * 16, b'\x01\x02', 1.5, None, '::ffff:1.2.3.4.5']
for a in A4 + A6 + BAD:
    r(lambda: mod.ip_address(a))
    for cls in ('IPv4Address', 'IPv6Address'):
        r(lambda: getattr(mod, cls)(a))
for a in A4 + A6:
    x = mod.ip_address(a)
    for attr in ['version', 'max_prefixlen', 'compressed', 'exploded', 'packed', 'reverse_pointer', 'is_multicast', 'is_private', 'is_global', 'is_unspecified', 'is_reserved', 'is_loopback', 'is_link_local', 'is_site_local', 'ipv4_mapped', 'sixtofour', 'teredo', 'scope_id', 'ipv6_mapped']:
        r(lambda: getattr(x, attr))
    r(lambda: (str(x), repr(x), int(x), x + 1, x - 1, hash(x) == hash(mod.ip_address(a))))
    for spec in ['', 's', '>20', 'b', '#b', '_b', '#_b', 'x', '#x', '_x', '#_X', 'X', 'n', '#n', 'd', 'q']:
        r(lambda: format(x, spec))
r(lambda: mod.IPv4Address('255.255.255.255') + 1)
r(lambda: mod.IPv4Address('1.2.3.4') < mod.IPv6Address('::1'))
r(lambda: sorted([mod.ip_address(a) for a in A4]))
r(lambda: sorted([mod.ip_address(a) for a in A6]))
r(lambda: mod.ip_address('1.2.3.4') == mod.ip_address('1.2.3.4'))
r(lambda: mod.ip_address('1.2.3.4') == '1.2.3.4')
N = ['10.0.0.0/8', '192.168.1.0/24', '192.168.1.5/24', '1.2.3.4', '1.2.3.0/255.255.255.0', '1.2.3.0/0.0.0.255', '1.2.3.0/255.0.255.0', '1.2.3.0/33', '1.2.3.0/abc', '0.0.0.0/0', '10.0.0.0/31', '10.0.0.1/32', '2001:db8::/32', '2001:db8::1/64', '::/0', '2001:db8::/127', '2001:db8::1/128', 'fe80::/10', '::1/128', '100.64.0.0/10', '192.0.0.0/29', '1.2.3.0/24/1', ('1.2.3.0', 24), ('1.2.3.0', '255.255.255.0'), (3232235776, 24), 3232235777, ('2001:db8::', 48), '2001:db8::/129', 'fe80::1%1/64', '1.2.3.0/', '/24', '10.0.0.0/8 ', ' 10.0.0.0/8', '1.2.3.0/-1', '1.2.3.0/+1', '1.2.3.0/0x10', '1.2.3.0/ 24']
for n in N:
    for strict in (True, False):
        r(lambda: mod.ip_network(n, strict))
        r(lambda: mod.ip_interface(n))
for n in ['10.0.0.0/8', '192.168.1.0/24', '10.0.0.0/30', '10.0.0.0/31', '10.0.0.1/32', '2001:db8::/32', '2001:db8::/126', '2001:db8::/127', '2001:db8::1/128', '100.64.0.0/10', '0.0.0.0/0', '::/0', 'fe80::/10', 'fec0::/10', '127.0.0.0/8', '224.0.0.0/4', '::ffff:0:0/96', '240.0.0.0/4']:
    net = mod.ip_network(n)
    for attr in ['network_address', 'broadcast_address', 'hostmask', 'netmask', 'with_prefixlen', 'with_netmask', 'with_hostmask', 'num_addresses', 'prefixlen', 'is_multicast', 'is_private', 'is_global', 'is_unspecified', 'is_reserved', 'is_loopback', 'is_link_local', 'is_site_local', 'version', 'max_prefixlen', 'compressed', 'exploded']:
        r(lambda: getattr(net, attr))
    r(lambda: (str(net), repr(net), hash(net) == hash(mod.ip_network(n))))
    if net.num_addresses <= 64:
        r(lambda: list(net.hosts()))
        r(lambda: list(net))
    else:
        r(lambda: next(iter(net.hosts())))
    r(lambda: (net[0], net[-1], net[1]))
    r(lambda: net[net.num_addresses])
    r(lambda: list(itertools.islice(net.subnets(), 5)))
    r(lambda: list(itertools.islice(net.subnets(2), 5)))
    r(lambda: list(itertools.islice(net.subnets(new_prefix=net.prefixlen + 3), 5)))
    r(lambda: list(net.subnets(new_prefix=net.prefixlen - 1)))
    r(lambda: list(net.subnets(prefixlen_diff=2, new_prefix=30)))
    r(lambda: list(net.subnets(prefixlen_diff=200)))
    r(lambda: list(net.subnets(prefixlen_diff=-1)))
    r(lambda: net.supernet())
    r(lambda: net.supernet(3))
    r(lambda: net.supernet(new_prefix=0))
    r(lambda: net.supernet(new_prefix=200))
    r(lambda: net.supernet(prefixlen_diff=200))
    r(lambda: net.supernet(prefixlen_diff=2, new_prefix=1))
    r(lambda: (mod.ip_address('10.1.2.3') in net, mod.ip_address('::1') in net, net in net))
i = mod.ip_interface('192.168.1.5/24')
j = mod.ip_interface('2001:db8::5/64')
k = mod.ip_interface('fe80::5%eth1/64')
for x in (i, j, k, mod.ip_interface('10.0.0.1'), mod.ip_interface('1.2.3.4/255.255.0.0')):
    for attr in ['ip', 'network', 'netmask', 'hostmask', 'with_prefixlen', 'with_netmask', 'with_hostmask', 'compressed', 'exploded', 'is_private', 'is_loopback', 'is_unspecified', 'version', 'packed', 'scope_id']:
        r(lambda: getattr(x, attr))
    r(lambda: (str(x), repr(x), int(x)))
r(lambda: (i == mod.ip_interface('192.168.1.5/24'), i == mod.ip_interface('192.168.1.5/25'), i == mod.ip_address('192.168.1.5'), i < mod.ip_interface('192.168.1.6/24'), i < mod.ip_interface('192.168.1.5/25')))
r(lambda: sorted([mod.ip_interface('1.2.3.4/24'), mod.ip_interface('1.2.3.4/16'), mod.ip_interface('1.2.3.3/24')]))
a, b = mod.ip_network('192.0.2.0/28'), mod.ip_network('192.0.2.1/32')
r(lambda: list(a.address_exclude(b)))
r(lambda: list(a.address_exclude(a)))
r(lambda: list(b.address_exclude(a)))
r(lambda: list(a.address_exclude(mod.ip_network('::/0'))))
r(lambda: (a.overlaps(b), b.overlaps(a), a.overlaps(mod.ip_network('10.0.0.0/8'))))
r(lambda: (a.subnet_of(mod.ip_network('192.0.0.0/16')), a.supernet_of(b), b.subnet_of(a), a.subnet_of(mod.ip_network('::/0'))))
r(lambda: (a.compare_networks(b), b.compare_networks(a), a.compare_networks(a)))
r(lambda: sorted([mod.ip_network('10.0.0.0/8'), mod.ip_network('10.0.0.0/16'), mod.ip_network('9.0.0.0/8')]))
r(lambda: a < mod.ip_network('::/0'))
r(lambda: a == mod.ip_address('192.0.2.0'))
r(lambda: list(mod.collapse_addresses([mod.ip_address('192.0.2.0'), mod.ip_address('192.0.2.1'), mod.ip_network('192.0.2.2/31'), mod.ip_network('192.0.2.4/30')])))
r(lambda: list(mod.collapse_addresses([mod.ip_network('10.0.0.0/24'), mod.ip_network('10.0.1.0/24'), mod.ip_network('10.0.3.0/24'), mod.ip_network('10.0.0.0/23')])))
r(lambda: list(mod.collapse_addresses([mod.ip_network('2001:db8::/33'), mod.ip_network('2001:db8:8000::/33')])))
r(lambda: list(mod.collapse_addresses([mod.ip_network('1.0.0.0/8'), mod.ip_network('::/0')])))
r(lambda: list(mod.collapse_addresses([])))
r(lambda: list(mod.summarize_address_range(mod.ip_address('192.0.2.0'), mod.ip_address('192.0.2.130'))))
r(lambda: list(mod.summarize_address_range(mod.ip_address('0.0.0.0'), mod.ip_address('255.255.255.255'))))
r(lambda: list(mod.summarize_address_range(mod.ip_address('::'), mod.ip_address('::ff'))))
r(lambda: list(mod.summarize_address_range(mod.ip_address('1.0.0.5'), mod.ip_address('1.0.0.1'))))
r(lambda: list(mod.summarize_address_range(mod.ip_network('1.0.0.0/8'), mod.ip_address('1.0.0.1'))))
r(lambda: list(mod.summarize_address_range(mod.ip_address('1.0.0.0'), mod.ip_address('::1'))))
r(lambda: sorted([mod.ip_network('10.0.0.0/8'), mod.ip_address('10.0.0.1'), mod.ip_address('::1'), mod.ip_network('::/0')], key=mod.get_mixed_type_key))
r(lambda: mod.get_mixed_type_key(5))
r(lambda: (mod.v4_int_to_packed(3232235777), mod.v6_int_to_packed(1), mod.v4_int_to_packed(-1)))
r(lambda: mod.v6_int_to_packed(2**128))
r(lambda: (issubclass(mod.AddressValueError, ValueError), issubclass(mod.NetmaskValueError, ValueError), mod.IPV4LENGTH, mod.IPV6LENGTH))
import pickle, copy
r(lambda: [pickle.loads(pickle.dumps(o)) == o for o in (mod.ip_address('1.2.3.4'), mod.ip_address('fe80::1%x'), mod.ip_network('10.0.0.0/8'), i, k)])
r(lambda: [copy.deepcopy(o) for o in (mod.ip_address('1.2.3.4'), mod.ip_network('10.0.0.0/8'), i)])
r(lambda: {mod.ip_address('1.2.3.4'): 1, mod.ip_network('1.2.3.4/32'): 2}[mod.ip_address('1.2.3.4')])
r(lambda: sorted({mod.ip_address(a) for a in A4}))
r(lambda: len({mod.ip_address(a) for a in A4 + A4}))
for line in out: print(line)
