// Calls through interfaces with several implementors: abstract interface
// methods, default methods (inherited and overridden), a class implementing
// two interfaces, and a monomorphic interface call site.
public class InterfaceCalls {
    interface Op {
        int apply(int x);
        default int twice(int x) { return apply(apply(x)); }
        default int name() { return 0; }
    }

    interface Tagged {
        int tag();
        default int tagged(int x) { return x * 8 + tag(); }
    }

    static final class Inc implements Op {
        public int apply(int x) { return x + 1; }
    }

    static final class Dbl implements Op {
        public int apply(int x) { return x * 2; }
        public int name() { return 2; }
    }

    static final class Neg implements Op, Tagged {
        public int apply(int x) { return -x; }
        public int tag() { return 3; }
    }

    static final class Xor implements Op {
        final int k;
        Xor(int k) { this.k = k; }
        public int apply(int x) { return x ^ k; }
        public int twice(int x) { return x; }
    }

    static class Sq implements Op, Tagged {
        public int apply(int x) { return x * x; }
        public int tag() { return 5; }
    }

    static class SqMod extends Sq {
        public int apply(int x) { return (x * x) % 1000; }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_500_000;
        Op[] ops = { new Inc(), new Dbl(), new Neg(), new Xor(0x55), new Sq(), new SqMod(), new Inc(), new Dbl() };
        Tagged[] tags = { new Neg(), new Sq(), new SqMod() };
        Op mono = new Inc();
        long sum = 0;
        int x = 1;
        for (int i = 0; i < n; i++) {
            Op op = ops[i & 7];
            x = op.apply(x + i) & 0xFFFF;   // megamorphic interface call
            sum += op.twice(i & 255);        // default method, sometimes overridden
            sum += op.name();                // default method, sometimes overridden
            sum += tags[i % 3].tagged(i & 63);
            sum += mono.apply(i);            // monomorphic interface call
            sum += x;
        }
        System.out.println("InterfaceCalls " + sum);
    }
}
