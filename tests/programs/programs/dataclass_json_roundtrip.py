import json
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
from typing import Optional, List, Dict
from enum import Enum


class Role(Enum):
    ADMIN = 'admin'
    USER = 'user'


@dataclass(order=True)
class Address:
    city: str
    zip: str = '00000'


@dataclass
class User:
    name: str
    age: int
    role: Role = Role.USER
    emails: List[str] = field(default_factory=list)
    address: Optional[Address] = None
    meta: Dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def adult(self):
        return self.age >= 18

    def to_json(self):
        d = asdict(self)
        d['role'] = self.role.value
        return json.dumps(d, sort_keys=True)

    @classmethod
    def from_json(cls, s):
        d = json.loads(s)
        d['role'] = Role(d['role'])
        if d['address'] is not None:
            d['address'] = Address(**d['address'])
        return cls(**d)


u = User('ann', 31, Role.ADMIN, ['a@x.org'], Address('Oslo', '0150'), {'logins': 3})
s = u.to_json()
print(s)
v = User.from_json(s)
print(v)
print(v == u, v.adult, astuple(v.address), [f.name for f in fields(User)])
print(replace(u, name='bob', age=12).adult, is_dataclass(u), is_dataclass(User))
print(sorted([Address('b'), Address('a', '2'), Address('a', '1')]))
print(json.dumps([asdict(Address('x'))], indent=2))
print(json.dumps({'a': 1.5, 'b': [True, None], 'c': 'é\n'}, ensure_ascii=False, separators=(',', ':')))
print(json.dumps({'a': 1.5, 'c': 'é'}))
try:
    json.dumps({'r': Role.USER})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'r': Role.USER}, default=lambda o: o.value))
print(json.loads('[1, 2.5, "x", {"k": null}]', parse_float=lambda x: 'F' + x))
try:
    User('x')
except TypeError as e:
    print('TypeError', e)
try:
    hash(u)
except TypeError as e:
    print('TypeError', e)
print(repr(User.__init__.__annotations__ if hasattr(User.__init__, '__annotations__') else None)[:60])


@dataclass(frozen=True, slots=True)
class P:
    x: int
    y: int = 0


p = P(1)
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)
print(p, hash(p) == hash(P(1, 0)), P.__slots__)
