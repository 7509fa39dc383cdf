# Helper of the refcount programs: an iterator of a user class (__iter__ returns self, __next__
# raises StopIteration after n items, each item made by `item(i)`).


class It:
    def __init__(self, n, item=lambda i: i):
        self.i = 0
        self.n = n
        self.item = item

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.item(self.i)
