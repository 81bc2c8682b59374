final class Shelf {
    private Shelf() {}

    static String describe(Library lib) { return "shelf holds " + lib.size() + " items"; }
}
