# Releasing an object releases its attributes afterwards (owner's __del__ runs first)
class R:
    def __init__(self, name, **children):
        self.name = name
        for k, v in children.items():
            setattr(self, k, v)
    def __del__(self):
        print(f"  __del__({self.name})")
print("tree ->")
tree = R("root", left=R("left", leaf=R("left.leaf")), right=R("right"))
del tree
print("after tree")
print("owner with list attribute ->")
owner = R("owner")
owner.items = [R("i0"), R("i1")]
owner = None
print("after owner")
print("replacing an attribute ->")
node = R("node", child=R("child-old"))
node.child = R("child-new")
print("  replaced")
del node
print("deleting an attribute with __del__ that reads attributes ->")
class Reader:
    def __init__(self):
        self.payload = R("payload")
    def __del__(self):
        print("  Reader.__del__ sees payload:", self.payload.name)
rd = Reader()
del rd
print("end")
