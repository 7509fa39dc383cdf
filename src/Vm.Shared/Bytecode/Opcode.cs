// The instruction set: one table of opcodes and their stack effects.
//
// An instruction is one int: opcode in the low 8 bits, argument in the high 24 bits
// (Instr.Encode / Instr.Op / Instr.Arg). Jump targets are ABSOLUTE instruction indexes.
// Stack pictures read bottom -> top; "->" separates what an instruction pops from what it pushes.
// The shape follows CPython 3.10's bytecode (a block stack for try/with), with 3.11-style
// single-object exceptions instead of (type, value, traceback) triples.
//
// Exception handling contract (the interpreter's side):
//  * SETUP_FINALLY/SETUP_WITH push a block {handler, level = stack depth at setup}.
//  * When an exception E is raised while the top block is a SETUP_FINALLY block:
//    pop the block, truncate the value stack to block.level, push an EXCEPT_HANDLER block
//    (level = block.level), push PREV (the thread's currently handled exception, or None),
//    set the handled exception to E, push E, jump to block.handler.
//    So a handler starts with stack [... PREV, E].
//  * When an exception unwinds through an EXCEPT_HANDLER block (raised inside a handler):
//    restore the handled exception from stack[level] (PREV), truncate to level, pop the block,
//    and continue unwinding with the next block.
//  * POP_EXCEPT: the top block must be an EXCEPT_HANDLER; pop it; pop PREV from the stack
//    (the handler has already popped E, e.g. by STORE_NAME or POP_TOP) and make it the handled
//    exception again.
//  * A newly raised exception gets __context__ = the handled exception (if not itself).
namespace Vm.Bytecode;

public enum Opcode : byte
{
    NOP = 0,
    POP_TOP,            // a ->
    ROT_TWO,            // a b -> b a
    ROT_THREE,          // a b c -> c a b
    ROT_FOUR,           // a b c d -> d a b c
    DUP_TOP,            // a -> a a
    DUP_TOP_TWO,        // a b -> a b a b
    COPY,               // arg=n (1-based from top): ... x (n-1 items) -> ... x ... x
    SWAP,               // arg=n: swap top with the n-th item from the top (n >= 2)

    LOAD_CONST,         // -> consts[arg]
    LOAD_FAST,          // -> locals[arg]   (UnboundLocalError if unset)
    STORE_FAST,         // v -> ; locals[arg] = v
    DELETE_FAST,        // locals[arg] = unset (UnboundLocalError if unset)
    LOAD_FAST_AND_CLEAR,  // -> locals[arg] (NULL if unset); locals[arg] = unset. The local's count moves to the
                          // stack copy: an inlined comprehension (PEP 709) saves a shadowed local with it
    STORE_FAST_MAYBE_NULL,// v -> ; locals[arg] = v (v may be NULL), taking over the count LOAD_FAST_AND_CLEAR moved
                          // to the stack (no new count): restores the saved local after the comprehension
    LOAD_DEREF,         // -> cells[arg].contents  (cells = cellvars then freevars); NameError/UnboundLocalError if empty
    STORE_DEREF,        // v -> ; cells[arg].contents = v
    DELETE_DEREF,       //
    LOAD_CLOSURE,       // -> cells[arg] (the cell object itself, for building closures)
    LOAD_CLASSDEREF,    // class body reading a free var: locals-dict[freename] if present else cells[arg]
    LOAD_GLOBAL,        // -> globals[names[arg]] or builtins[...]; NameError
    STORE_GLOBAL,       // v ->
    DELETE_GLOBAL,
    LOAD_NAME,          // -> locals-mapping, then globals, then builtins [names[arg]]
    STORE_NAME,         // v -> ; locals-mapping[names[arg]] = v
    DELETE_NAME,
    LOAD_ATTR,          // o -> o.names[arg]
    STORE_ATTR,         // v o -> ; o.names[arg] = v
    DELETE_ATTR,        // o ->
    LOAD_METHOD,        // o -> meth o   (meth is an unbound function found on type(o); o is self)
                        //   or   o -> NULL attr  (NULL is the interpreter's null marker: the attribute is already bound)
    LOAD_SUPER_ATTR,    // super cls self -> attr  (super(cls, self).names[arg >> 2]; CPython 3.12+'s instruction)
                        //   arg & 1 (SuperAttrArgs.Method): -> meth self  or  -> NULL attr, as LOAD_METHOD;
                        //   arg & 2 (SuperAttrArgs.TwoArgs): `super(cls, self)` was written, else `super()`, whose
                        //   __class__ cell and first argument the compiler loaded. When super is not the builtin
                        //   type (or cls no type), super is called (with cls and self only for TwoArgs) and
                        //   the attribute read from its result.
    LOAD_ASSERTION_ERROR, // -> AssertionError
    LOAD_BUILD_CLASS,   // -> builtins.__build_class__

