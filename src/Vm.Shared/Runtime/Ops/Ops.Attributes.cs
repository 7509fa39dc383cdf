using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Ops<TSync>
{
    public static PyObject GetAttr(PyThreadState ts, PyObject o, PyStr name)
    {
        var r = TryGetAttr(ts, o, name);
        if (r != null) return r;
        throw AttributeErrorFor(ts, o, name);
    }

    public static PyObject GetAttr(PyThreadState ts, PyObject o, string name) => GetAttr(ts, o, ts.Rt.Intern(name));

    public static PyException AttributeErrorFor(PyThreadState ts, PyObject o, PyStr name)
    {
        var e = o switch
        {
            PyType t => ts.Rt.AttributeError($"type object '{t.Name}' has no attribute '{name.Value}'"),
            PyModule m => ts.Rt.AttributeError($"module '{m.Name}' has no attribute '{name.Value}'"),
            Vm.Modules.PyThreadLocal l => ts.Rt.AttributeError($"'{l.TypeName}' object has no attribute '{name.Value}'"),
            _ => NoAttribute(ts, o.Type, name),
        };
        return WithNameAndObj(ts, e, name, o);
    }

    /// <summary>"'T' object has no attribute 'x'" without name/obj (what a failed delete raises).</summary>
    private static PyException NoAttribute(PyThreadState ts, PyType tp, PyStr name) =>
        ts.Rt.AttributeError($"'{tp.Name}' object has no attribute '{name.Value}'");

    private static PyException WithNameAndObj(PyThreadState ts, PyException e, PyStr name, PyObject o)
    {
        SetErrorAttr(ts, e.Value, ts.Rt.Intern("name"), name);
        SetErrorAttr(ts, e.Value, ts.Rt.Intern("obj"), o);
        return e;
    }

    /// <summary>NameError for an unbound global/builtin name, with its `name` attribute set.</summary>
    public static PyException NameErrorFor(PyThreadState ts, PyStr name)
    {
        var e = ts.Rt.NameError($"name '{name.Value}' is not defined");
        SetErrorAttr(ts, e.Value, ts.Rt.Intern("name"), name);
        return e;
    }

    private static void SetErrorAttr(PyThreadState ts, PyBaseException e, PyStr key, PyObject value)
    {
        var ed = GetOrCreateDict(ts, e, e);
        DictOps<TSync>.SetItem(ts, ed, key, value);
    }

    /// <summary>getattr without the AttributeError: null when absent. Other exceptions propagate.</summary>
    public static PyObject? TryGetAttr(PyThreadState ts, PyObject o, PyStr name)
    {
        var tp = o.Type;
        if (tp.IsHeapType && tp.CustomGetAttribute)
            return GetAttrViaUserHooks(ts, o, name);
        if (tp.IsHeapType && tp.HasGetAttrHook)
            return GetAttrWithHook(ts, o, name);
        return o is PyType t ? TypeGetAttr(ts, t, name) : o is PySuper sp ? SuperGetAttr(ts, sp, name)
            : GenericGetAttr(ts, o, name) ?? (o is PyModule m ? ModuleGetAttrHook(ts, m, name) : null);
    }

    /// <summary>PEP 562: a module's own <c>__getattr__(name)</c>, called when the module has no such attribute.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? ModuleGetAttrHook(PyThreadState ts, PyModule m, PyStr name)
    {
        var hook = m.Dict?.GetStr(ts.Rt.S.__getattr__);
        return hook == null ? null : Call(ts, hook, [name], null);
    }

    /// <summary>Generic lookup, then __getattr__ when it found nothing or a descriptor raised AttributeError (slot_tp_getattr_hook).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    private static PyObject? GetAttrWithHook(PyThreadState ts, PyObject o, PyStr name)
    {
        PyObject? r;
        try
        {
            r = o is PyType t ? TypeGetAttr(ts, t, name) : o is PySuper sp ? SuperGetAttr(ts, sp, name) : GenericGetAttr(ts, o, name);
        }
        catch (PyException e) when (IsInstance(e.Value, ts.Rt.ExceptionTypes["AttributeError"]))
        {
            DiscardException(ts, e);
            r = null;
        }
        return r ?? CallGetAttrHook(ts, o, name);
    }

    private static PyObject? GetAttrViaUserHooks(PyThreadState ts, PyObject o, PyStr name)
    {
        var tp = o.Type;
        var ga = tp.Lookup(ts.Rt.S.__getattribute__);
        PyObject? r = null;
        if (ga != null && !(ga is PyBuiltinFunction))
        {
            try
            {
                r = CallMethodDescr(ts, ga, o, [name]);
            }
            catch (PyException e) when (IsInstance(e.Value, ts.Rt.ExceptionTypes["AttributeError"]))
            {
                if (!tp.HasGetAttrHook) throw;
                DiscardException(ts, e);
                r = null;
            }
        }
        else
        {
            r = o is PyType t ? TypeGetAttr(ts, t, name) : GenericGetAttr(ts, o, name);
        }
        if (r == null && tp.HasGetAttrHook) return CallGetAttrHook(ts, o, name);
        return r;
    }

    private static PyObject? CallGetAttrHook(PyThreadState ts, PyObject o, PyStr name)
    {
        var hook = o.Type.Lookup(ts.Rt.S.__getattr__);
        return hook == null ? null : CallMethodDescr(ts, hook, o, [name]);
    }

    /// <summary>super().name: the MRO of the object's type after ThisType.</summary>
    public static PyObject? SuperGetAttr(PyThreadState ts, PySuper s, PyStr name)
    {
        if (s.ObjType != null && name.Value != "__class__" && SuperLookup(s.ThisType, s.ObjType, name) is { } v)
            return v.IsPlainValue() ? v : BindDescriptor(ts, v, SuperBindTarget(s.Obj!, s.ObjType), s.ObjType);
        return GenericGetAttr(ts, s, name);
    }

    /// <summary>
    /// What super(thisType, obj) looks up <paramref name="name"/> in: the dicts of the MRO of
    /// <paramref name="objType"/> after thisType (nothing when thisType is not in it), unbound;
    /// null when none has it (CPython's _super_lookup_descr).
    /// </summary>
    public static PyObject? SuperLookup(PyType thisType, PyType objType, PyStr name)
    {
        var mro = objType.Mro;
        int i = Array.IndexOf(mro, thisType);
        for (i++; i > 0 && i < mro.Length; i++)
            if (mro[i].Dict.GetStr(name) is { } v) return v;
        return null;
    }

    /// <summary>The instance a super object binds what it finds to: none (null) in class mode, when obj is the type itself.</summary>
    public static PyObject? SuperBindTarget(PyObject obj, PyType objType) => ReferenceEquals(obj, objType) ? null : obj;

    /// <summary>
    /// super(thisType, obj)'s check (CPython's supercheck): the type whose MRO the lookup walks,
    /// obj itself when it is a subclass of thisType (class mode), else obj's type when it is an
    /// instance; TypeError otherwise.
    /// </summary>
    public static PyType SuperCheck(PyThreadState ts, PyType thisType, PyObject obj)
    {
        if (obj is PyType ot && ot.IsSubtypeOf(thisType)) return ot;
        if (obj.Type.IsSubtypeOf(thisType)) return obj.Type;
        throw ts.Rt.TypeError($"super(type, obj): obj ({(obj is PyType ot2 ? "type " + ot2.Name : "instance of " + obj.Type.Name)}) is not an instance or subtype of type ({thisType.Name}).");
    }

    /// <summary>Calls an attribute found on a type as a method of self (descriptor-aware).</summary>
    public static PyObject CallMethodDescr(PyThreadState ts, PyObject descr, PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (descr is PyFunction || (descr is PyBuiltinFunction bf && bf.IsMethodDescriptor))
            return CallWithSelf(ts, descr, self, args, null);
        var bound = BindDescriptor(ts, descr, self, self.Type);
        return Call(ts, bound, args, null);
    }

    /// <summary>descr.__get__(obj, type) for the descriptors that bind (functions, builtin methods, wrappers, user __get__).</summary>
    public static PyObject BindDescriptor(PyThreadState ts, PyObject descr, PyObject? obj, PyType type)
    {
        switch (descr)
        {
            case PyFunction f:
                return obj == null ? f : NewBoundMethod(ts, f, obj);
            case PyBuiltinFunction bf when bf.IsMethodDescriptor:
                return obj == null ? bf : NewBoundBuiltin(ts, bf, obj);
            case PyMethodWrapper w when MethodWrapperHook(ts, w) == null:
                return BindMethodWrapper(ts, w, type);
            case PyGetSetDescriptor gs:
                return obj == null ? gs : gs.Getter(ts, obj);
            case PyProperty p:
                if (PropertyHook(ts, p, ts.Rt.S.__get__) is { } get)
                    return CallMethodDescr(ts, get, p, [obj ?? ts.Rt.None, type]);
                return obj == null ? p : PropertyGet(ts, p, obj);
        }
        if (descr.Type.IsHeapType)
        {
            var get = descr.Type.Lookup(ts.Rt.S.__get__);
            if (get != null)
                return CallMethodDescr(ts, get, descr, [obj ?? ts.Rt.None, type]);
        }
        return descr;
    }

    /// <summary>
    /// A property subclass's own __get__, __set__ or __delete__ (<paramref name="name"/>), else null
    /// (an exact property, or a subclass inheriting property's). property's native methods call
    /// PropertyGet/PropertySet directly, so a hook calling super().__get__ does not come back here.
    /// </summary>
    private static PyObject? PropertyHook(PyThreadState ts, PyProperty p, PyStr name)
    {
        var prop = ts.Rt.PropertyType;
        if (ReferenceEquals(p.Type, prop)) return null;
        var hook = p.Type.Lookup(name);
        return ReferenceEquals(hook, prop.Lookup(name)) ? null : hook;
    }

    /// <summary>property.__get__(obj): fget(obj).</summary>
    public static PyObject PropertyGet(PyThreadState ts, PyProperty p, PyObject obj)
    {
        if (p.Getter == null || p.Getter == ts.Rt.None)
            throw ts.Rt.AttributeError(PropertyError(ts, p, obj, "getter"));
        return Call(ts, p.Getter, [obj], null);
    }

    /// <summary>property.__set__(obj, value) (value null: __delete__): fset(obj, value) or fdel(obj).</summary>
    public static void PropertySet(PyThreadState ts, PyProperty p, PyObject obj, PyObject? value)
    {
        var fn = value == null ? p.Deleter : p.Setter;
        if (fn == null || fn == ts.Rt.None)
            throw ts.Rt.AttributeError(PropertyError(ts, p, obj, value == null ? "deleter" : "setter"));
        if (value == null) Call(ts, fn, [obj], null);
        else Call(ts, fn, [obj, value], null);
    }

    private static string PropertyError(PyThreadState ts, PyProperty p, PyObject obj, string what)
    {
        var name = p.Name is PyStr s ? s.Value : null;
        return name != null
            ? $"property '{name}' of '{obj.Type.Name}' object has no {what}"
            : $"property of '{obj.Type.Name}' object has no {what}";
    }

    /// <summary>
    /// staticmethod.__get__ / classmethod.__get__ (their native methods call this, so a subclass's
    /// __get__ calling super().__get__ does not come back to BindDescriptor): the callable, or the
    /// callable bound to <paramref name="type"/>.
    /// </summary>
    public static PyObject BindMethodWrapper(PyThreadState ts, PyMethodWrapper w, PyType type) =>
        w.IsClassMethod ? BindClassMethod(ts, w.Callable, type) : w.Callable;

    /// <summary>A staticmethod/classmethod subclass's own __get__, else null (as PropertyHook).</summary>
    private static PyObject? MethodWrapperHook(PyThreadState ts, PyMethodWrapper w)
    {
        var t = w.Type;
        if (!t.IsHeapType) return null;
        var native = (w.IsClassMethod ? ts.Rt.ClassMethodType : ts.Rt.StaticMethodType).Lookup(ts.Rt.S.__get__);
        var hook = t.Lookup(ts.Rt.S.__get__);
        return ReferenceEquals(hook, native) ? null : hook;
    }

    private static PyObject BindClassMethod(PyThreadState ts, PyObject callable, PyType type)
    {
        if (callable is PyFunction f) return NewBoundMethod(ts, f, type);
        if (callable is PyBuiltinFunction bf && bf.Self == null) return NewBoundBuiltin(ts, bf, type);
        return NewBoundMethod(ts, callable, type);
    }

    /// <summary>A bound method holding counted references to its function and self.</summary>
    public static PyMethod NewBoundMethod(PyThreadState ts, PyObject func, PyObject self)
    {
        ObjectLifecycle<TSync>.IncRef(ts, func);
        ObjectLifecycle<TSync>.IncRef(ts, self);
        return new PyMethod(ts.Rt.MethodType, func, self);
    }

    /// <summary>A builtin method bound to self (a counted reference).</summary>
    public static PyBuiltinFunction NewBoundBuiltin(PyThreadState ts, PyBuiltinFunction bf, PyObject self)
    {
        ObjectLifecycle<TSync>.IncRef(ts, self);
        var kind = ReferenceEquals(bf.Type, ts.Rt.WrapperDescriptorType) ? ts.Rt.MethodWrapperType : ts.Rt.BuiltinFunctionType;
        return new PyBuiltinFunction(kind, bf.Name, bf.Fn, bf.OwnerType, self, bf.Doc) { StaticOwner = bf.StaticOwner };
    }

    /// <summary>True when descr has __set__ or __delete__ (a data descriptor wins over the instance dict).</summary>
    public static bool IsDataDescriptor(PyThreadState ts, PyObject descr)
    {
        switch (descr)
        {
            case PyGetSetDescriptor:
            case PyProperty:
            case PySlotDescriptor:
                return true;
            case PyFunction:
            case PyBuiltinFunction:
            case PyMethodWrapper:
            case PyStr:
            case PyInt:
                return false;
        }
        var t = descr.Type;
        if (!t.IsHeapType) return false;
        return t.Lookup(ts.Rt.S.__set__) != null || t.Lookup(ts.Rt.S.__delete__) != null;
    }

    /// <summary>object.__getattribute__.</summary>
    public static PyObject? GenericGetAttr(PyThreadState ts, PyObject o, PyStr name)
    {
        var tp = o.Type;
        var descr = tp.Lookup(name);
        if (descr != null && !descr.IsPlainValue() && IsDataDescriptor(ts, descr))
            return BindDataDescriptor(ts, descr, o, tp);
        // The object's own attribute; a __dict__ holding a str subclass or other non-str key is
        // searched as CPython searches it (its __eq__ decides: InstanceDictOps.OwnAttr).
        if (o.GetType() == typeof(PyInstance))
        {
            var inst = Unsafe.As<PyInstance>(o);
            if ((InstanceDictOps<TSync>.HasGeneralDict(inst) ? InstanceDictOps<TSync>.OwnAttr(ts, inst, name) : inst.GetOwnAttr(name)) is { } v) return v;
        }
        else if (o is IHasDict hd && hd.Dict is { } d)
        {
            var v = DictOps<TSync>.GetName(ts, d, name);
            if (v != null) return v;
        }
        if (descr != null) return descr.IsPlainValue() ? descr : BindDescriptor(ts, descr, o, tp);
        return o is PyMethod m ? FunctionAttrOfMethod(ts, m, name) : null;
    }

    /// <summary>A bound method has no attributes of its own beyond its type's: the rest are its
    /// function's (method.marker reads func.marker, as CPython's method_getattro does).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? FunctionAttrOfMethod(PyThreadState ts, PyMethod m, PyStr name) => TryGetAttr(ts, m.Func, name);

    private static PyObject BindDataDescriptor(PyThreadState ts, PyObject descr, PyObject o, PyType tp)
    {
        if (descr is PySlotDescriptor sd)
        {
            if (!sd.AppliesTo(o)) throw sd.NotApplicable(ts, o);
            var v = sd.Get(o);
            if (v == null) throw AttributeErrorFor(ts, o, ts.Rt.Intern(sd.Name));
            return v;
        }
        return BindDescriptor(ts, descr, o, tp);
    }

    /// <summary>type.__getattribute__: metatype data descriptors, then the type's MRO, then metatype attributes.</summary>
    public static PyObject? TypeGetAttr(PyThreadState ts, PyType t, PyStr name)
    {
        var meta = t.Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr != null && !metaAttr.IsPlainValue() && IsDataDescriptor(ts, metaAttr))
            return BindDescriptor(ts, metaAttr, t, meta);
        var attr = t.Lookup(name);
        if (attr != null)
        {
            if (attr.IsPlainValue()) return attr;
            return attr switch
            {
                PyFunction => attr,
                PyBuiltinFunction bf when bf.IsMethodDescriptor => attr,
                PyMethodWrapper w when MethodWrapperHook(ts, w) == null => BindMethodWrapper(ts, w, t),
                PyProperty p when PropertyHook(ts, p, ts.Rt.S.__get__) != null => BindDescriptor(ts, attr, null, t),
                PyGetSetDescriptor or PyProperty or PySlotDescriptor => attr,
                _ => BindDescriptor(ts, attr, null, t),
            };
        }
        if (metaAttr != null) return metaAttr.IsPlainValue() ? metaAttr : BindDescriptor(ts, metaAttr, t, meta);
        return null;
    }

    public static void SetAttr(PyThreadState ts, PyObject o, PyStr name, PyObject value)
    {
        var tp = o.Type;
        if (tp.IsHeapType && tp.CustomSetAttr)
        {
            var hook = tp.Lookup(ts.Rt.S.__setattr__);
            if (hook != null && hook is not PyBuiltinFunction)
            {
                CallMethodDescr(ts, hook, o, [name, value]);
                return;
            }
        }
        GenericSetAttr(ts, o, name, value);
    }

    public static void GenericSetAttr(PyThreadState ts, PyObject o, PyStr name, PyObject? value)
    {
        if (o is PyType t)
        {
            TypeSetAttr(ts, t, name, value);
            return;
        }
        var tp = o.Type;
        var descr = tp.Lookup(name);
        if (descr != null && !descr.IsPlainValue())
        {
            switch (descr)
            {
                case PySlotDescriptor sd:
                    if (value != null) sd.Set<TSync>(ts, o, value);
                    else if (!sd.Delete<TSync>(ts, o)) // unset: one check under the instance's section
                        throw ts.Rt.AttributeError(sd.Name); // CPython 3.13's member_set says only the name
                    return;
                case PyGetSetDescriptor gs:
                    if (gs.Setter == null)
                        throw ts.Rt.AttributeError(gs.ReadOnlyMember ? "readonly attribute" : $"attribute '{gs.Name}' of '{tp.Name}' objects is not writable");
                    gs.Setter(ts, o, value);
                    return;
                case PyProperty p:
                    if (PropertyHook(ts, p, value == null ? ts.Rt.S.__delete__ : ts.Rt.S.__set__) is { } hook)
                    {
                        if (value == null) CallMethodDescr(ts, hook, p, [o]);
                        else CallMethodDescr(ts, hook, p, [o, value]);
                    }
                    else PropertySet(ts, p, o, value);
                    return;
            }
            if (descr.Type.IsHeapType)
            {
                var setter = descr.Type.Lookup(ts.Rt.Intern(value == null ? "__delete__" : "__set__"));
                if (setter != null)
                {
                    if (value == null) CallMethodDescr(ts, setter, descr, [o]);
                    else CallMethodDescr(ts, setter, descr, [o, value]);
                    return;
                }
            }
        }
        if (o.GetType() == typeof(PyInstance))
        {
            var inst = Unsafe.As<PyInstance>(o);
            if (Volatile.Read(ref inst._dictOrValues) == null && !tp.HasInstanceDict()) throw NoAttrSet(ts, o, name);
            if (value == null)
            {
                if (!InstanceDictOps<TSync>.DelAttr(ts, inst, name)) throw NoAttribute(ts, tp, name);
            }
            else InstanceDictOps<TSync>.SetAttr(ts, inst, name, value);
            return;
        }
        if (o is IHasDict hd && (hd.Dict != null || o is not PyInstance || tp.HasInstanceDict()))
        {
            var d = hd.Dict;
            if (d == null)
            {
                if (value == null) throw NoAttribute(ts, tp, name);
                if (!tp.HasInstanceDict()) throw NoAttrSet(ts, o, name);
                d = GetOrCreateDict(ts, o, hd);
            }
            if (value == null)
            {
                if (!DictOps<TSync>.DelStr(ts, d, name)) throw NoAttribute(ts, tp, name);
            }
            else
            {
                DictOps<TSync>.SetItem(ts, d, name, value);
            }
            return;
        }
        throw NoAttrSet(ts, o, name);
    }

    /// <summary>
    /// The __dict__ of <paramref name="o"/> (an IHasDict other than an exact PyInstance, whose
    /// storage InstanceDictOps keeps), made on first use and counted by o. Two threads making it at
    /// once must not each publish their own (the later would drop the other's stores): the dict is
    /// published under o's critical section (a leaf section: no Python code, no other lock), and
    /// the thread that finds one already there releases the dict it made.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    public static PyDict GetOrCreateDict(PyThreadState ts, PyObject o, IHasDict hd)
    {
        var d = hd.Dict;
        if (d != null) return d;
        var nd = NewDict(ts);
        ObjectLifecycle<TSync>.IncRef(ts, nd); // the object holds a counted reference
        TSync.LockLeaf(ts, o);
        try
        {
            d = hd.Dict;
            if (d == null) hd.Dict = d = nd;
        }
        finally
        {
            TSync.UnlockLeaf(ts, o);
        }
        if (!ReferenceEquals(d, nd)) ObjectLifecycle<TSync>.DecRef(ts, nd);
        return d;
    }

    /// <summary>
    /// obj.__dict__ = d for an object with IHasDict other than an exact PyInstance (functions,
    /// exceptions, modules, builtin subclasses): the swap is made in the object's section, as
    /// GetOrCreateDict publishes, so of two racing setters each replaced dict is released exactly
    /// once (by the one that took it out), after the section ends.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    public static void ReplaceDict(PyThreadState ts, PyObject o, IHasDict hd, PyDict d)
    {
        ObjectLifecycle<TSync>.IncRef(ts, d); // the object holds a counted reference
        PyDict? old;
        TSync.LockLeaf(ts, o);
        try
        {
            old = hd.Dict;
            hd.Dict = d;
        }
        finally
        {
            TSync.UnlockLeaf(ts, o);
        }
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    /// <summary>
    /// A dict field made on first read (a function's __annotations__): published once with a
    /// compare-exchange, counted; a thread that loses the race releases its own and returns the winner's.
    /// </summary>
    public static PyDict GetOrCreateDictField(PyThreadState ts, ref PyDict? field)
    {
        var d = Volatile.Read(ref field);
        if (d != null) return d;
        var nd = NewDict(ts);
        ObjectLifecycle<TSync>.IncRef(ts, nd);
        d = Interlocked.CompareExchange(ref field, nd, null);
        if (d == null) return nd;
        ObjectLifecycle<TSync>.DecRef(ts, nd);
        return d;
    }

    /// <summary>Stores a dict (or null) into a field GetOrCreateDictField publishes: counted, the
    /// replaced one released once, by the thread whose exchange took it out.</summary>
    public static void ExchangeDictField(PyThreadState ts, ref PyDict? field, PyDict? d)
    {
        if (d != null) ObjectLifecycle<TSync>.IncRef(ts, d);
        var old = Interlocked.Exchange(ref field, d);
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    private static PyException NoAttrSet(PyThreadState ts, PyObject o, PyStr name)
    {
        var tp = o.Type;
        // CPython's _PyObject_GenericSetAttrWithDict: any class attribute of that name (a method, a
        // plain value, a descriptor without __set__) makes it "read-only" when there is no __dict__.
        if (tp.Lookup(name) != null)
            return ts.Rt.AttributeError($"'{tp.Name}' object attribute '{name.Value}' is read-only");
        return WithNameAndObj(ts, ts.Rt.AttributeError($"'{tp.Name}' object has no attribute '{name.Value}' and no __dict__ for setting new attributes"), name, o);
    }

    public static void TypeSetAttr(PyThreadState ts, PyType t, PyStr name, PyObject? value)
    {
        var meta = t.Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr != null && !metaAttr.IsPlainValue() && (metaAttr is PyGetSetDescriptor || metaAttr is PyProperty))
        {
            if (metaAttr is PyGetSetDescriptor gs && gs.Setter != null)
            {
                gs.Setter(ts, t, value);
                return;
            }
            if (metaAttr is PyProperty)
            {
                // user metaclass property
                var fn = value == null ? ((PyProperty)metaAttr).Deleter : ((PyProperty)metaAttr).Setter;
                if (fn != null && fn != ts.Rt.None)
                {
                    if (value == null) Call(ts, fn, [t], null); else Call(ts, fn, [t, value], null);
                    return;
                }
            }
        }
        if (!t.IsHeapType)
            throw ts.Rt.TypeError($"cannot set '{name.Value}' attribute of immutable type '{t.Name}'");
        // The policy may count class attributes per thread: undo that before the old value's
        // count is dropped (a concurrent store of the same name can only make it miss one: a leak).
        if (t.Dict.GetStr(name) is { } old) TSync.OnClassAttributeRemoving(ts, old);
        if (value == null)
        {
            if (!DictOps<TSync>.DelStr(ts, t.Dict, name))
                throw ts.Rt.AttributeError($"type object '{t.Name}' has no attribute '{name.Value}'");
        }
        else
        {
            DictOps<TSync>.SetItem(ts, t.Dict, name, value);
            TSync.OnClassAttributeStored(ts, t, value);
        }
        TypeOps<TSync>.OnTypeModified(ts, t, name.Value);
    }

    public static void DelAttr(PyThreadState ts, PyObject o, PyStr name)
    {
        var tp = o.Type;
        if (tp.IsHeapType && tp.CustomSetAttr)
        {
            var hook = tp.Lookup(ts.Rt.S.__delattr__);
            if (hook != null && hook is not PyBuiltinFunction)
            {
                CallMethodDescr(ts, hook, o, [name]);
                return;
            }
        }
        GenericSetAttr(ts, o, name, null);
    }

    public static bool HasAttr(PyThreadState ts, PyObject o, PyStr name)
    {
        try
        {
            var r = TryGetAttr(ts, o, name);
            if (r == null) return false;
            ObjectLifecycle<TSync>.DropBorrowed(ts, r); // a fresh bound method holds o counted until freed
            return true;
        }
        catch (PyException e) when (IsInstance(e.Value, ts.Rt.ExceptionTypes["AttributeError"]))
        {
            DiscardException(ts, e);
            return false;
        }
    }

    /// <summary>Looks up a special method on the type (not the instance), as CPython does for dunders.</summary>
    public static PyObject? LookupSpecial(PyThreadState ts, PyObject o, string name) => o.Type.Lookup(ts.Rt.Intern(name));

    /// <summary>Calls a special method looked up on the type, or returns null if the type lacks it.</summary>
    public static PyObject? CallSpecial(PyThreadState ts, PyObject o, string name, ReadOnlySpan<PyObject> args)
    {
        var m = o.Type.Lookup(ts.Rt.Intern(name));
        if (m == null) return null;
        return CallMethodDescr(ts, m, o, args);
    }
}
