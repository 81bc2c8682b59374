import java.util.ArrayList;
import java.util.List;

class Member {
    final String name;
    final int limit;
    final List<Item> borrowed = new ArrayList<>();

    Member(String name, int limit) {
        this.name = name;
        this.limit = limit;
    }

    @Override public String toString() { return name + borrowed; }
}
