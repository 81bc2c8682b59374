abstract class Item implements Comparable<Item> {
    private static int created;
    protected final String id;
    protected final String title;

    Item(String id, String title) {
        this.id = id;
        this.title = title;
        created++;
    }

    static int created() { return created; }

    abstract String kind();

    double dailyFee() { return 0.25; }

    @Override public int compareTo(Item o) { return title.compareTo(o.title); }

    @Override public String toString() { return kind() + "[" + id + "] " + title; }
}