    BINARY_SUBSCR,      // o k -> o[k]
    STORE_SUBSCR,       // v o k -> ; o[k] = v
    DELETE_SUBSCR,      // o k ->
    BUILD_SLICE,        // arg=2: lo hi -> slice ; arg=3: lo hi step -> slice

    UNARY_POSITIVE,     // a -> +a
    UNARY_NEGATIVE,     // a -> -a
    UNARY_NOT,          // a -> not a
    UNARY_INVERT,       // a -> ~a
    BINARY_OP,          // a b -> a OP b ; arg = BinaryOpArg (in-place forms included)
    COMPARE_OP,         // a b -> a CMP b ; arg = CompareOpArg (Lt..GtE only), | CompareOpArgs.KeepsRight in a chain
    IS_OP,              // a b -> (a is b) ; arg=1 means `is not`
    CONTAINS_OP,        // a b -> (a in b) ; arg&1 means `not in`, | CompareOpArgs.KeepsRight in a chain
    JUMP_IF_NOT_EXC_MATCH, // E T -> ; jump to arg if not isinstance(E, T) (T a class or tuple of classes); TypeError if T is not an exception class

    BUILD_TUPLE,        // arg items -> tuple
    BUILD_LIST,         // arg items -> list
    BUILD_SET,          // arg items -> set
    BUILD_MAP,          // k1 v1 ... kN vN (arg=N) -> dict
    BUILD_CONST_KEY_MAP,// v1..vN keys_tuple (arg=N) -> dict
    BUILD_STRING,       // arg strs -> concatenated str
    LIST_APPEND,        // list ... (arg-1 items) v -> list ... ; list = stack[-arg-1] after popping v (CPython semantics: PEEK(arg) after pop)
    SET_ADD,            // same addressing as LIST_APPEND
    MAP_ADD,            // dict ... k v -> dict ... ; dict = PEEK(arg) after popping k, v
    LIST_EXTEND,        // list ... it -> list ... ; list.extend(it) with list = PEEK(arg) after pop
    SET_UPDATE,         // same addressing
    DICT_UPDATE,        // same addressing; dict.update(m) (TypeError "'X' object is not a mapping")
    DICT_MERGE,         // same addressing; like DICT_UPDATE but duplicate keys raise TypeError
                        // "f() got multiple values for keyword argument 'k'" (the function is PEEK(arg+2))
    LIST_TO_TUPLE,      // list -> tuple
    UNPACK_SEQUENCE,    // seq -> item_{n-1} ... item_0  (item_0 on top); arg=n
    UNPACK_EX,          // seq -> ... ; arg = before | (after << 8); pushes after items, a list, before items (first item on top)
    FORMAT_VALUE,       // v [spec] -> str ; arg & 3: 0 none, 1 str(), 2 repr(), 3 ascii(); arg & 4: a format spec is on top

