namespace Vm.Bytecode;

/// <summary>The stack effect of each instruction (the pictures in Opcode.cs, as numbers).</summary>
public static class StackEffect
{
    /// <summary>True for instructions whose argument is an absolute jump target.</summary>
    public static bool IsJump(Opcode op) => op is Opcode.JUMP_FORWARD or Opcode.JUMP_ABSOLUTE
        or Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE or Opcode.JUMP_IF_FALSE_OR_POP
        or Opcode.JUMP_IF_TRUE_OR_POP or Opcode.JUMP_IF_NOT_EXC_MATCH or Opcode.FOR_ITER
        or Opcode.SETUP_FINALLY or Opcode.SETUP_WITH or Opcode.CHECK_EG_MATCH or Opcode.PREP_RERAISE_STAR
        or Opcode.SETUP_ASYNC_WITH;

    /// <summary>True for jumps that never fall through.</summary>
    public static bool IsUnconditionalJump(Opcode op) => op is Opcode.JUMP_FORWARD or Opcode.JUMP_ABSOLUTE;

    /// <summary>True for instructions after which control never falls through to the next one.</summary>
    public static bool EndsFlow(Opcode op) => op is Opcode.JUMP_FORWARD or Opcode.JUMP_ABSOLUTE
        or Opcode.RETURN_VALUE or Opcode.RAISE_VARARGS or Opcode.RERAISE;

