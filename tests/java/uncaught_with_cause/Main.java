public class Main {
    static class ConfigException extends Exception {
        ConfigException(String msg, Throwable cause) { super(msg, cause); }
    }
    static int parsePort(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) throw new IllegalArgumentException("not a number: " + s);
        }
        return Integer.parseInt(s);
    }
    static int loadConfig(String port) throws ConfigException {
        try {
            return parsePort(port);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("bad port setting", e);
        }
    }
    public static void main(String[] args) throws Exception {
        System.out.println("port " + loadConfig("8080"));
        System.out.println("port " + loadConfig("eighty"));
    }
}
