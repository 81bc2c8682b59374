class Config {
    static final int PORT;
    static {
        System.out.println("Config static init starts");
        PORT = readPort();
    }
    static int readPort() {
        throw new IllegalStateException("no port configured");
    }
}

public class Main {
    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("port is " + Config.PORT);
    }
}
