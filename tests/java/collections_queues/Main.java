import java.util.*;

public class Main {
    record Task(String name, int priority) {}

    public static void main(String[] args) {
        ArrayDeque<Integer> dq = new ArrayDeque<>(2);
        for (int i = 0; i < 20; i++) {
            if (i % 3 == 0) dq.addFirst(i);
            else dq.addLast(i);
        }
        System.out.println("deque " + dq + " size " + dq.size());
        System.out.println("peekFirst " + dq.peekFirst() + " peekLast " + dq.peekLast() + " element " + dq.element());
        System.out.println("removeFirst " + dq.removeFirst() + " removeLast " + dq.removeLast() + " " + dq);
        System.out.println("removeFirstOccurrence(7) " + dq.removeFirstOccurrence(7) + " removeLastOccurrence(100) " + dq.removeLastOccurrence(100));
        dq.removeIf(x -> x % 4 == 0);
        System.out.println("removeIf %4 " + dq);
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = dq.descendingIterator(); it.hasNext(); ) sb.append(it.next()).append(' ');
        System.out.println("descending " + sb.toString().trim());
        ArrayDeque<Integer> empty = new ArrayDeque<>();
        System.out.println("empty poll " + empty.poll() + " peek " + empty.peek() + " pollLast " + empty.pollLast());
        try {
            empty.removeFirst();
        } catch (NoSuchElementException e) {
            System.out.println("removeFirst NSEE " + e.getMessage());
        }
        try {
            empty.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("addFirst null NPE");
        }
        Deque<Character> stack = new ArrayDeque<>();
        String expr = "{[()()]}([)]";
        for (int end : new int[] {8, 12}) {
            stack.clear();
            boolean ok = true;
            for (char c : expr.substring(end == 8 ? 0 : 8, end).toCharArray()) {
                if ("([{".indexOf(c) >= 0) stack.push(c);
                else {
                    Character open = stack.poll();
                    if (open == null || "([{".indexOf(open) != ")]}".indexOf(c)) { ok = false; break; }
                }
            }
            System.out.println("balanced " + expr.substring(end == 8 ? 0 : 8, end) + " " + (ok && stack.isEmpty()));
        }

        PriorityQueue<Integer> minHeap = new PriorityQueue<>();
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Comparator.reverseOrder());
        int[] data = {42, 7, 19, 3, 88, 23, 7, 61, 5, 14};
        for (int x : data) {
            minHeap.add(x);
            maxHeap.offer(x);
        }
        System.out.println("min peek " + minHeap.peek() + " max peek " + maxHeap.peek() + " size " + minHeap.size());
        StringBuilder mins = new StringBuilder(), maxs = new StringBuilder();
        while (!minHeap.isEmpty()) mins.append(minHeap.poll()).append(' ');
        while (maxHeap.size() > 3) maxs.append(maxHeap.remove()).append(' ');
        System.out.println("ascending " + mins.toString().trim());
        System.out.println("descending partial " + maxs.toString().trim() + " remaining sorted " + new TreeSet<>(maxHeap));
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::priority).thenComparing(Task::name));
        tasks.add(new Task("write", 2));
        tasks.add(new Task("test", 1));
        tasks.add(new Task("deploy", 3));
        tasks.add(new Task("review", 2));
        tasks.add(new Task("plan", 1));
        System.out.println("contains review " + tasks.contains(new Task("review", 2)) + " remove(deploy) " + tasks.remove(new Task("deploy", 3)));
        while (!tasks.isEmpty()) System.out.println("  task " + tasks.poll());
        PriorityQueue<String> byLen = new PriorityQueue<>(10, (x, y) -> x.length() != y.length() ? x.length() - y.length() : x.compareTo(y));
        Collections.addAll(byLen, "ccc", "a", "bb", "dddd", "b", "aa");
        List<String> drained = new ArrayList<>();
        while (!byLen.isEmpty()) drained.add(byLen.poll());
        System.out.println("by length " + drained);
        try {
            new PriorityQueue<Object>().add(new Object() {});
            PriorityQueue<Object> q = new PriorityQueue<>();
            q.add("s");
            q.add(1);
        } catch (ClassCastException e) {
            System.out.println("pq mixed CCE");
        }
        // Dijkstra over a small graph with a priority queue.
        int n = 6;
        int[][] edges = {{0, 1, 7}, {0, 2, 9}, {0, 5, 14}, {1, 2, 10}, {1, 3, 15}, {2, 3, 11}, {2, 5, 2}, {3, 4, 6}, {4, 5, 9}};
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(new int[] {e[1], e[2]});
            adj.get(e[1]).add(new int[] {e[0], e[2]});
        }
        int[] dist = new int[n];
        Arrays.fill(dist, Integer.MAX_VALUE);
        dist[0] = 0;
        PriorityQueue<int[]> pq = new PriorityQueue<>(Comparator.comparingInt((int[] x) -> x[1]).thenComparingInt(x -> x[0]));
        pq.add(new int[] {0, 0});
        while (!pq.isEmpty()) {
            int[] cur = pq.poll();
            if (cur[1] > dist[cur[0]]) continue;
            for (int[] e : adj.get(cur[0])) {
                int nd = cur[1] + e[1];
                if (nd < dist[e[0]]) { dist[e[0]] = nd; pq.add(new int[] {e[0], nd}); }
            }
        }
        System.out.println("dijkstra " + Arrays.toString(dist));
        Queue<String> q = new LinkedList<>();
        q.offer("first"); q.offer("second"); q.add("third");
        System.out.println("linked queue poll " + q.poll() + " peek " + q.peek() + " " + q);
    }
}
