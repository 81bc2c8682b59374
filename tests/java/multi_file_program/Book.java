final class Book extends Item implements Loanable {
    final String author;
    final int year;

    Book(String id, String title, String author, int year) {
        super(id, title);
        this.author = author;
        this.year = year;
    }

    @Override String kind() { return "Book"; }

    @Override public int maxDays() { return year < 1960 ? 7 : Loanable.MAX_DAYS; }

    @Override public String toString() { return super.toString() + " by " + author + " (" + year + ")"; }
}