    GET_ITER,           // o -> iter(o)
    FOR_ITER,           // it -> it next  | at exhaustion: pop it and jump to arg
    JUMP_FORWARD,       // jump to arg (absolute; name kept for reading disassembly)
    JUMP_ABSOLUTE,      // jump to arg (absolute; a backward jump checks the eval breaker)
    POP_JUMP_IF_FALSE,  // v -> ; jump to arg if not truthy
    POP_JUMP_IF_TRUE,   // v -> ; jump to arg if truthy
    JUMP_IF_FALSE_OR_POP, // v -> v (and jump) if falsy, else pop
    JUMP_IF_TRUE_OR_POP,  // v -> v (and jump) if truthy, else pop

    CALL,               // f a1..aN -> f(a1..aN) ; arg=N
    CALL_KW,            // f a1..aN kwnames -> result; arg = N = count of all args incl. keyword values;
                        // kwnames is a const tuple of str naming the last len(kwnames) args
    CALL_EX,            // f args_tuple [kwargs_dict] -> result ; arg & 1: kwargs present
    CALL_METHOD,        // meth self a1..aN -> result  or  NULL callable a1..aN -> result ; arg=N
    CALL_METHOD_KW,     // as CALL_METHOD with a kwnames tuple on top; arg=N (incl. keyword values)
    MAKE_FUNCTION,      // [defaults tuple] [kwdefaults dict] [annotations tuple (name, value, name, value...)] [closure tuple] code qualname -> function
                        // arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure (pushed in that order)
    RETURN_VALUE,       // v -> (return v from the frame)
    YIELD_VALUE,        // v -> sent  (suspends the generator; resumes with the sent value pushed)
    GET_YIELD_FROM_ITER,// o -> iter (a generator passes through unchanged)
    YIELD_FROM,         // it v -> it  (send v to it; if it yields y, suspend yielding y and on resume re-run
                        // this instruction with the sent value in v's place; when it returns r: pop it, push r)
    RAISE_VARARGS,      // arg=0: re-raise the handled exception; 1: exc -> ; 2: exc cause ->

    SETUP_FINALLY,      // push block(handler=arg, level=stack depth)
    SETUP_WITH,         // mgr -> exit_bound enter_result ; pushes block(handler=arg, level=depth after pushing exit_bound)
    POP_BLOCK,          // pop the top block (a SETUP_FINALLY/SETUP_WITH one)
    POP_EXCEPT,         // see the contract above: PREV -> ; pop EXCEPT_HANDLER block, restore handled exception
    RERAISE,            // E -> ; raise E again (its traceback continues)
    WITH_EXCEPT_START,  // exit_bound PREV E -> exit_bound PREV E result ; result = exit_bound(type(E), E, E.__traceback__)

    IMPORT_NAME,        // level fromlist -> module ; names[arg] is the dotted name
    IMPORT_FROM,        // module -> module attr ; names[arg]; ImportError "cannot import name 'x' from 'm' (path)"
    IMPORT_STAR,        // module -> ; copies public names into the locals mapping

    SETUP_ANNOTATIONS,  // create __annotations__ = {} in the locals mapping if missing (module/class bodies)
    PRINT_EXPR,         // v -> ; REPL: sys.displayhook(v)

    // except* (PEP 654), as CPython 3.11+:
    CHECK_EG_MATCH,     // exc T -> rest match  (match found: the handled exception becomes match)
                        // or exc T -> rest and jump to arg (no match). exc/rest may be None.
    PREP_RERAISE_STAR,  // orig list -> result and jump to arg ; what the try/except* re-raises, or
                        // orig list -> (no jump) when that is None; the handled exception is orig again

