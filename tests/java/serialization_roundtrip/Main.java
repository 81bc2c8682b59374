import java.io.*;
import java.util.*;

public class Main {
    static class Address implements Serializable {
        private static final long serialVersionUID = 1L;
        String city; int zip;
        Address(String city, int zip) { this.city = city; this.zip = zip; }
        public String toString() { return city + "/" + zip; }
    }
    static class Person implements Serializable {
        private static final long serialVersionUID = 2L;
        String name; int age; double score; boolean active; char grade; long id;
        Address home;
        List<String> tags = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        int[] lucky;
        transient String password = "secret";
        Person friend;
        public String toString() { return name + " " + age + " " + score + " " + active + " " + grade + " " + id + " " + home + " " + tags + " " + counts + " " + Arrays.toString(lucky) + " pw=" + password + " friend=" + (friend == null ? "-" : friend.name); }
    }
    enum Level { LOW, HIGH }
    record Point(int x, int y) implements Serializable {
        Point { if (x < 0) throw new IllegalArgumentException("negative x"); }
    }
    static class Custom implements Serializable {
        private static final long serialVersionUID = 3L;
        transient int derived;
        int base;
        Custom(int base) { this.base = base; this.derived = base * 10; }
        private void writeObject(ObjectOutputStream out) throws IOException { out.defaultWriteObject(); out.writeUTF("extra:" + base); }
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException { in.defaultReadObject(); derived = base * 10; System.out.println("readObject got " + in.readUTF()); }
    }
    static class Singleton implements Serializable {
        static final Singleton INSTANCE = new Singleton();
        private Object readResolve() { return INSTANCE; }
    }
    static class NotSer { int v = 1; }
    static class Holder implements Serializable { NotSer ns = new NotSer(); }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T obj) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bos)) { oos.writeObject(obj); }
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()))) { return (T) ois.readObject(); }
    }

    public static void main(String[] args) throws Exception {
        Person p = new Person();
        p.name = "Ada"; p.age = 36; p.score = 99.5; p.active = true; p.grade = 'A'; p.id = 1L << 40;
        p.home = new Address("London", 12345);
        p.tags.add("math"); p.tags.add("poetry");
        p.counts.put("x", 1); p.counts.put("y", 2);
        p.lucky = new int[]{3, 7};
        Person q = new Person();
        q.name = "Bob"; q.friend = p; p.friend = q;
        Person back = roundTrip(p);
        System.out.println(back);
        System.out.println("cycle preserved " + (back.friend.friend == back) + ", distinct copy " + (back != p));
        System.out.println(roundTrip(Level.HIGH) == Level.HIGH);
        System.out.println(roundTrip(new Point(3, 4)));
        System.out.println(roundTrip(List.of(1, 2, 3)) + " " + roundTrip(Map.of("k", "v")) + " " + roundTrip(new ArrayList<>(List.of("a", "b"))) + " " + roundTrip(new TreeSet<>(Set.of(5, 1, 3))));
        System.out.println(roundTrip("plain string") + " " + roundTrip(42) + " " + roundTrip(new int[][]{{1}, {2, 3}})[1][1] + " " + roundTrip(new java.math.BigDecimal("123.4500")) + " " + roundTrip(java.time.LocalDate.of(2020, 1, 2)));
        Custom c = roundTrip(new Custom(7));
        System.out.println("custom base " + c.base + " derived " + c.derived);
        System.out.println("singleton resolved " + (roundTrip(Singleton.INSTANCE) == Singleton.INSTANCE));
        try { roundTrip(new Holder()); } catch (NotSerializableException e) { System.out.println("NotSerializableException " + e.getMessage()); }
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (DataOutputStream dos = new DataOutputStream(bos)) { dos.writeInt(1); }
        try { new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray())); } catch (StreamCorruptedException e) { System.out.println("StreamCorruptedException " + e.getMessage()); }
        ByteArrayOutputStream multi = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(multi)) {
            Address shared = new Address("Paris", 75000);
            oos.writeObject(shared); oos.writeObject(shared); oos.writeUnshared(shared); oos.writeInt(7); oos.writeUTF("end");
        }
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(multi.toByteArray()))) {
            Object a1 = ois.readObject(), a2 = ois.readObject(), a3 = ois.readObject();
            System.out.println(a1 + " same " + (a1 == a2) + " unshared " + (a1 != a3) + " " + ois.readInt() + " " + ois.readUTF());
        }
        System.out.println(ObjectStreamClass.lookup(Address.class).getSerialVersionUID() + " " + ObjectStreamClass.lookup(Person.class).getFields().length + " " + ObjectStreamClass.lookup(NotSer.class));
    }
}
