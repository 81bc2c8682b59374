public class Main {
    private int count;
    private static int scount;
    private final Object lock = new Object();
    synchronized void inc() { count++; }
    static synchronized void sinc() { scount++; }
    synchronized int nested(int depth) { return depth == 0 ? count : nested(depth - 1) + 1; }
    int withBlock() {
        synchronized (lock) {
            synchronized (this) {
                synchronized (lock) { return count * 2; }
            }
        }
    }
    int throwInside() {
        try {
            synchronized (lock) { throw new IllegalStateException("inside sync"); }
        } catch (IllegalStateException e) {
            synchronized (lock) { return -1; }
        }
    }
    public static void main(String[] args) throws Exception {
        Main m = new Main();
        for (int i = 0; i < 1000; i++) m.inc();
        for (int i = 0; i < 500; i++) sinc();
        System.out.println("count " + m.count + " scount " + scount);
        System.out.println("reentrant nested " + m.nested(50));
        System.out.println("withBlock " + m.withBlock());
        System.out.println("throwInside " + m.throwInside());
        System.out.println("still usable " + m.withBlock());
        synchronized (Main.class) { System.out.println("class lock held: " + Thread.holdsLock(Main.class)); }
        System.out.println("class lock released: " + Thread.holdsLock(Main.class));
        synchronized (m) {
            System.out.println("holds m: " + Thread.holdsLock(m) + " holds lock: " + Thread.holdsLock(m.lock));
            m.inc();
        }
        String s = "interned";
        synchronized (s) { System.out.println("sync on string ok"); }
        Integer boxed = 5;
        synchronized (boxed) { System.out.println("sync on boxed ok"); }
        Object nul = null;
        try { synchronized (nul) { System.out.println("unreachable"); } } catch (NullPointerException e) { System.out.println("NPE on null monitor"); }
        Object waiter = new Object();
        try { waiter.notify(); } catch (IllegalMonitorStateException e) { System.out.println("IMSE notify: " + e.getMessage()); }
        try { waiter.wait(1); } catch (IllegalMonitorStateException e) { System.out.println("IMSE wait: " + e.getMessage()); }
        synchronized (waiter) { waiter.notifyAll(); waiter.wait(1); System.out.println("wait(1) under monitor returned"); }
        int total = 0;
        for (int i = 0; i < 100; i++) { synchronized (m.lock) { total += i; } }
        System.out.println("total " + total + " final count " + m.count);
        System.out.println("thread name " + Thread.currentThread().getName());
    }
}
