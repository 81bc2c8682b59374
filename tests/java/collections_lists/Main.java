import java.util.*;

public class Main {
    public static void main(String[] args) {
        ArrayList<String> a = new ArrayList<>(4);
        for (String s : "delta alpha echo bravo charlie foxtrot".split(" ")) a.add(s);
        System.out.println(a + " size=" + a.size());
        a.add(2, "golf");
        a.addAll(1, List.of("hotel", "india"));
        System.out.println("after inserts " + a);
        System.out.println("remove(0)=" + a.remove(0) + " remove(\"echo\")=" + a.remove("echo") + " remove(\"zulu\")=" + a.remove("zulu"));
        System.out.println("set(0,x) old=" + a.set(0, "x") + " -> " + a);
        a.sort(null);
        System.out.println("sorted " + a);
        a.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println("by length then reverse " + a);
        List<String> sub = a.subList(1, 4);
        sub.set(0, "SUB");
        sub.remove(1);
        System.out.println("sub " + sub + " parent " + a);
        sub.clear();
        System.out.println("after sub.clear " + a);
        a.replaceAll(s -> s.toUpperCase(Locale.ROOT));
        System.out.println("replaceAll " + a);
        a.retainAll(Set.of("X", "GOLF", "FOXTROT", "NOPE"));
        System.out.println("retainAll " + a);
        a.ensureCapacity(100);
        a.trimToSize();
        System.out.println("toArray " + Arrays.toString(a.toArray(new String[0])) + " " + a.toArray(new String[5]).length);
        System.out.println("equals List.of " + a.equals(List.of("X", "GOLF", "FOXTROT")) + " " + a.equals(new LinkedList<>(a)));

        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 8; i++) {
            if (i % 2 == 0) ll.addFirst(i);
            else ll.addLast(i);
        }
        System.out.println("linked " + ll + " first=" + ll.getFirst() + " last=" + ll.getLast());
        System.out.println("get(3)=" + ll.get(3) + " indexOf(5)=" + ll.indexOf(5) + " removeFirstOccurrence(3)=" + ll.removeFirstOccurrence(3));
        System.out.println("poll " + ll.poll() + " pollLast " + ll.pollLast() + " offer " + ll.offer(99) + " push/pop " + ll.pop() + " " + ll);
        ListIterator<Integer> li = ll.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            int v = li.next();
            if (v % 3 == 0) li.set(-v);
            else if (idx == 1) li.add(1000);
            else if (v == 5) li.remove();
        }
        System.out.println("after listIterator " + ll);
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) back.append(li.previous()).append(li.hasPrevious() ? "," : "");
        System.out.println("backwards " + back);
        Iterator<Integer> desc = ll.descendingIterator();
        StringBuilder d = new StringBuilder();
        while (desc.hasNext()) d.append(desc.next()).append(' ');
        System.out.println("descending " + d.toString().trim());

        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 20; i++) nums.add((i * 7 + 3) % 11);
        System.out.println("nums " + nums);
        nums.removeIf(n -> n > 7);
        System.out.println("removeIf>7 " + nums);
        System.out.println("contains 4 " + nums.contains(4) + " lastIndexOf 3 " + nums.lastIndexOf(3) + " hash " + nums.hashCode());
        List<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 3; i++) nested.add(new ArrayList<>(Collections.nCopies(i + 1, i)));
        System.out.println("nested " + nested);
        try {
            nums.get(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get(-1): " + e.getMessage());
        }
        try {
            nums.add(100, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("add(100): " + e.getMessage());
        }
        try {
            nums.subList(3, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("subList(3,1): " + e.getMessage());
        }
        try {
            ll.get(50);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("linked get(50): " + e.getMessage());
        }
        try {
            new ArrayList<Integer>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("capacity -1: " + e.getMessage());
        }
        List<String> fixed = Arrays.asList("p", "q", "r");
        fixed.set(1, "Q");
        System.out.println("asList " + fixed);
        try {
            fixed.add("s");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add UOE " + e.getMessage());
        }
        List<Integer> copy = List.copyOf(nums);
        try {
            copy.set(0, 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("copyOf set UOE " + e.getMessage());
        }
        Vector<Integer> v = new Vector<>(List.of(3, 1, 2));
        v.addElement(0);
        Collections.sort(v);
        System.out.println("vector " + v + " elementAt(2)=" + v.elementAt(2) + " capacity>=size " + (v.capacity() >= v.size()));
        Stack<String> st = new Stack<>();
        st.push("a"); st.push("b"); st.push("c");
        System.out.println("stack peek " + st.peek() + " pop " + st.pop() + " search a " + st.search("a") + " " + st);
    }
}
