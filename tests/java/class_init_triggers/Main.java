public class Main {
    static StringBuilder log = new StringBuilder();
    static void log(String s) { log.append(s).append(' '); }
    static void flush(String step) { System.out.println(step + ": " + log.toString().trim()); log.setLength(0); }

    static class Constants {
        static final int INLINED = 42;
        static final String TEXT = "inlined" + "text";
        static final Integer BOXED = 7;
        static final int COMPUTED = compute();
        static int plain = 3;
        static int compute() { log("Constants.compute"); return 99; }
        static { log("Constants.<clinit>"); }
    }

    static class Parent {
        static int parentField = init("Parent.parentField");
        static { log("Parent.<clinit>"); }
        static void parentMethod() { log("Parent.parentMethod"); }
    }
    static class Child extends Parent {
        static int childField = init("Child.childField");
        static { log("Child.<clinit>"); }
    }
    static int init(String what) { log(what); return 1; }

    interface Iface {
        int CONST = 5;
        int NONCONST = init("Iface.NONCONST");
        default void m() {}
    }
    interface Plain { int VALUE = init("Plain.VALUE"); }
    static class Implementor implements Iface, Plain { static { log("Implementor.<clinit>"); } }

    static class Holder {
        static { log("Holder.<clinit>"); }
        static class Lazy { static final Object INSTANCE = make(); static Object make() { log("Lazy.make"); return "lazy"; } }
    }

    enum Color { RED, GREEN; static { log("Color.<clinit>"); } Color() { log("Color(" + name() + ")"); } }

    static class Cyclic1 { static int a = Cyclic2.b + 1; static { log("Cyclic1 a=" + a); } }
    static class Cyclic2 { static int b = Cyclic1.a + 10; static { log("Cyclic2 b=" + b); } }

    static class WithInstance {
        static { log("WithInstance.<clinit>"); }
        int x = init("WithInstance.x");
        { log("WithInstance.block"); }
        WithInstance() { log("WithInstance()"); }
    }

    public static void main(String[] args) throws Exception {
        int v = Constants.INLINED;
        String t = Constants.TEXT;
        flush("read compile-time constants " + v + " " + t);
        Integer b = Constants.BOXED;
        flush("read static final Integer " + b);
        System.out.println("COMPUTED=" + Constants.COMPUTED + " plain=" + Constants.plain);
        flush("after");
        int cf = Child.parentField;
        flush("Child.parentField via subclass " + cf);
        Child.parentMethod();
        flush("Child.parentMethod()");
        int cc = Child.childField;
        flush("Child.childField " + cc);
        Child[] arr = new Child[3];
        flush("new Child[3] " + arr.length);
        Class<?> k = Holder.class;
        flush("Holder.class literal " + k.getSimpleName());
        Class.forName("Main$Holder");
        flush("Class.forName(Main$Holder)");
        Object lazy = Holder.Lazy.INSTANCE;
        flush("Lazy.INSTANCE " + lazy);
        Class.forName("Main$Color", false, Main.class.getClassLoader());
        flush("forName(Color, initialize=false)");
        Color c = Color.GREEN;
        flush("Color.GREEN " + c.ordinal());
        int ic = Iface.CONST;
        flush("Iface.CONST " + ic);
        new Implementor();
        flush("new Implementor()");
        int nc = Iface.NONCONST;
        flush("Iface.NONCONST " + nc);
        int pv = Plain.VALUE;
        flush("Plain.VALUE " + pv);
        System.out.println("Cyclic1.a=" + Cyclic1.a + " Cyclic2.b=" + Cyclic2.b);
        flush("cyclic");
        new WithInstance();
        new WithInstance();
        flush("two WithInstance");
        final int localConst = 10;
        switch (12) {
            case localConst + 2: System.out.println("constant folded case label"); break;
            default: System.out.println("default");
        }
        final String s1 = "ab";
        String s2 = s1 + "c";
        System.out.println((s2 == "abc") + " " + ((s1 + "c") == "abc"));
    }
}
