# Matrix class with operator overloading: add, multiply, transpose, determinant, inverse (Fractions-free rationals)
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, other):
        return self * other
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    @staticmethod
    def identity(n):
        return Matrix([[int(i == j) for j in range(n)] for i in range(n)])
    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))
    def __pow__(self, k):
        result = Matrix.identity(self.shape[0])
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A * B, B * A, A @ Matrix.identity(2) == A)
print(A * 3, 2 * A, A.T(), Matrix([[1, 2, 3]]).T(), A.shape, Matrix([[1, 2, 3]]).shape)
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix.identity(4).det())
F = Matrix([[1, 1], [1, 0]])
print([(F ** n).rows[0][1] for n in range(1, 15)], (F ** 90).rows[0][1])
for bad in [lambda: A + Matrix([[1, 2, 3]]), lambda: A * Matrix([[1, 2, 3]]), lambda: Matrix([[1, 2], [3]]), lambda: Matrix([[1, 2]]).det()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
M = Matrix([[2.0, 1.0], [1.0, 3.0]])
d = M.det()
inv = Matrix([[M.rows[1][1] / d, -M.rows[0][1] / d], [-M.rows[1][0] / d, M.rows[0][0] / d]])
print(d, inv, M * inv)
