import java.util.*;
import java.util.stream.*;

public class Main {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        Optional<String> nullable = Optional.ofNullable(null);
        System.out.println(some + " " + none + " " + nullable + " " + none.equals(nullable) + " " + some.equals(Optional.of("value")));
        System.out.println("isPresent " + some.isPresent() + " isEmpty " + none.isEmpty() + " get " + some.get());
        System.out.println("orElse " + none.orElse("default") + " orElseGet " + none.orElseGet(() -> "supplied") + " or " + none.or(() -> Optional.of("alt")).get());
        System.out.println("map " + some.map(String::length) + " map to null " + some.map(s -> null) + " flatMap " + some.flatMap(s -> Optional.of(s + "!")));
        System.out.println("filter " + some.filter(s -> s.startsWith("v")) + " " + some.filter(s -> s.isEmpty()));
        some.ifPresent(s -> System.out.println("ifPresent " + s));
        none.ifPresentOrElse(s -> System.out.println("no"), () -> System.out.println("ifPresentOrElse empty"));
        System.out.println("stream " + some.stream().count() + " " + none.stream().count());
        System.out.println("hashCode " + none.hashCode() + " " + some.hashCode() + " " + "value".hashCode());
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("get empty: " + e.getMessage());
        }
        try {
            none.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow supplier: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null) NPE");
        }
        List<String> inputs = List.of("12", "x", "-7", "", "300", "4.5");
        for (String in : inputs) {
            System.out.println("parse '" + in + "' -> " + parse(in).map(v -> v * 2).map(String::valueOf).orElse("invalid"));
        }
        System.out.println("flatten " + inputs.stream().map(Main::parse).flatMap(Optional::stream).collect(Collectors.toList()));
        System.out.println("first even " + inputs.stream().map(Main::parse).flatMap(Optional::stream).filter(x -> x % 2 == 0).findFirst());
        System.out.println("max " + Stream.<Integer>empty().max(Integer::compare) + " " + Stream.of(4, 1).max(Integer::compare));
        OptionalInt oi = OptionalInt.of(5);
        OptionalLong ol = OptionalLong.of(5L);
        OptionalDouble od = OptionalDouble.of(0.5);
        System.out.println(oi + " " + ol + " " + od + " " + OptionalInt.empty() + " " + oi.getAsInt() + " " + ol.orElse(1) + " " + od.orElseGet(() -> 9.0));
        oi.ifPresent(v -> System.out.println("int present " + v));
        System.out.println("equals " + OptionalInt.of(1).equals(OptionalInt.of(1)) + " " + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN)));
        Map<String, String> config = Map.of("host", "example.org", "port", "8080");
        String url = Optional.ofNullable(config.get("host")).map(h -> "http://" + h).flatMap(h -> Optional.ofNullable(config.get("port")).map(p -> h + ":" + p)).orElse("none");
        System.out.println("url " + url);
        String missing = Optional.ofNullable(config.get("user")).map(String::toUpperCase).orElse("anonymous");
        System.out.println("user " + missing);
        Optional<Optional<String>> nested = Optional.of(Optional.empty());
        System.out.println("nested " + nested + " flattened " + nested.flatMap(o -> o));
    }
}
