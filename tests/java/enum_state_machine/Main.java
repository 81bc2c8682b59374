import java.util.*;

public class Main {
    enum State {
        IDLE {
            State on(Event e) { return e == Event.START ? RUNNING : this; }
        },
        RUNNING {
            State on(Event e) {
                switch (e) {
                    case PAUSE: return PAUSED;
                    case STOP: return STOPPED;
                    case FAIL: return FAILED;
                    default: return this;
                }
            }
        },
        PAUSED {
            State on(Event e) {
                switch (e) {
                    case START:
                    case RESUME:
                        return RUNNING;
                    case STOP:
                        return STOPPED;
                    default:
                        return this;
                }
            }
        },
        STOPPED { State on(Event e) { return e == Event.RESET ? IDLE : this; } boolean terminal() { return true; } },
        FAILED { State on(Event e) { return e == Event.RESET ? IDLE : this; } boolean terminal() { return true; } };

        abstract State on(Event e);
        boolean terminal() { return false; }
    }

    enum Event { START, PAUSE, RESUME, STOP, FAIL, RESET }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), VENUS(4.869e+24, 6.0518e6), EARTH(5.976e+24, 6.37814e6),
        MARS(6.421e+23, 3.3972e6), JUPITER(1.9e+27, 7.1492e7);
        private final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
    }

    enum Op implements java.util.function.IntBinaryOperator {
        PLUS("+") { public int applyAsInt(int a, int b) { return a + b; } },
        MINUS("-") { public int applyAsInt(int a, int b) { return a - b; } },
        TIMES("*") { public int applyAsInt(int a, int b) { return a * b; } },
        DIV("/") { public int applyAsInt(int a, int b) { return a / b; } };
        final String sym;
        private static final Map<String, Op> BY_SYM = new HashMap<>();
        static { for (Op o : values()) BY_SYM.put(o.sym, o); }
        Op(String sym) { this.sym = sym; }
        static Op of(String s) {
            Op o = BY_SYM.get(s);
            if (o == null) throw new IllegalArgumentException("no op " + s);
            return o;
        }
    }

    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN;
        boolean weekend() { return this == SAT || this == SUN; }
        Day next() { return values()[(ordinal() + 1) % values().length]; }
    }

    static String kind(Day d) {
        String r = "";
        switch (d) {
            case MON: r += "start,";
            case TUE:
            case WED:
            case THU: r += "mid,";
            case FRI: r += "work"; break;
            case SAT:
            case SUN: r += "rest"; break;
        }
        return r;
    }

    public static void main(String[] args) {
        State s = State.IDLE;
        Event[] script = {Event.PAUSE, Event.START, Event.PAUSE, Event.RESUME, Event.FAIL, Event.START, Event.RESET, Event.START, Event.STOP};
        for (Event e : script) {
            State n = s.on(e);
            System.out.println(s + " --" + e + "--> " + n + (n.terminal() ? " (terminal)" : ""));
            s = n;
        }
        System.out.println(State.RUNNING.getClass() == State.class);
        System.out.println(State.RUNNING.getDeclaringClass().getSimpleName());
        for (Planet p : Planet.values())
            System.out.println(String.format(Locale.ROOT, "%-8s %6.2f", p, p.surfaceGravity()));
        for (String sym : new String[]{"+", "-", "*", "/"})
            System.out.println(Op.of(sym) + " " + Op.of(sym).applyAsInt(17, 5));
        try { Op.of("%"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        for (Day d : Day.values()) System.out.println(d + " " + kind(d) + " weekend=" + d.weekend() + " next=" + d.next());
        EnumSet<Day> mid = EnumSet.range(Day.TUE, Day.THU);
        System.out.println(mid + " " + EnumSet.complementOf(mid) + " " + EnumSet.range(Day.SUN, Day.SUN));
        EnumSet<Day> none = EnumSet.noneOf(Day.class);
        none.add(Day.FRI); none.add(Day.MON);
        System.out.println(none + " " + none.contains(Day.MON) + " " + EnumSet.allOf(Day.class).size());
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        for (Day d : Day.values()) if (!d.weekend()) hours.merge(d, 8 - d.ordinal() % 2, Integer::sum);
        System.out.println(hours);
        Map<State, List<Event>> accepted = new EnumMap<>(State.class);
        for (State st : State.values())
            for (Event e : Event.values())
                if (st.on(e) != st) accepted.computeIfAbsent(st, k -> new ArrayList<>()).add(e);
        System.out.println(accepted);
        System.out.println(Day.valueOf("WED").compareTo(Day.MON) + " " + Day.SUN.name().toLowerCase(Locale.ROOT));
        try { Day.valueOf("FUNDAY"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println(Enum.valueOf(Event.class, "STOP").ordinal());
    }
}
