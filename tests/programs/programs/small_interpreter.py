# A tiny stack-based interpreter with variables, arithmetic, jumps and error handling
class VMError(Exception):
    pass
def run(source, trace=False):
    lines = [l.split("#")[0].strip() for l in source.strip().replace(";", "\n").splitlines()]
    program = [l.split() for l in lines if l]
    labels = {ins[0][:-1]: idx for idx, ins in enumerate(program) if ins[0].endswith(":")}
    stack, env, out, pc, steps = [], {}, [], 0, 0
    ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
           "div": lambda a, b: a // b, "mod": lambda a, b: a % b, "lt": lambda a, b: int(a < b), "eq": lambda a, b: int(a == b)}
    while pc < len(program):
        steps += 1
        if steps > 10000:
            raise VMError("step limit exceeded")
        op, *args = program[pc]
        pc += 1
        if op.endswith(":"):
            continue
        if op == "push":
            stack.append(int(args[0]))
        elif op == "load":
            if args[0] not in env:
                raise VMError(f"undefined variable {args[0]!r} at line {pc}")
            stack.append(env[args[0]])
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op in ops:
            if len(stack) < 2:
                raise VMError(f"stack underflow in {op} at line {pc}")
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(ops[op](a, b))
            except ZeroDivisionError:
                raise VMError(f"division by zero at line {pc}") from None
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "print":
            out.append(stack.pop())
        elif op == "dup":
            stack.append(stack[-1])
        else:
            raise VMError(f"unknown instruction {op!r}")
    return out, env, steps
factorial = """push 1; store acc; push 10; store n
loop:; load n; jz end; load acc; load n; mul; store acc
load n; push 1; sub; store n; jmp loop
end:; load acc; print"""
out, env, steps = run(factorial)
print(out, sorted(env.items()), steps)
fib = """push 0; store a; push 1; store b; push 0; store i
top:; load i; push 12; lt; jz done; load a; print
load a; load b; add; load b; store a; store b
load i; push 1; add; store i; jmp top
done:"""
print(run(fib)[0])
for bad in ["push 1; add", "load ghost", "push 1; push 0; div", "frobnicate", "spin:; jmp spin"]:
    try:
        run(bad)
    except VMError as e:
        print("VMError:", e)