    /// <summary>
    /// The change in stack depth. For jumps, <paramref name="jump"/> selects the effect when the
    /// jump is taken (for SETUP_FINALLY/SETUP_WITH: the depth at the handler) or when it falls through.
    /// </summary>
    public static int Of(Opcode op, int arg, bool jump = false)
    {
        switch (op)
        {
            case Opcode.NOP:
            case Opcode.ROT_TWO:
            case Opcode.ROT_THREE:
            case Opcode.ROT_FOUR:
            case Opcode.SWAP:
                return 0;
            case Opcode.POP_TOP:
                return -1;
            case Opcode.DUP_TOP:
            case Opcode.COPY:
                return 1;
            case Opcode.DUP_TOP_TWO:
                return 2;

            case Opcode.LOAD_CONST:
            case Opcode.LOAD_FAST:
            case Opcode.LOAD_FAST_AND_CLEAR:
            case Opcode.LOAD_DEREF:
            case Opcode.LOAD_CLOSURE:
            case Opcode.LOAD_CLASSDEREF:
            case Opcode.LOAD_GLOBAL:
            case Opcode.LOAD_NAME:
            case Opcode.LOAD_ASSERTION_ERROR:
            case Opcode.LOAD_BUILD_CLASS:
                return 1;
            case Opcode.STORE_FAST:
            case Opcode.STORE_FAST_MAYBE_NULL:
            case Opcode.STORE_DEREF:
            case Opcode.STORE_GLOBAL:
            case Opcode.STORE_NAME:
                return -1;
            case Opcode.DELETE_FAST:
            case Opcode.DELETE_DEREF:
            case Opcode.DELETE_GLOBAL:
            case Opcode.DELETE_NAME:
                return 0;
            case Opcode.LOAD_ATTR:
                return 0;
            case Opcode.STORE_ATTR:
                return -2;
            case Opcode.DELETE_ATTR:
                return -1;
            case Opcode.LOAD_METHOD:
                return 1;
            case Opcode.LOAD_SUPER_ATTR:
                return (arg & SuperAttrArgs.Method) != 0 ? -1 : -2;

            case Opcode.BINARY_SUBSCR:
                return -1;
            case Opcode.STORE_SUBSCR:
                return -3;
            case Opcode.DELETE_SUBSCR:
                return -2;
            case Opcode.BUILD_SLICE:
                return 1 - arg;

            case Opcode.UNARY_POSITIVE:
            case Opcode.UNARY_NEGATIVE:
            case Opcode.UNARY_NOT:
            case Opcode.UNARY_INVERT:
                return 0;
            case Opcode.BINARY_OP:
            case Opcode.COMPARE_OP:
            case Opcode.IS_OP:
            case Opcode.CONTAINS_OP:
                return -1;
            case Opcode.JUMP_IF_NOT_EXC_MATCH:
                return -2;

            case Opcode.BUILD_TUPLE:
            case Opcode.BUILD_LIST:
            case Opcode.BUILD_SET:
            case Opcode.BUILD_STRING:
                return 1 - arg;
            case Opcode.BUILD_MAP:
                return 1 - 2 * arg;
            case Opcode.BUILD_CONST_KEY_MAP:
                return -arg;
            case Opcode.LIST_APPEND:
            case Opcode.SET_ADD:
            case Opcode.LIST_EXTEND:
            case Opcode.SET_UPDATE:
            case Opcode.DICT_UPDATE:
            case Opcode.DICT_MERGE:
                return -1;
            case Opcode.MAP_ADD:
                return -2;
            case Opcode.LIST_TO_TUPLE:
                return 0;
            case Opcode.UNPACK_SEQUENCE:
                return arg - 1;
            case Opcode.UNPACK_EX:
                return (arg & 0xFF) + (arg >> 8);
            case Opcode.FORMAT_VALUE:
                return (arg & 4) != 0 ? -1 : 0;

            case Opcode.GET_ITER:
                return 0;
            case Opcode.FOR_ITER:
                return jump ? -1 : 1;
            case Opcode.JUMP_FORWARD:
            case Opcode.JUMP_ABSOLUTE:
                return 0;
            case Opcode.POP_JUMP_IF_FALSE:
            case Opcode.POP_JUMP_IF_TRUE:
                return -1;
            case Opcode.JUMP_IF_FALSE_OR_POP:
            case Opcode.JUMP_IF_TRUE_OR_POP:
                return jump ? 0 : -1;

            case Opcode.CALL:
                return -arg;
            case Opcode.CALL_KW:
                return -arg - 1;
            case Opcode.CALL_EX:
                return (arg & 1) != 0 ? -2 : -1;
            case Opcode.CALL_METHOD:
                return -arg - 1;
            case Opcode.CALL_METHOD_KW:
                return -arg - 2;
            case Opcode.MAKE_FUNCTION:
                return -1 - System.Numerics.BitOperations.PopCount((uint)(arg & 0xF));
            case Opcode.RETURN_VALUE:
                return -1;
            case Opcode.YIELD_VALUE:
            case Opcode.GET_YIELD_FROM_ITER:
                return 0;
            case Opcode.YIELD_FROM:
                return -1;
            case Opcode.RAISE_VARARGS:
                return -arg;

            case Opcode.SETUP_FINALLY:
                // The handler starts with PREV and E pushed at the block level.
                return jump ? 2 : 0;
            case Opcode.SETUP_WITH:
                // mgr -> exit enter_result; the handler has exit PREV E.
                return jump ? 2 : 1;
            case Opcode.POP_BLOCK:
                return 0;
            case Opcode.POP_EXCEPT:
                return -1;
            case Opcode.RERAISE:
                return -1;
            case Opcode.WITH_EXCEPT_START:
                return 1;

            case Opcode.IMPORT_NAME:
                return -1;
            case Opcode.IMPORT_FROM:
                return 1;
            case Opcode.IMPORT_STAR:
                return -1;
            case Opcode.SETUP_ANNOTATIONS:
                return 0;
            case Opcode.PRINT_EXPR:
                return -1;
            case Opcode.CHECK_EG_MATCH:
                return jump ? -1 : 0;
            case Opcode.PREP_RERAISE_STAR:
                return jump ? -1 : -2;
            case Opcode.GET_AWAITABLE:
            case Opcode.GET_AITER:
            case Opcode.ASYNC_GEN_WRAP:
                return 0;
            case Opcode.GET_ANEXT:
            case Opcode.IS_STOP_ASYNC_ITERATION:
            case Opcode.BEFORE_ASYNC_WITH:
                return 1;
            case Opcode.SETUP_ASYNC_WITH:
                // the handler has aexit PREV E
                return jump ? 1 : 0;
            case Opcode.MATCH_COPY:
            case Opcode.MATCH_SEQUENCE:
            case Opcode.MATCH_MAPPING:
            case Opcode.GET_LEN:
            case Opcode.MATCH_KEYS:
                return 1;
            case Opcode.MATCH_CLASS:
                return -2;
            case Opcode.MATCH_DICT_REST:
                return -1;
            default:
                throw new ArgumentOutOfRangeException(nameof(op), op, "unknown opcode");
        }
    }
}
