final class Dvd extends Item implements Loanable {
    final int minutes;

    Dvd(String id, String title, int minutes) {
        super(id, title);
        this.minutes = minutes;
    }

    @Override String kind() { return "DVD"; }

    @Override double dailyFee() { return 1.0; }

    @Override public int maxDays() { return 3; }
}
