public class Main {
    static String m(int x) { return "int"; }
    static String m(long x) { return "long"; }
    static String m(double x) { return "double"; }
    static String m(Integer x) { return "Integer"; }
    static String m(Object x) { return "Object"; }
    static String m(int... xs) { return "int... (" + xs.length + ")"; }
    static String n(long x) { return "n(long)"; }
    static String n(Integer x) { return "n(Integer)"; }
    static String o(Object x) { return "o(Object)"; }
    static String o(String x) { return "o(String)"; }
    static String p(double x) { return "p(double)"; }
    static String p(Object x) { return "p(Object)"; }
    static String v(String fmt, Object... args) { return "varargs len " + (args == null ? "null" : String.valueOf(args.length)); }
    static String w(char c) { return "w(char)"; }
    static String w(int i) { return "w(int)"; }
    static String q(short s) { return "q(short)"; }
    static String q(Object o) { return "q(Object)"; }
    static class Animal { String speak() { return "..."; } String meet(Animal a) { return "Animal meets Animal"; } String meet(Dog d) { return "Animal meets Dog"; } }
    static class Dog extends Animal { @Override String speak() { return "woof"; } @Override String meet(Animal a) { return "Dog meets Animal"; } @Override String meet(Dog d) { return "Dog meets Dog"; } }
    public static void main(String[] args) {
        byte b = 1; short s = 2; char c = 'c'; long l = 4; float f = 5f;
        System.out.println("m(byte) " + m(b) + ", m(short) " + m(s) + ", m(char) " + m(c) + ", m(long) " + m(l) + ", m(float) " + m(f));
        System.out.println("m(Integer) " + m(Integer.valueOf(1)) + ", m(String) " + m("s") + ", m() " + m() + ", m(1,2) " + m(1, 2) + ", m(Long) " + m(Long.valueOf(3)));
        System.out.println("n(5) " + n(5) + " (widening beats boxing)");
        System.out.println("o(null) " + o(null) + ", o((Object) \"x\") " + o((Object) "x") + ", o(\"x\") " + o("x"));
        System.out.println("p(5) " + p(5) + ", p(Integer) " + p(Integer.valueOf(5)) + ", p('c') " + p('c'));
        System.out.println("v " + v("a") + ", " + v("a", 1, 2) + ", " + v("a", (Object[]) null) + ", " + v("a", (Object) null) + ", " + v("a", new Object[] {1, 2, 3}));
        System.out.println("w('x') " + w('x') + ", w('x' + 1) " + w('x' + 1));
        System.out.println("q(s) " + q(s) + ", q((short) 1) " + q((short) 1) + ", q(1) " + q(1));
        Animal a = new Dog();
        Dog d = new Dog();
        System.out.println(a.meet(a) + " | " + a.meet(d) + " | " + d.meet(a) + " | " + new Animal().meet(d) + " | " + a.speak());
        Object obj = "string";
        System.out.println("static type decides: " + o(obj) + " " + m(obj));
        System.out.println("ternary boxed: " + m(true ? 1 : 2) + " " + m(true ? Integer.valueOf(1) : null));
    }
}
