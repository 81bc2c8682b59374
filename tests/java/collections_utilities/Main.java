import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 1; i <= 10; i++) list.add(i);
        Collections.shuffle(list, new Random(12345));
        System.out.println("shuffled " + list);
        Collections.sort(list);
        System.out.println("binarySearch 7 " + Collections.binarySearch(list, 7) + " 11 " + Collections.binarySearch(list, 11) + " 0 " + Collections.binarySearch(list, 0));
        Collections.rotate(list, 3);
        System.out.println("rotate 3 " + list);
        Collections.rotate(list, -5);
        System.out.println("rotate -5 " + list);
        Collections.swap(list, 0, 9);
        System.out.println("swap " + list);
        Collections.reverse(list);
        System.out.println("reverse " + list);
        System.out.println("max " + Collections.max(list) + " min by reverse " + Collections.min(list, Comparator.reverseOrder()));
        System.out.println("frequency " + Collections.frequency(List.of(1, 2, 1, 3, 1), 1) + " disjoint " + Collections.disjoint(List.of(1, 2), List.of(3, 4)));
        System.out.println("nCopies " + Collections.nCopies(3, "ab") + " emptyList " + Collections.emptyList() + " singleton " + Collections.singletonList(9));
        List<String> filled = new ArrayList<>(Collections.nCopies(4, "?"));
        Collections.fill(filled, "!");
        System.out.println("fill " + filled);
        List<String> dest = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
        Collections.copy(dest, List.of("a", "b"));
        System.out.println("copy " + dest + " indexOfSubList " + Collections.indexOfSubList(dest, List.of("b", "3")) + " lastIndexOfSubList " + Collections.lastIndexOfSubList(dest, List.of("4")));
        Collections.addAll(dest, "x", "y");
        System.out.println("addAll " + dest + " replaceAll " + Collections.replaceAll(dest, "3", "three") + " " + dest);
        List<Integer> sync = Collections.synchronizedList(new ArrayList<>(List.of(3, 1, 2)));
        sync.sort(null);
        System.out.println("synchronized sorted " + sync);
        List<Integer> checked = Collections.checkedList(new ArrayList<>(), Integer.class);
        checked.add(1);
        try {
            @SuppressWarnings({"unchecked", "rawtypes"}) List raw = checked;
            raw.add("str");
        } catch (ClassCastException e) {
            System.out.println("checked CCE " + e.getMessage());
        }
        SortedSet<String> us = Collections.unmodifiableSortedSet(new TreeSet<>(List.of("b", "a", "c")));
        System.out.println("unmodifiable sorted set " + us + " first " + us.first());
        System.out.println("reverseOrder sort " + sorted(List.of(5, 3, 9, 1), Collections.reverseOrder()));
        System.out.println("enumeration " + Collections.list(Collections.enumeration(List.of("e1", "e2"))));

        int[] arr = {9, 4, 7, 1, 8, 2, 6, 3, 5, 0};
        int[] copy = arr.clone();
        Arrays.sort(copy, 2, 8);
        System.out.println("partial sort " + Arrays.toString(copy));
        Arrays.sort(copy);
        System.out.println("sorted " + Arrays.toString(copy) + " binarySearch 6 " + Arrays.binarySearch(copy, 6) + " 42 " + Arrays.binarySearch(copy, 42));
        System.out.println("copyOf " + Arrays.toString(Arrays.copyOf(arr, 13)) + " copyOfRange " + Arrays.toString(Arrays.copyOfRange(arr, 7, 12)));
        int[] filledArr = new int[6];
        Arrays.fill(filledArr, 1, 4, 7);
        System.out.println("fill range " + Arrays.toString(filledArr));
        Arrays.setAll(filledArr, i -> i * i);
        System.out.println("setAll " + Arrays.toString(filledArr));
        for (int i = 1; i < filledArr.length; i++) filledArr[i] += filledArr[i - 1];
        System.out.println("prefix " + Arrays.toString(filledArr));
        System.out.println("equals " + Arrays.equals(arr, arr.clone()) + " hashCode " + Arrays.hashCode(new int[] {1, 2, 3}) + " mismatch " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}));
        System.out.println("compare " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3}) + " " + Arrays.compare(new int[] {1, 2, 3}, new int[] {1, 2}) + " " + Arrays.compareUnsigned(new byte[] {-1}, new byte[] {1}));
        String[] words = {"pear", "Apple", "fig", "banana", "Cherry"};
        Arrays.sort(words);
        System.out.println("natural " + Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive " + Arrays.toString(words));
        Arrays.sort(words, Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println("by length " + Arrays.toString(words));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println("boxed reverse " + Arrays.toString(boxed) + " asList " + Arrays.asList(boxed) + " stream sum " + Arrays.stream(arr).sum());
        Object[] deep = {1, new int[] {2, 3}, new String[] {"x"}, new Object[] {new long[] {4L}}};
        System.out.println("deepToString " + Arrays.deepToString(deep) + " deepEquals " + Arrays.deepEquals(deep, new Object[] {1, new int[] {2, 3}, new String[] {"x"}, new Object[] {new long[] {4L}}}));
        System.out.println("deepHashCode " + Arrays.deepHashCode(new Object[] {new int[] {1}, "a"}));
        double[] ds = {3.5, -0.0, 0.0, Double.NaN, -1.0};
        Arrays.sort(ds);
        System.out.println("double sort " + Arrays.toString(ds));
        char[] cs = "hello world".toCharArray();
        Arrays.sort(cs);
        System.out.println("char sort [" + new String(cs) + "]");
        long[] big = new long[1000];
        for (int i = 0; i < big.length; i++) big[i] = (i * 7919L) % 1009;
        Arrays.sort(big);
        System.out.println("big sorted first " + big[0] + " last " + big[999] + " median " + big[500]);
        Object[] objs = new Object[300];
        for (int i = 0; i < objs.length; i++) objs[i] = String.valueOf((i * 31) % 97);
        Arrays.sort(objs);
        System.out.println("objs " + objs[0] + " " + objs[1] + " " + objs[150] + " " + objs[299]);
        try {
            Arrays.copyOfRange(arr, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange IAE " + e.getMessage());
        }
        try {
            Arrays.fill(arr, 3, 20, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("fill AIOOBE " + e.getMessage());
        }
    }

    static <T> List<T> sorted(List<T> in, Comparator<? super T> c) {
        List<T> out = new ArrayList<>(in);
        out.sort(c);
        return out;
    }
}