    // async def / await / async for / async with (Interpreter.Async.cs; run through Eval's default case):
    GET_AWAITABLE,      // o -> awaitable iterator (a coroutine itself, or o.__await__()); arg 0 await, 1 after
                        // __aenter__, 2 after __aexit__ (for the error message)
    GET_AITER,          // o -> o.__aiter__() (arg 1: in a PyAsyncForIter box that counts it, for a loop's stack slot)
    GET_ANEXT,          // aiter -> aiter awaitable (of aiter.__anext__())
    IS_STOP_ASYNC_ITERATION, // E -> E (E is a StopAsyncIteration) ; ends an `async for` in its handler
    ASYNC_GEN_WRAP,     // v -> wrapped v  (an async generator's `yield`, told apart from an await's suspension)
    BEFORE_ASYNC_WITH,  // mgr -> bound __aexit__, mgr.__aenter__()
    SETUP_ASYNC_WITH,   // aexit res -> aexit res ; pushes block(handler=arg, level=depth below res)

    // The match statement (PEP 634; Compiling/Compiler.Match.cs emits them, Interpreter.RareOps.cs runs them):
    MATCH_COPY,         // ... KEEP (arg-1 items) v -> ... v v ; a floating v is also kept alive by the list in the
                        // KEEP slot (None until needed), so consuming either stack copy does not free it
    MATCH_SEQUENCE,     // s -> s bool (a collections.abc.Sequence other than str, bytes, bytearray)
    MATCH_MAPPING,      // s -> s bool (a collections.abc.Mapping)
    GET_LEN,            // s -> s len(s)
    MATCH_KEYS,         // s keys -> s keys values  (a tuple of s.get(k) for the keys, or None when one is missing;
                        // ValueError for a repeated key)
    MATCH_CLASS,        // s cls names -> attrs  (arg positional sub-patterns, then the keyword names: a tuple of
                        // the attributes when isinstance(s, cls) and all exist, else None)
    MATCH_DICT_REST,    // s keys -> dict(s) without the keys (`**rest`)

    // Superinstructions (Bytecode/Superinstructions.cs): never emitted by the compiler nor seen in a
    // CodeUnit; a code object's executable copy has the FIRST instruction of a pattern replaced, and
    // the pattern's other instructions left in place (a jump into the middle runs them one by one).
    // Each runs its pattern at once for exact int/float operands, else behaves as its LOAD_FAST / LOAD_CONST.
    // The four BINARY_OP forms are in this order: bit 0 of (op - first) = constant operand, bit 1 = store.
    LOAD_FAST_LOAD_FAST_BINARY_OP,        // LOAD_FAST a; LOAD_FAST b; BINARY_OP op
    LOAD_FAST_LOAD_CONST_BINARY_OP,       // LOAD_FAST a; LOAD_CONST k; BINARY_OP op
    LOAD_FAST_LOAD_FAST_BINARY_OP_STORE,  // LOAD_FAST a; LOAD_FAST b; BINARY_OP op; STORE_FAST c
    LOAD_FAST_LOAD_CONST_BINARY_OP_STORE, // LOAD_FAST a; LOAD_CONST k; BINARY_OP op; STORE_FAST c
    LOAD_FAST_LOAD_FAST_COMPARE_JUMP,     // LOAD_FAST a; LOAD_FAST b; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE t
    LOAD_FAST_LOAD_CONST_COMPARE_JUMP,    // LOAD_FAST a; LOAD_CONST k; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE t
    LOAD_FAST_BINARY_OP,                  // LOAD_FAST b; BINARY_OP op   (the left operand is on the stack)
    LOAD_CONST_BINARY_OP,                 // LOAD_CONST k; BINARY_OP op
    LOAD_FAST_COMPARE_JUMP,               // LOAD_FAST b; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE t   (left operand on the stack)
    LOAD_CONST_COMPARE_JUMP,              // LOAD_CONST k; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE t
    FOR_ITER_STORE_FAST,                  // FOR_ITER t; STORE_FAST x   (range and list iterators; else FOR_ITER)
    // Local moves of any values (CPython 3.13's LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST):
    // each runs as its first instruction alone when the local it would load second is unbound.
    LOAD_FAST_LOAD_FAST,                  // LOAD_FAST a; LOAD_FAST b
    STORE_FAST_LOAD_FAST,                 // STORE_FAST a; LOAD_FAST b
    STORE_FAST_STORE_FAST,                // STORE_FAST a; STORE_FAST b
    // o[k] of a local exact list or tuple at a machine-int index (Interpreter.LocalSubscripts.cs), and `o[k] op= v`'s
    // read (o, k and o[k] pushed at once) and write (o[k] = v, a list); else each runs as its first instruction
    // (the local-index reads as LOAD_FAST_LOAD_FAST). The four reads in this order: bit 0 = constant index, bit 1 = DUP.
    LOAD_FAST_LOAD_FAST_SUBSCR,           // LOAD_FAST o; LOAD_FAST k; BINARY_SUBSCR
    LOAD_FAST_LOAD_CONST_SUBSCR,          // LOAD_FAST o; LOAD_CONST k; BINARY_SUBSCR
    LOAD_FAST_LOAD_FAST_DUP_SUBSCR,       // LOAD_FAST o; LOAD_FAST k; DUP_TOP_TWO; BINARY_SUBSCR
    LOAD_FAST_LOAD_CONST_DUP_SUBSCR,      // LOAD_FAST o; LOAD_CONST k; DUP_TOP_TWO; BINARY_SUBSCR
    ROT_THREE_STORE_SUBSCR,               // ROT_THREE; STORE_SUBSCR
}

