class Log {
    static int seq = 0;
    static int log(String s) { System.out.println((++seq) + ": " + s); return seq; }
}

class Base {
    static int sBase = Log.log("Base static field");
    static { Log.log("Base static block"); }
    int iBase = Log.log("Base instance field");
    { Log.log("Base instance block"); }
    Base() {
        this(Log.log("Base() arg eval"));
        Log.log("Base() body");
        describe();
    }
    Base(int x) { Log.log("Base(int) body x=" + x); }
    void describe() { Log.log("Base.describe"); }
}

class Derived extends Base {
    static int sDerived = Log.log("Derived static field");
    static { Log.log("Derived static block"); }
    int iDerived = Log.log("Derived instance field");
    String name = "set";
    { Log.log("Derived instance block name=" + name); }
    Derived() {
        super();
        Log.log("Derived() body");
    }
    Derived(String n) {
        this();
        name = n;
        Log.log("Derived(String) body name=" + name);
    }
    @Override void describe() { Log.log("Derived.describe sees iDerived=" + iDerived + " name=" + name); }
}

class Lazy {
    static { Log.log("Lazy initialized"); }
    static final int CONST = 7;
    static int nonConst = 8;
    static void touch() { Log.log("Lazy.touch"); }
}

class Holder {
    static { Log.log("Holder initialized"); }
    static class Inner { static { Log.log("Holder.Inner initialized"); } static int v = 1; }
}

interface WithConst {
    int A = Log.log("WithConst field init");
    default void m() {}
}

class Impl implements WithConst {
    static { Log.log("Impl initialized"); }
}

class ParentS { static int pv = Log.log("ParentS init"); }
class ChildS extends ParentS { static { Log.log("ChildS init"); } }

class SelfRef {
    static SelfRef INSTANCE = new SelfRef();
    static int counter = 5;
    int seen;
    SelfRef() { seen = counter; counter++; }
}

public class Main {
    static { Log.log("Main static block"); }
    public static void main(String[] args) {
        Log.log("main start");
        new Derived("custom");
        Log.log("second instance");
        new Derived();
        Log.log("Lazy.CONST (constant, no init) = " + Lazy.CONST);
        Log.log("Lazy.nonConst = " + Lazy.nonConst);
        Lazy.touch();
        Lazy[] arr = new Lazy[3];
        Log.log("array of Holder.Inner does not init: " + new Holder.Inner[2].length);
        Log.log("Holder.Inner.v = " + Holder.Inner.v);
        new Impl();
        Log.log("interface with a default method was initialized before Impl; A=" + WithConst.A);
        Log.log("ChildS.pv via subclass = " + ChildS.pv);
        Log.log("class literal does not init: " + (ChildS.class != null));
        new ChildS();
        Log.log("SelfRef seen=" + SelfRef.INSTANCE.seen + " counter=" + SelfRef.counter);
    }
}
