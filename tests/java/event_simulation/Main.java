import java.util.*;

public class Main {
    enum Kind { ARRIVE, START, FINISH }
    record Event(int time, int seq, Kind kind, int customer, int teller) {}

    public static void main(String[] args) {
        Random rnd = new Random(2024);
        PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparingInt(Event::time).thenComparingInt(Event::seq));
        int seq = 0;
        int t = 0;
        int customers = 25;
        int[] service = new int[customers];
        int[] arrival = new int[customers];
        for (int c = 0; c < customers; c++) {
            t += 1 + rnd.nextInt(4);
            arrival[c] = t;
            service[c] = 2 + rnd.nextInt(7);
            events.add(new Event(t, seq++, Kind.ARRIVE, c, -1));
        }
        int tellers = 2;
        boolean[] busy = new boolean[tellers];
        int[] served = new int[tellers];
        Deque<Integer> line = new ArrayDeque<>();
        int[] waited = new int[customers];
        int maxLine = 0;
        long busyTime = 0;
        List<String> log = new ArrayList<>();
        while (!events.isEmpty()) {
            Event e = events.poll();
            switch (e.kind()) {
                case ARRIVE -> {
                    line.addLast(e.customer());
                    maxLine = Math.max(maxLine, line.size());
                    log.add(e.time() + ": c" + e.customer() + " arrives, line " + line.size());
                }
                case START -> log.add(e.time() + ": c" + e.customer() + " at teller " + e.teller() + " for " + service[e.customer()]);
                case FINISH -> {
                    busy[e.teller()] = false;
                    served[e.teller()]++;
                    log.add(e.time() + ": c" + e.customer() + " done at teller " + e.teller());
                }
            }
            for (int k = 0; k < tellers; k++) {
                if (!busy[k] && !line.isEmpty()) {
                    int c = line.pollFirst();
                    busy[k] = true;
                    waited[c] = e.time() - arrival[c];
                    busyTime += service[c];
                    events.add(new Event(e.time(), seq++, Kind.START, c, k));
                    events.add(new Event(e.time() + service[c], seq++, Kind.FINISH, c, k));
                }
            }
            t = e.time();
        }
        for (String s : log) System.out.println(s);
        IntSummaryStatistics w = Arrays.stream(waited).summaryStatistics();
        System.out.println("end time " + t + ", served " + Arrays.toString(served) + ", max line " + maxLine);
        System.out.println(String.format(Locale.ROOT, "wait avg %.3f max %d, utilisation %.3f", w.getAverage(), w.getMax(), busyTime / (double) (tellers * t)));
        TreeMap<Integer, Integer> waitHist = new TreeMap<>();
        for (int x : waited) waitHist.merge(x / 5 * 5, 1, Integer::sum);
        waitHist.forEach((k, v) -> System.out.println(String.format(Locale.ROOT, "wait %2d-%2d %s", k, k + 4, "#".repeat(v))));
    }
}
