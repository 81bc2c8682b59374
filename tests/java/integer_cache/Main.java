public class Main {
    static Integer box(int i) { return i; }
    public static void main(String[] args) {
        Integer a = 127, b = 127;
        System.out.println("127 == 127: " + (a == b));
        Integer c = 128, d = 128;
        System.out.println("128 == 128: " + (c == d));
        System.out.println("128 equals 128: " + c.equals(d));
        System.out.println("-128 cached: " + (Integer.valueOf(-128) == Integer.valueOf(-128)) + ", -129 cached: " + (Integer.valueOf(-129) == Integer.valueOf(-129)));
        System.out.println("valueOf(127)==box(127): " + (Integer.valueOf(127) == box(127)) + " valueOf(1000)==valueOf(1000): " + (Integer.valueOf(1000) == Integer.valueOf(1000)));
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println("Long 127: " + (l1 == l2) + ", Long 128: " + (l3 == l4));
        Short s1 = 100, s2 = 100;
        Byte b1 = (byte) 200, b2 = (byte) 200;
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println("Short 100: " + (s1 == s2) + ", Byte: " + (b1 == b2) + ", Character a: " + (c1 == c2) + ", Character 256: " + (c3 == c4));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Boolean: " + (t1 == t2) + " parse: " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean("True"));
        Integer x = 1000;
        int y = 1000;
        System.out.println("Integer == int unboxes: " + (x == y));
        Integer n = null;
        try { int z = n; } catch (NullPointerException e) { System.out.println("unboxing null NPE"); }
        Integer counter = 0;
        for (int i = 0; i < 200; i++) counter++;
        System.out.println("boxed counter " + counter + " cached? " + (counter == Integer.valueOf(200)));
        Object o = 42;
        System.out.println("autobox type " + o.getClass().getName() + " " + ((Object) 42L).getClass().getName() + " " + ((Object) 4.2f).getClass().getName() + " " + ((Object) 'x').getClass().getName());
        Double d1 = 0.5, d2 = 0.5;
        System.out.println("Double equals: " + d1.equals(d2) + " hash " + d1.hashCode());
        System.out.println("Integer hash " + Integer.valueOf(-5).hashCode() + " Long hash " + Long.valueOf(1L << 40).hashCode() + " Boolean hash " + Boolean.TRUE.hashCode() + "/" + Boolean.FALSE.hashCode() + " Character hash " + Character.valueOf('A').hashCode());
        System.out.println("Integer.equals(Long): " + Integer.valueOf(1).equals(1L) + " Long.equals(Long): " + Long.valueOf(1).equals(1L));
        java.util.List<Integer> list = new java.util.ArrayList<>(java.util.List.of(10, 20, 30));
        list.remove(Integer.valueOf(10));
        list.remove(0);
        System.out.println("remove overloads " + list);
        int sum = 0;
        for (Integer i : java.util.List.of(1, 2, 3)) sum += i;
        System.out.println("unboxed sum " + sum);
        Integer big1 = 500, big2 = 500;
        System.out.println("compare boxed with < : " + (big1 < big2) + " <= " + (big1 <= big2) + " == " + (big1 == big2) + " intValue== " + (big1.intValue() == big2.intValue()));
        long mixed = x + 1L;
        System.out.println("mixed " + mixed + " ternary unbox " + (true ? x : 0.5));
    }
}
