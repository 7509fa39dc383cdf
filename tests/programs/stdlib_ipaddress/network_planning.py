# What a program does with ipaddress: plan subnets, check membership, summarise ranges.
import ipaddress

site = ipaddress.ip_network("10.20.0.0/16")
vlans = list(site.subnets(new_prefix=20))
print(len(vlans), vlans[0], vlans[-1])
for name, net in zip(["users", "servers", "voice"], vlans):
    hosts = list(net.hosts())
    print(f"{name:8} {net.with_netmask:28} gw={hosts[0]} last={hosts[-1]} size={net.num_addresses}")

clients = ["10.20.3.7", "10.20.17.1", "10.21.0.1", "192.168.1.1", "fe80::1", "not-an-ip", "10.20.300.1"]
for text in clients:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError as e:
        print("invalid:", e)
        continue
    where = next((str(v) for v in vlans if addr in v), "outside")
    print(f"{text:12} v{addr.version} private={addr.is_private} in {where}")

table = {}
for text in ["192.0.2.0/25", "192.0.2.128/25", "198.51.100.0/24", "192.0.2.64/26", "2001:db8::/33", "2001:db8:8000::/33"]:
    net = ipaddress.ip_network(text)
    table.setdefault(net.version, []).append(net)
for version in sorted(table):
    print(version, [str(n) for n in ipaddress.collapse_addresses(table[version])])

first, last = ipaddress.ip_address("192.0.2.5"), ipaddress.ip_address("192.0.2.77")
print([str(n) for n in ipaddress.summarize_address_range(first, last)])
big = ipaddress.ip_network("192.0.2.0/24")
print([str(n) for n in big.address_exclude(ipaddress.ip_network("192.0.2.64/27"))])

iface = ipaddress.ip_interface("2001:db8:0:1::10/64")
print(iface, iface.ip, iface.network, iface.network.supernet(16), iface.ip.exploded)
print(iface.ip.reverse_pointer[:20], iface.ip in iface.network, iface.network.overlaps(ipaddress.ip_network("2001:db8::/32")))
for addr in ["::ffff:192.0.2.1", "2002:c000:0201::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2"]:
    a = ipaddress.IPv6Address(addr)
    print(a, a.ipv4_mapped, a.sixtofour, a.teredo)

print(sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("10.0.0.10"), ipaddress.ip_address("9.255.255.255")]))
mixed = [ipaddress.ip_address("::1"), ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_address("10.0.0.1"), ipaddress.ip_network("::/0")]
print(sorted(mixed, key=ipaddress.get_mixed_type_key))
try:
    ipaddress.ip_address("10.0.0.1") < ipaddress.ip_address("::1")
except TypeError as e:
    print("TypeError:", e)
for bad in [("10.0.0.1/24",), ("10.0.0.0/33",), ("10.0.0.0/255.0.255.0",)]:
    try:
        ipaddress.ip_network(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(f"{ipaddress.ip_address('192.0.2.1'):#b}", f"{ipaddress.ip_address('::1'):_x}", f"{ipaddress.ip_address('10.1.2.3'):>15s}|")
print(int(ipaddress.ip_address("10.0.0.1")), ipaddress.ip_address(167772161) + 255, ipaddress.ip_address("10.0.0.1").packed)
