import java.util.*;

public class Main {
    public static class Messages extends ListResourceBundle {
        protected Object[][] getContents() {
            return new Object[][]{{"greeting", "Hello"}, {"farewell", "Goodbye"}, {"count", 3}, {"list", new String[]{"a", "b"}}};
        }
    }
    public static class Messages_fr extends ListResourceBundle {
        protected Object[][] getContents() {
            return new Object[][]{{"greeting", "Bonjour"}};
        }
    }
    public static class Messages_fr_CA extends ListResourceBundle {
        protected Object[][] getContents() {
            return new Object[][]{{"farewell", "Bye-bye"}};
        }
    }

    public static void main(String[] args) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS);
        ResourceBundle root = ResourceBundle.getBundle("Main$Messages", Locale.ROOT, noFallback);
        System.out.println(root.getString("greeting") + " " + root.getString("farewell") + " " + root.getObject("count") + " " + Arrays.toString(root.getStringArray("list")));
        System.out.println(new TreeSet<>(root.keySet()) + " " + root.containsKey("count") + " " + root.containsKey("nope") + " [" + root.getLocale() + "] " + root.getBaseBundleName());
        ResourceBundle fr = ResourceBundle.getBundle("Main$Messages", Locale.FRENCH, noFallback);
        System.out.println(fr.getString("greeting") + " " + fr.getString("farewell") + " " + fr.getLocale() + " " + fr.getClass().getSimpleName());
        ResourceBundle frCa = ResourceBundle.getBundle("Main$Messages", Locale.CANADA_FRENCH, noFallback);
        System.out.println(frCa.getString("greeting") + " " + frCa.getString("farewell") + " " + frCa.getLocale() + " " + new TreeSet<>(frCa.keySet()));
        ResourceBundle de = ResourceBundle.getBundle("Main$Messages", Locale.GERMAN, noFallback);
        System.out.println(de.getString("greeting") + " [" + de.getLocale() + "]");
        try { root.getString("missing"); } catch (MissingResourceException e) { System.out.println("MRE " + e.getMessage() + " key=" + e.getKey() + " class=" + e.getClassName()); }
        try { ResourceBundle.getBundle("NoSuchBundle", Locale.ROOT, noFallback); } catch (MissingResourceException e) { System.out.println("MRE " + e.getMessage()); }
        try { root.getString("count"); } catch (ClassCastException e) { System.out.println("CCE for non-string"); }
        System.out.println(ResourceBundle.getBundle("Main$Messages", Locale.FRENCH, noFallback) == fr);
        Locale l = new Locale("fr", "CA", "var");
        System.out.println(l + " " + l.getLanguage() + " " + l.getCountry() + " " + l.getVariant() + " " + l.toLanguageTag() + " " + Locale.forLanguageTag("en-GB").getCountry() + " " + Locale.ROOT.toLanguageTag());
        System.out.println(noFallback.getCandidateLocales("Main$Messages", Locale.CANADA_FRENCH) + " " + noFallback.toBundleName("Main$Messages", Locale.CANADA_FRENCH));
        Properties defaults = new Properties();
        defaults.setProperty("color", "blue");
        Properties p = new Properties(defaults);
        p.setProperty("size", "L");
        System.out.println(p.getProperty("color") + " " + p.getProperty("size") + " " + p.getProperty("none", "dflt") + " " + new TreeSet<>(p.stringPropertyNames()));
    }
}
