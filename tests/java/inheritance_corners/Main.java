public class Main {
    static class A {
        String name = "A.name";
        static String kind = "A.kind";
        static String who() { return "A.who"; }
        private String secret() { return "A.secret"; }
        String callSecret() { return secret(); }
        String describe() { return "A.describe"; }
        String callDescribe() { return describe(); }
        A() { System.out.println("A() sees describe=" + describe() + " tag=" + tag()); }
        String tag() { return "A-tag"; }
        void over(Object o) { System.out.println("A.over(Object)"); }
        void over(String s) { System.out.println("A.over(String)"); }
        protected int prot = 1;
    }
    static class B extends A {
        String name = "B.name";
        static String kind = "B.kind";
        static String who() { return "B.who"; }
        private String secret() { return "B.secret"; }
        @Override String describe() { return "B.describe(" + super.describe() + ")"; }
        final String tagValue = "B-tag";
        String late = "late-init";
        @Override String tag() { return tagValue + "/" + late; }
        void over(Integer i) { System.out.println("B.over(Integer)"); }
        @Override void over(Object o) { System.out.println("B.over(Object)"); }
        String names() { return name + " " + super.name + " " + ((A) this).name; }
        B() { super(); System.out.println("B() sees tag=" + tag()); }
        B(int p) { this(); prot = p; System.out.println("B(int) prot=" + prot + " super.prot=" + super.prot); }
    }
    static class C extends B {
        String name = "C.name";
        @Override String describe() { return "C.describe(" + super.describe() + ")"; }
        String allNames() { return name + " " + super.name + " " + ((A) this).name; }
    }

    static class Counter {
        static int created;
        final int id;
        final String label;
        { created++; System.out.println("instance init block, created=" + created); }
        Counter() { this("default"); System.out.println("Counter() done"); }
        Counter(String label) { this(label, created * 10); System.out.println("Counter(String) done"); }
        Counter(String label, int id) { this.label = label; this.id = id; System.out.println("Counter(String,int) " + label + " " + id); }
    }

    interface Greeter { String greet(); default String twice() { return greet() + greet(); } }
    static class Base implements Greeter {
        public String greet() { return "base"; }
    }
    static class Derived extends Base {
        @Override public String greet() { return "derived"; }
        @Override public String twice() { return "[" + greet() + "]" + super.twice(); }
    }

    static abstract class Template {
        final String run() { return "start-" + step() + "-end"; }
        abstract String step();
    }

    static class Parent { Object value() { return "parent"; } }
    static class Child extends Parent { @Override String value() { return "child"; } }

    static class Outer { int x = 10; class Inner extends Outer { int x = 20; String show() { return x + " " + super.x + " " + Outer.this.x; } } }

    public static void main(String[] args) {
        System.out.println("-- construct B");
        B b = new B();
        System.out.println("-- construct B(5)");
        B b5 = new B(5);
        System.out.println(b5.prot);
        A ab = b;
        System.out.println(ab.name + " " + b.name + " " + b.names());
        System.out.println(A.kind + " " + B.kind + " " + A.who() + " " + B.who());
        System.out.println(ab.callSecret());
        System.out.println(ab.callDescribe());
        ab.over("s");
        ab.over(1);
        b.over(1);
        b.over((Object) "o");
        b.over("s");
        System.out.println("-- construct C");
        C c = new C();
        System.out.println(c.allNames());
        System.out.println(c.describe());
        A ac = c;
        System.out.println(ac.name + " " + ((B) ac).name + " " + ((C) ac).name);
        System.out.println("-- counters");
        Counter k1 = new Counter();
        Counter k2 = new Counter("x");
        Counter k3 = new Counter("y", 99);
        System.out.println(k1.label + k1.id + " " + k2.label + k2.id + " " + k3.label + k3.id + " " + Counter.created);
        System.out.println(new Derived().twice() + " " + new Base().twice());
        Template t = new Template() { String step() { return "anon"; } };
        System.out.println(t.run());
        Parent p = new Child();
        System.out.println(p.value() + " " + new Child().value().length());
        Outer o = new Outer();
        Outer.Inner in = o.new Inner();
        o.x = 11;
        System.out.println(in.show());
        Object[] arr = new B[2];
        System.out.println(arr.getClass().getSimpleName() + " " + (arr instanceof A[]) + " " + (arr instanceof C[]));
        System.out.println(b instanceof A);
        System.out.println(B.class.getSuperclass().getSimpleName() + " " + C.class.getSuperclass().getSimpleName());
    }
}
