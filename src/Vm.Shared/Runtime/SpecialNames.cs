// Special-method and attribute names as interned str objects of one runtime, so the operations
// on the hot path look them up without re-interning (a dictionary lookup) or building strings.
using Vm.Objects;

namespace Vm.Runtime;

#pragma warning disable IDE1006 // the fields are named exactly as the Python names they hold
public sealed class SpecialNames
{
    public readonly PyStr __abstractmethods__;
    public readonly PyStr __annotations__;
    public readonly PyStr __bool__;
    public readonly PyStr __build_class__;
    public readonly PyStr __call__;
    public readonly PyStr __class__;
    public readonly PyStr __class_getitem__;
    public readonly PyStr __classcell__;
    public readonly PyStr __contains__;
    public readonly PyStr __del__;
    public readonly PyStr __delattr__;
    public readonly PyStr __delete__;
    public readonly PyStr __delitem__;
    public readonly PyStr __format__;
    public readonly PyStr __get__;
    public readonly PyStr __getattr__;
    public readonly PyStr __getattribute__;
    public readonly PyStr __getitem__;
    public readonly PyStr __hash__;
    public readonly PyStr __index__;
    public readonly PyStr __init__;
    public readonly PyStr __init_subclass__;
    public readonly PyStr __iter__;
    public readonly PyStr __len__;
    public readonly PyStr __missing__;
    public readonly PyStr __module__;
    public readonly PyStr __name__;
    public readonly PyStr __new__;
    public readonly PyStr __next__;
    public readonly PyStr __pow__;
    public readonly PyStr __qualname__;
    public readonly PyStr __repr__;
    public readonly PyStr __set__;
    public readonly PyStr __set_name__;
    public readonly PyStr __setattr__;
    public readonly PyStr __setitem__;
    public readonly PyStr __slots__;
    public readonly PyStr __str__;

    /// <summary>Binary operator methods by BinaryOpArg base number (0..12): __add__, ...</summary>
    public readonly PyStr[] Binary;
    /// <summary>Reflected forms: __radd__, ...</summary>
    public readonly PyStr[] Reflected;
    /// <summary>In-place forms: __iadd__, ...</summary>
    public readonly PyStr[] Inplace;
    /// <summary>Rich comparisons by CompareOpArg: __lt__, __le__, __eq__, __ne__, __gt__, __ge__.</summary>
    public readonly PyStr[] Compare;

    public SpecialNames(PyRuntime rt)
    {
        __abstractmethods__ = rt.Intern("__abstractmethods__");
        __annotations__ = rt.Intern("__annotations__");
        __bool__ = rt.Intern("__bool__");
        __build_class__ = rt.Intern("__build_class__");
        __call__ = rt.Intern("__call__");
        __class__ = rt.Intern("__class__");
        __class_getitem__ = rt.Intern("__class_getitem__");
        __classcell__ = rt.Intern("__classcell__");
        __contains__ = rt.Intern("__contains__");
        __del__ = rt.Intern("__del__");
        __delattr__ = rt.Intern("__delattr__");
        __delete__ = rt.Intern("__delete__");
        __delitem__ = rt.Intern("__delitem__");
        __format__ = rt.Intern("__format__");
        __get__ = rt.Intern("__get__");
        __getattr__ = rt.Intern("__getattr__");
        __getattribute__ = rt.Intern("__getattribute__");
        __getitem__ = rt.Intern("__getitem__");
        __hash__ = rt.Intern("__hash__");
        __index__ = rt.Intern("__index__");
        __init__ = rt.Intern("__init__");
        __init_subclass__ = rt.Intern("__init_subclass__");
        __iter__ = rt.Intern("__iter__");
        __len__ = rt.Intern("__len__");
        __missing__ = rt.Intern("__missing__");
        __module__ = rt.Intern("__module__");
        __name__ = rt.Intern("__name__");
        __new__ = rt.Intern("__new__");
        __next__ = rt.Intern("__next__");
        __pow__ = rt.Intern("__pow__");
        __qualname__ = rt.Intern("__qualname__");
        __repr__ = rt.Intern("__repr__");
        __set__ = rt.Intern("__set__");
        __set_name__ = rt.Intern("__set_name__");
        __setattr__ = rt.Intern("__setattr__");
        __setitem__ = rt.Intern("__setitem__");
        __slots__ = rt.Intern("__slots__");
        __str__ = rt.Intern("__str__");
        string[] binary = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
        Binary = binary.Select(b => rt.Intern("__" + b + "__")).ToArray();
        Reflected = binary.Select(b => rt.Intern("__r" + b + "__")).ToArray();
        Inplace = binary.Select(b => rt.Intern("__i" + b + "__")).ToArray();
        Compare = new[] { "lt", "le", "eq", "ne", "gt", "ge" }.Select(c => rt.Intern("__" + c + "__")).ToArray();
    }
}
