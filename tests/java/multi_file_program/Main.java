import java.util.*;

public class Main {
    public static void main(String[] args) {
        Library lib = new Library();
        lib.add(new Book("978-0", "Dune", "Herbert", 1965));
        lib.add(new Book("978-1", "Neuromancer", "Gibson", 1984));
        lib.add(new Dvd("D-1", "Alien", 117));
        lib.add(new Book("978-2", "Foundation", "Asimov", 1951));
        lib.add(new Dvd("D-2", "Arrival", 116));
        System.out.println(lib.catalogue());
        Member ann = new Member("Ann", 2), bob = new Member("Bob", 1);
        String[][] ops = {{"Ann", "978-0"}, {"Bob", "978-0"}, {"Bob", "D-1"}, {"Bob", "978-1"}, {"Ann", "D-2"}, {"Ann", "978-2"}, {"Zed", "978-2"}, {"Ann", "nope"}};
        Map<String, Member> members = Map.of("Ann", ann, "Bob", bob);
        for (String[] op : ops) {
            try {
                Member m = members.get(op[0]);
                if (m == null) throw new LibraryException("unknown member " + op[0]);
                lib.lend(op[1], m);
                System.out.println(op[0] + " borrowed " + op[1]);
            } catch (LibraryException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
        System.out.println(ann + " / " + bob);
        lib.giveBack("978-0", ann);
        System.out.println("after return: " + ann + ", available " + lib.available());
        for (int day = 1; day <= 30; day += 10) System.out.println("day " + day + " fees " + lib.fees(day));
        System.out.println("counter " + Item.created() + " " + Loanable.MAX_DAYS + " " + Shelf.describe(lib));
    }
}
