import java.security.ProtectionDomain;

// Where classes come from: the protection domain and code source the
// application class loader gives a class, none for a boot class.
public class Main {
    public static void main(String[] args) {
        ProtectionDomain pd = Main.class.getProtectionDomain();
        System.out.println("has domain " + (pd != null));
        System.out.println("code source protocol " + pd.getCodeSource().getLocation().getProtocol());
        System.out.println("location is a directory " + pd.getCodeSource().getLocation().getPath().endsWith("/"));
        System.out.println("same domain for a nested class " + (Nested.class.getProtectionDomain() == pd));
        System.out.println("boot class code source " + String.class.getProtectionDomain().getCodeSource());
        System.out.println("class loader " + Main.class.getClassLoader().getName());
        System.out.println("boot loader " + String.class.getClassLoader());
    }

    static class Nested {}
}
