import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class Main {
    public static void main(String[] args) {
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println("ai " + ai + " incrementAndGet " + ai.incrementAndGet() + " getAndIncrement " + ai.getAndIncrement() + " get " + ai.get());
        System.out.println("addAndGet " + ai.addAndGet(10) + " getAndAdd " + ai.getAndAdd(-3) + " decrementAndGet " + ai.decrementAndGet() + " getAndSet " + ai.getAndSet(100) + " now " + ai.intValue());
        System.out.println("CAS ok " + ai.compareAndSet(100, 7) + " CAS fail " + ai.compareAndSet(100, 8) + " value " + ai.get() + " weak " + ai.weakCompareAndSetPlain(7, 9));
        System.out.println("updateAndGet " + ai.updateAndGet(x -> x * 3) + " getAndUpdate " + ai.getAndUpdate(x -> x - 1) + " accumulateAndGet " + ai.accumulateAndGet(5, Math::max) + " getAndAccumulate " + ai.getAndAccumulate(4, Integer::sum) + " now " + ai);
        ai.set(Integer.MAX_VALUE);
        System.out.println("overflow " + ai.incrementAndGet() + " lazySet " + lazy(ai) + " doubleValue " + ai.doubleValue());
        AtomicLong al = new AtomicLong();
        for (int i = 1; i <= 100; i++) al.addAndGet((long) i * i * i);
        System.out.println("al " + al.get() + " CAS " + al.compareAndSet(25502500L, -1L) + " " + al + " updateAndGet " + al.updateAndGet(x -> x << 40) + " getAndDecrement " + al.getAndDecrement() + " " + al.longValue());

        ConcurrentHashMap<String, Integer> chm = new ConcurrentHashMap<>();
        for (String w : "one two three two three three four four four four".split(" ")) chm.merge(w, 1, Integer::sum);
        System.out.println("chm " + new TreeMap<>(chm) + " size " + chm.size() + " mappingCount " + chm.mappingCount());
        System.out.println("compute " + chm.compute("one", (k, v) -> v == null ? 0 : v + 100) + " computeIfAbsent " + chm.computeIfAbsent("five", String::length) + " computeIfPresent " + chm.computeIfPresent("six", (k, v) -> v));
        System.out.println("putIfAbsent " + chm.putIfAbsent("two", 0) + " replace " + chm.replace("two", 2, 22) + " remove(k,v) " + chm.remove("three", 3) + " get " + chm.get("three"));
        System.out.println("values sum " + chm.values().stream().mapToInt(Integer::intValue).sum() + " getOrDefault " + chm.getOrDefault("zzz", -1) + " containsValue(22) " + chm.containsValue(22));
        StringBuilder each = new StringBuilder();
        new TreeMap<>(chm).forEach((k, v) -> each.append(k).append(v));
        System.out.println("forEach " + each + " keys " + new TreeSet<>(chm.keySet()) + " entries " + new TreeMap<>(chm).entrySet());
        ConcurrentHashMap<Integer, Integer> squares = new ConcurrentHashMap<>();
        for (int i = 0; i < 200; i++) squares.put(i, i * i);
        long total = 0;
        for (Map.Entry<Integer, Integer> e : squares.entrySet()) total += e.getValue();
        System.out.println("200 squares total " + total + " size " + squares.size() + " get(199) " + squares.get(199));
        squares.replaceAll((k, v) -> v - k);
        squares.entrySet().removeIf(e -> e.getKey() % 2 == 0);
        System.out.println("after replaceAll/removeIf size " + squares.size() + " get(7) " + squares.get(7) + " get(8) " + squares.get(8));
        try {
            chm.put("null", null);
        } catch (NullPointerException e) {
            System.out.println("chm null value NPE");
        }
        ConcurrentHashMap.KeySetView<String, Boolean> keySet = ConcurrentHashMap.newKeySet();
        keySet.add("b");
        keySet.add("a");
        keySet.add("b");
        System.out.println("newKeySet " + new TreeSet<>(keySet));
        for (String k : chm.keySet()) if (k.length() == 3) chm.remove(k);
        System.out.println("removed during iteration (no CME) " + new TreeMap<>(chm));
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(List.of(1, 2, 3));
        for (Integer x : cow) cow.add(x * 10);
        System.out.println("copy-on-write " + cow + " addIfAbsent " + cow.addIfAbsent(1) + " " + cow.addIfAbsent(4));
        ArrayBlockingQueue<Integer> abq = new ArrayBlockingQueue<>(2);
        System.out.println("abq offer " + abq.offer(1) + " " + abq.offer(2) + " " + abq.offer(3) + " remaining " + abq.remainingCapacity() + " poll " + abq.poll());
        CountDownLatch latch = new CountDownLatch(2);
        latch.countDown();
        latch.countDown();
        System.out.println("latch count " + latch.getCount());
        Semaphore sem = new Semaphore(2);
        System.out.println("semaphore " + sem.tryAcquire() + " " + sem.tryAcquire() + " " + sem.tryAcquire() + " available " + sem.availablePermits());
        java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        lock.lock();
        lock.lock();
        System.out.println("reentrant hold count " + lock.getHoldCount() + " held " + lock.isHeldByCurrentThread());
        lock.unlock();
        lock.unlock();
        System.out.println("after unlock " + lock.isLocked());
        LinkedBlockingQueue<String> lbq = new LinkedBlockingQueue<>();
        lbq.add("job1");
        lbq.add("job2");
        List<String> drained = new ArrayList<>();
        lbq.drainTo(drained);
        System.out.println("drained " + drained + " empty " + lbq.isEmpty());
    }

    static int lazy(AtomicInteger a) {
        a.lazySet(1);
        return a.get();
    }
}
