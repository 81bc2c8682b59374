import java.util.*;

class Library {
    private final Map<String, Item> items = new TreeMap<>();
    private final Map<String, Member> lentTo = new HashMap<>();

    void add(Item item) { items.put(item.id, item); }

    String catalogue() {
        List<Item> sorted = new ArrayList<>(items.values());
        Collections.sort(sorted);
        StringBuilder sb = new StringBuilder();
        for (Item i : sorted) sb.append(i).append('\n');
        return sb.toString().trim();
    }

    void lend(String id, Member m) throws LibraryException {
        Item item = items.get(id);
        if (item == null) throw new LibraryException("no item " + id);
        if (lentTo.containsKey(id)) throw new LibraryException(id + " already lent to " + lentTo.get(id).name);
        if (m.borrowed.size() >= m.limit) throw new LibraryException(m.name + " reached limit " + m.limit);
        lentTo.put(id, m);
        m.borrowed.add(item);
    }

    void giveBack(String id, Member m) {
        lentTo.remove(id);
        m.borrowed.removeIf(i -> i.id.equals(id));
    }

    List<String> available() {
        List<String> out = new ArrayList<>();
        for (String id : items.keySet()) if (!lentTo.containsKey(id)) out.add(id);
        return out;
    }

    String fees(int days) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Item> e : items.entrySet()) {
            if (!lentTo.containsKey(e.getKey())) continue;
            Item it = e.getValue();
            Loanable l = (Loanable) it;
            sb.append(e.getKey()).append('=').append(l.lateFee(days, it.dailyFee())).append(' ');
        }
        return sb.toString().trim();
    }

    int size() { return items.size(); }
}
