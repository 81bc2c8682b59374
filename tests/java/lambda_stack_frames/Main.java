import java.util.function.*;

public class Main {
    interface Action { void run() throws Exception; }

    static int boom(int x) {
        if (x > 2) throw new IllegalStateException("too big: " + x);
        return x * 2;
    }

    static void show(Throwable t) {
        System.out.println(t);
        for (StackTraceElement e : t.getStackTrace()) System.out.println("  " + e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber());
    }

    static void attempt(Action a) {
        try { a.run(); } catch (Exception e) { show(e); }
    }

    public static void main(String[] args) {
        Function<Integer, Integer> viaLambda = x -> boom(x + 1);
        Function<Integer, Integer> viaRef = Main::boom;
        attempt(() -> viaLambda.apply(5));
        attempt(() -> viaRef.apply(7));
        Supplier<Supplier<Integer>> nested = () -> () -> boom(10);
        attempt(() -> nested.get().get());
        Runnable anon = new Runnable() { public void run() { boom(4); } };
        attempt(anon::run);
        BiFunction<Integer, Integer, Integer> bf = (a, b) -> a / b;
        attempt(() -> System.out.println(bf.andThen(r -> r + 1).apply(1, 0)));
        attempt(() -> { throw new Exception("from action"); });
        try {
            Function<String, Integer> parse = Integer::valueOf;
            parse.andThen(viaLambda).apply("1");
            System.out.println("no exception for 1");
            parse.andThen(viaLambda).apply("3");
        } catch (IllegalStateException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(e.getMessage() + " at " + top.getMethodName() + " line " + top.getLineNumber());
            StackTraceElement[] st = e.getStackTrace();
            System.out.println("lambda$ frames: " + java.util.Arrays.stream(st).filter(f -> f.getMethodName().startsWith("lambda$")).count()
                + ", proxy frames: " + java.util.Arrays.stream(st).filter(f -> f.getClassName().contains("$$Lambda")).count());
        }
        Function<Integer, Integer> deep = x -> { throw new UnsupportedOperationException("deep " + x); };
        deep.apply(9);
    }
}
