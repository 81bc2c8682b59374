import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    static List<String> frames() {
        return StackWalker.getInstance().walk(s -> s.map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber()).collect(Collectors.toList()));
    }

    static class Service {
        List<String> handle() { return helper(); }
        private List<String> helper() { return frames(); }
        Class<?> caller() { return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass(); }
    }

    static int depth(int n) {
        if (n == 0) return StackWalker.getInstance().walk(Stream::count).intValue();
        return depth(n - 1);
    }

    static String whoCalledMe() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst().map(StackWalker.StackFrame::getMethodName).orElse("?"));
    }

    static void a() { System.out.println("a called by " + whoCalledMe()); }

    public static void main(String[] args) {
        System.out.println(frames());
        System.out.println(new Service().handle());
        System.out.println(new Service().caller().getSimpleName());
        int base = depth(0);
        System.out.println((depth(5) - base) + " " + (depth(20) - base));
        a();
        Supplier<List<String>> viaLambda = Main::frames;
        System.out.println(viaLambda.get());
        Runnable r = () -> System.out.println(frames());
        r.run();
        List<String> fromStream = Stream.of(1).map(i -> frames().get(1)).collect(Collectors.toList());
        System.out.println(fromStream);
        StackWalker.StackFrame top = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(s -> s.findFirst()).get();
        System.out.println(top.getDeclaringClass().getSimpleName() + " " + top.getMethodName() + " " + top.getFileName() + " " + top.getLineNumber() + " " + top.isNativeMethod() + " " + top.toStackTraceElement());
        try { StackWalker.getInstance().walk(s -> s.findFirst()).get().getDeclaringClass(); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try {
            System.out.println("via reflection " + Main.class.getDeclaredMethod("frames").invoke(null));
            System.out.println("caller via reflection " + ((Class<?>) Service.class.getDeclaredMethod("caller").invoke(new Service())).getSimpleName());
        } catch (ReflectiveOperationException e) { System.out.println(e); }
        List<String> withOptions = StackWalker.getInstance(Set.of(StackWalker.Option.SHOW_REFLECT_FRAMES)).walk(s -> s.map(StackWalker.StackFrame::getMethodName).collect(Collectors.toList()));
        System.out.println(withOptions);
        System.out.println(StackWalker.getInstance().walk(s -> s.map(StackWalker.StackFrame::getDescriptor).findFirst().get()) + " " + new Service().handle().size());
        try { StackWalker.getInstance().getCallerClass(); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        StackTraceElement[] st = Thread.currentThread().getStackTrace();
        System.out.println(st[1].getMethodName() + " " + st[1].getLineNumber() + " " + st.length);
    }
}