/// <summary>BINARY_OP arguments (CPython 3.12's numbering: in-place = base + 13).</summary>
public enum BinaryOpArg
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5, Remainder = 6,
    Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
    InplaceAdd = 13, InplaceAnd = 14, InplaceFloorDivide = 15, InplaceLShift = 16,
    InplaceMatrixMultiply = 17, InplaceMultiply = 18, InplaceRemainder = 19, InplaceOr = 20,
    InplacePower = 21, InplaceRShift = 22, InplaceSubtract = 23, InplaceTrueDivide = 24, InplaceXor = 25,
}

/// <summary>LOAD_SUPER_ATTR's flags, below the name index (arg >> 2).</summary>
public static class SuperAttrArgs
{
    public const int Method = 1;
    public const int TwoArgs = 2;
}

/// <summary>COMPARE_OP arguments.</summary>
public enum CompareOpArg { Lt = 0, LtE = 1, Eq = 2, NotEq = 3, Gt = 4, GtE = 5 }

public static class CompareOpArgs
{
    /// <summary>
    /// Flag on the arg of a COMPARE_OP or CONTAINS_OP that is not the last link of a chained
    /// comparison (`a < b < c`): its right operand was copied with DUP_TOP for the next link, and
    /// stack copies are uncounted, so the instruction must not release it (a floating `b`, such
    /// as a call's result, would be freed while the copy still holds it). The next link or the
    /// chain's cleanup POP_TOP releases it.
    /// </summary>
    public const int KeepsRight = 0x10;

    /// <summary>The operator part of a COMPARE_OP arg, or the `not` bit of a CONTAINS_OP arg.</summary>
    public const int OperatorMask = 0xF;

    /// <summary>x OP y with the type's own operators (IEEE semantics for doubles: NaN compares false
    /// except !=). Compare a three-way result with <c>op.Holds(c, 0)</c>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Holds<T>(this CompareOpArg op, T x, T y) where T : System.Numerics.IComparisonOperators<T, T, bool> => op switch
    {
        CompareOpArg.Lt => x < y,
        CompareOpArg.LtE => x <= y,
        CompareOpArg.Eq => x == y,
        CompareOpArg.NotEq => x != y,
        CompareOpArg.Gt => x > y,
        _ => x >= y,
    };
}

public static class Instr
{
    public const int MaxArg = (1 << 24) - 1;
    public static int Encode(Opcode op, int arg = 0) => (int)op | (arg << 8);
    public static Opcode Op(int instr) => (Opcode)(instr & 0xFF);
    public static int Arg(int instr) => instr >>> 8;
}
