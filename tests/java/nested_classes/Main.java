import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

public class Main {
    private int value = 10;
    private static int staticValue = 100;
    private String secret() { return "secret" + value; }

    class Inner {
        int value = 20;
        int sum() { return value + Main.this.value; }
        String peek() { return secret() + "/" + staticValue; }
        class Deeper { int all() { return value + Main.this.value + 1000; } }
    }

    static class StaticNested {
        int x;
        StaticNested(int x) { this.x = x; }
        int twice() { return x * 2 + staticValue; }
    }

    interface Op { int apply(int v); }

    Op adder(int delta) {
        int base = value;
        class LocalAdder implements Op {
            int calls = 0;
            public int apply(int v) { calls++; return v + delta + base + value; }
            @Override public String toString() { return "LocalAdder(calls=" + calls + ")"; }
        }
        return new LocalAdder();
    }

    Op anonymous(final int mult) {
        return new Op() {
            int uses;
            public int apply(int v) { uses++; return v * mult + value + uses; }
        };
    }

    static List<Supplier<String>> makeSuppliers() {
        List<Supplier<String>> list = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int captured = i;
            String label = "item" + i;
            list.add(new Supplier<String>() { public String get() { return label + ":" + captured * captured; } });
        }
        return list;
    }

    public static void main(String[] args) {
        Main outer = new Main();
        Main.Inner in = outer.new Inner();
        System.out.println("inner sum " + in.sum() + " peek " + in.peek());
        Main.Inner.Deeper deep = in.new Deeper();
        System.out.println("deeper " + deep.all());
        outer.value = 50;
        System.out.println("after outer change: " + in.sum() + " " + deep.all());
        System.out.println("static nested " + new StaticNested(7).twice());
        Op add = outer.adder(5);
        System.out.println("local class: " + add.apply(1) + " " + add.apply(2) + " " + add);
        outer.value = 1;
        System.out.println("local sees updated field: " + add.apply(0));
        Op anon = outer.anonymous(3);
        System.out.println("anonymous: " + anon.apply(1) + " " + anon.apply(1) + " " + anon.apply(1));
        for (Supplier<String> s : makeSuppliers()) System.out.println(s.get());
        System.out.println("class names: " + Inner.class.getName() + " " + StaticNested.class.getSimpleName() + " " + Inner.Deeper.class.getName());
        System.out.println("anon isAnonymous: " + anon.getClass().isAnonymousClass() + " local isLocal: " + add.getClass().isLocalClass() + " member: " + Inner.class.isMemberClass());
        int counter = 0;
        IntSupplier[] sups = new IntSupplier[3];
        for (int i = 0; i < 3; i++) { int j = i; sups[i] = () -> j * 100; }
        for (IntSupplier s : sups) counter += s.getAsInt();
        System.out.println("counter " + counter);
        Object o = new Object() { @Override public String toString() { return "custom anon toString"; } };
        System.out.println(o);
        Runnable r = new Runnable() {
            int n = 0;
            public void run() { n++; System.out.println("run #" + n + " staticValue=" + staticValue); }
        };
        r.run(); r.run();
        staticValue++;
        r.run();
        System.out.println(new Main().new Inner().new Deeper().all());
    }
}
