import java.util.*;

public class Main {
    enum Day {
        MONDAY("Mon"), TUESDAY("Tue"), WEDNESDAY("Wed"), THURSDAY("Thu"), FRIDAY("Fri"), SATURDAY("Sat") {
            @Override boolean weekend() { return true; }
        }, SUNDAY("Sun") {
            @Override boolean weekend() { return true; }
        };
        final String abbrev;
        Day(String abbrev) { this.abbrev = abbrev; }
        boolean weekend() { return false; }
        Day next() { return values()[(ordinal() + 1) % values().length]; }
    }

    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        SUB("-") { int apply(int a, int b) { return a - b; } },
        MUL("*") { int apply(int a, int b) { return a * b; } };
        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        abstract int apply(int a, int b);
    }

    interface Labeled { String label(); }
    enum Color implements Labeled {
        RED, GREEN, BLUE;
        public String label() { return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT); }
    }

    enum Single { INSTANCE; int counter; }

    public static void main(String[] args) {
        System.out.println("valueOf " + Day.valueOf("FRIDAY") + " " + Enum.valueOf(Day.class, "MONDAY").abbrev + " " + Color.valueOf("GREEN").label());
        for (String bad : new String[] {"friday", "", "MONDAY "}) {
            try {
                Day.valueOf(bad);
            } catch (IllegalArgumentException e) {
                System.out.println("valueOf bad: " + e.getMessage());
            }
        }
        try {
            Day.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf null: " + e.getMessage());
        }
        for (Day d : Day.values()) System.out.println("  " + d.ordinal() + " " + d + " " + d.abbrev + " weekend=" + d.weekend() + " next=" + d.next() + " class=" + d.getClass().getSimpleName().isEmpty() + " declaring=" + d.getDeclaringClass().getSimpleName());
        System.out.println("compareTo " + Day.MONDAY.compareTo(Day.SUNDAY) + " equals " + Day.MONDAY.equals(Day.valueOf("MONDAY")) + " == " + (Day.MONDAY == Day.valueOf("MONDAY")) + " name " + Day.SATURDAY.name());
        for (Op op : Op.values()) System.out.println("  7 " + op.symbol + " 3 = " + op.apply(7, 3));
        Single.INSTANCE.counter++;
        Single.INSTANCE.counter++;
        System.out.println("singleton " + Single.INSTANCE.counter + " " + Single.valueOf("INSTANCE").counter);

        EnumMap<Day, List<String>> schedule = new EnumMap<>(Day.class);
        schedule.put(Day.FRIDAY, new ArrayList<>(List.of("review")));
        schedule.put(Day.MONDAY, new ArrayList<>(List.of("plan", "standup")));
        schedule.computeIfAbsent(Day.WEDNESDAY, d -> new ArrayList<>()).add("demo");
        schedule.computeIfAbsent(Day.MONDAY, d -> new ArrayList<>()).add("email");
        System.out.println("schedule " + schedule + " size " + schedule.size() + " containsKey(TUESDAY) " + schedule.containsKey(Day.TUESDAY));
        System.out.println("keys " + schedule.keySet() + " values " + schedule.values() + " firstEntry via iterator " + schedule.entrySet().iterator().next());
        schedule.remove(Day.MONDAY);
        EnumMap<Day, List<String>> copy = new EnumMap<>(schedule);
        System.out.println("copy " + copy + " equals " + copy.equals(schedule) + " equals HashMap " + copy.equals(new HashMap<>(schedule)));
        EnumMap<Color, Integer> counts = new EnumMap<>(Color.class);
        for (String s : "RED BLUE RED GREEN BLUE RED".split(" ")) counts.merge(Color.valueOf(s), 1, Integer::sum);
        System.out.println("counts " + counts);
        try {
            new EnumMap<>(new HashMap<Day, Integer>());
        } catch (IllegalArgumentException e) {
            System.out.println("EnumMap from empty map: " + e.getMessage());
        }

        EnumSet<Day> weekend = EnumSet.of(Day.SATURDAY, Day.SUNDAY);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        System.out.println("weekend " + weekend + " weekdays " + weekdays);
        System.out.println("range " + EnumSet.range(Day.TUESDAY, Day.FRIDAY) + " all " + EnumSet.allOf(Color.class) + " none " + EnumSet.noneOf(Color.class));
        EnumSet<Day> set = EnumSet.noneOf(Day.class);
        set.add(Day.SUNDAY);
        set.add(Day.MONDAY);
        set.add(Day.THURSDAY);
        set.add(Day.MONDAY);
        System.out.println("set " + set + " contains " + set.contains(Day.THURSDAY) + " size " + set.size());
        set.removeAll(weekend);
        System.out.println("minus weekend " + set);
        set.addAll(EnumSet.range(Day.WEDNESDAY, Day.FRIDAY));
        System.out.println("plus range " + set + " containsAll weekdays " + set.containsAll(weekdays));
        EnumSet<Day> cloned = set.clone();
        cloned.retainAll(EnumSet.of(Day.MONDAY, Day.FRIDAY, Day.SUNDAY));
        System.out.println("retain " + cloned + " original " + set);
        System.out.println("copyOf " + EnumSet.copyOf(List.of(Day.FRIDAY, Day.MONDAY)) + " equals Set.of " + EnumSet.of(Color.RED).equals(Set.of(Color.RED)));
        Iterator<Day> it = set.iterator();
        while (it.hasNext()) if (it.next().ordinal() % 2 == 0) it.remove();
        System.out.println("iterator remove even ordinals " + set);
        try {
            EnumSet.copyOf(new ArrayList<Day>());
        } catch (IllegalArgumentException e) {
            System.out.println("copyOf empty: " + e.getMessage());
        }
        int total = 0;
        for (Day d : Day.values()) {
            total += switch (d) {
                case SATURDAY, SUNDAY -> 0;
                case FRIDAY -> 4;
                default -> 8;
            };
        }
        System.out.println("hours " + total);
        Map<Boolean, List<Day>> byWeekend = new TreeMap<>();
        for (Day d : Day.values()) byWeekend.computeIfAbsent(d.weekend(), k -> new ArrayList<>()).add(d);
        System.out.println("byWeekend " + byWeekend);
        List<Color> sorted = new ArrayList<>(List.of(Color.BLUE, Color.RED, Color.GREEN, Color.RED));
        Collections.sort(sorted);
        System.out.println("sorted by ordinal " + sorted + " by name " + sorted.stream().sorted(Comparator.comparing(Enum::name)).toList());
        Labeled l = Color.BLUE;
        System.out.println("interface " + l.label() + " " + (l instanceof Enum<?> e ? e.ordinal() : -1));
        System.out.println("describeConstable " + Day.MONDAY.describeConstable().isPresent() + " hashCode equal " + (Day.MONDAY.hashCode() == Day.MONDAY.hashCode()));
    }
}
