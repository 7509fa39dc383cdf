# A table-driven state machine: vending machine with events, guards, actions and a history log
class InvalidTransition(Exception):
    pass
class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    TRANSITIONS = {
        ("idle", "coin"): "has_money",
        ("has_money", "coin"): "has_money",
        ("has_money", "select"): "vending",
        ("has_money", "refund"): "idle",
        ("vending", "dispensed"): "idle",
        ("idle", "service"): "maintenance",
        ("maintenance", "done"): "idle",
    }
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.history = []
        self.stock = {"cola": 1, "chips": 3, "candy": 0}
    def fire(self, event, arg=None):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} while {self.state!r}")
        handler = getattr(self, "on_" + event, None)
        if handler:
            result = handler(arg)
            if result is False:
                self.history.append((self.state, event, self.state))
                return self.state
        new = self.TRANSITIONS[key]
        self.history.append((self.state, event, new))
        self.state = new
        if new == "vending":
            self.fire("dispensed")
        return self.state
    def on_coin(self, value):
        if value not in (5, 10, 25, 100):
            print(f"  rejected coin {value}")
            return False
        self.credit += value
    def on_select(self, item):
        price = self.PRICES[item]
        if self.stock[item] == 0:
            print(f"  {item} sold out")
            return False
        if self.credit < price:
            print(f"  need {price - self.credit} more for {item}")
            return False
        self.stock[item] -= 1
        self.credit -= price
        print(f"  vending {item}, change due {self.credit}")
    def on_refund(self, _):
        print(f"  refunding {self.credit}")
        self.credit = 0
    def on_dispensed(self, _):
        if self.credit:
            print(f"  returning change {self.credit}")
            self.credit = 0
vm = VendingMachine()
script = [("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 25), ("coin", 25), ("select", "cola"),
          ("coin", 100), ("select", "cola"), ("select", "candy"), ("refund", None), ("select", "chips"),
          ("service", None), ("coin", 25), ("done", None), ("coin", 100), ("select", "chips")]
for event, arg in script:
    try:
        state = vm.fire(event, arg)
        print(f"{event}({arg}) -> {state}")
    except InvalidTransition as e:
        print("InvalidTransition:", e)
print(vm.stock, vm.credit, vm.state, len(vm.history))
print(sorted({h[2] for h in vm.history}))
