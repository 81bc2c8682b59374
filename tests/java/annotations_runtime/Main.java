import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

public class Main {
    enum Priority { LOW, MEDIUM, HIGH }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.CONSTRUCTOR})
    @interface Info {
        String value() default "none";
        int count() default 1;
        long big() default 1L << 40;
        double ratio() default 0.5;
        boolean flag() default false;
        char letter() default 'x';
        byte small() default 7;
        Class<?> type() default Object.class;
        Priority priority() default Priority.MEDIUM;
        String[] tags() default {};
        int[] numbers() default {1, 2};
        Author author() default @Author(name = "anon");
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Author {
        String name();
        int year() default 2000;
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    @interface Marker {}

    @Retention(RetentionPolicy.CLASS)
    @interface ClassOnly {}

    @Retention(RetentionPolicy.RUNTIME)
    @Repeatable(Tags.class)
    @interface Tag { String value(); }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Tags { Tag[] value(); }

    @Info(value = "service", count = 3, big = -5L, ratio = 2.25, flag = true, letter = 'S', small = -1, type = String.class,
        priority = Priority.HIGH, tags = {"core", "net"}, numbers = {}, author = @Author(name = "Ada", year = 1843))
    @Marker
    @ClassOnly
    @Tag("alpha")
    @Tag("beta")
    static class Service {
        @Info("id-field") @Deprecated
        public int id;
        @Info(count = 9, tags = "single")
        private String label;
        public String plain;

        @Info(priority = Priority.LOW)
        public Service() {}

        @Info(value = "run", numbers = {3, 1, 4, 1, 5})
        public void run(@Info("arg") String arg, int unannotated) {}

        @Deprecated(since = "9", forRemoval = true)
        public void old() {}

        public void bare() {}
    }

    static class SubService extends Service {}

    static String describe(Info i) {
        return "value=" + i.value() + " count=" + i.count() + " big=" + i.big() + " ratio=" + i.ratio() + " flag=" + i.flag() + " letter=" + i.letter()
            + " small=" + i.small() + " type=" + i.type().getSimpleName() + " priority=" + i.priority() + " tags=" + Arrays.toString(i.tags())
            + " numbers=" + Arrays.toString(i.numbers()) + " author=" + i.author().name() + "/" + i.author().year();
    }

    public static void main(String[] args) throws Exception {
        Class<Service> c = Service.class;
        Info ci = c.getAnnotation(Info.class);
        System.out.println("class: " + describe(ci));
        System.out.println("annotationType " + ci.annotationType().getSimpleName() + " isAnnotation " + Info.class.isAnnotation());
        System.out.println("present Info " + c.isAnnotationPresent(Info.class) + " Marker " + c.isAnnotationPresent(Marker.class) + " ClassOnly " + c.isAnnotationPresent(ClassOnly.class));
        System.out.println("class annotations " + Arrays.stream(c.getAnnotations()).map(a -> a.annotationType().getSimpleName()).sorted().toList());
        System.out.println("repeatable " + Arrays.stream(c.getAnnotationsByType(Tag.class)).map(Tag::value).toList() + " container " + c.getAnnotation(Tags.class).value().length + " direct Tag " + c.getAnnotation(Tag.class));
        System.out.println("inherited on subclass Marker " + SubService.class.isAnnotationPresent(Marker.class) + " Info " + SubService.class.isAnnotationPresent(Info.class) + " declared " + SubService.class.getDeclaredAnnotations().length);

        List<Field> fields = new ArrayList<>(Arrays.asList(c.getDeclaredFields()));
        fields.sort(Comparator.comparing(Field::getName));
        for (Field f : fields) {
            Info fi = f.getAnnotation(Info.class);
            System.out.println("field " + f.getName() + ": " + (fi == null ? "no Info" : describe(fi)) + " deprecated " + f.isAnnotationPresent(Deprecated.class));
        }
        List<Method> methods = new ArrayList<>(Arrays.asList(c.getDeclaredMethods()));
        methods.sort(Comparator.comparing(Method::getName));
        for (Method m : methods) {
            Info mi = m.getAnnotation(Info.class);
            System.out.println("method " + m.getName() + ": " + (mi == null ? "no Info" : describe(mi)) + " annotations " + m.getDeclaredAnnotations().length);
            Deprecated d = m.getAnnotation(Deprecated.class);
            if (d != null) System.out.println("  deprecated since=" + d.since() + " forRemoval=" + d.forRemoval());
        }
        Method run = c.getMethod("run", String.class, int.class);
        Annotation[][] pa = run.getParameterAnnotations();
        for (int i = 0; i < pa.length; i++) {
            System.out.println("param " + i + " annotations " + pa[i].length + (pa[i].length > 0 ? " value " + ((Info) pa[i][0]).value() : ""));
        }
        System.out.println("constructor " + describe(c.getConstructor().getAnnotation(Info.class)));
        Info a1 = c.getAnnotation(Info.class);
        Info a2 = Service.class.getAnnotation(Info.class);
        Info fieldInfo = c.getField("id").getAnnotation(Info.class);
        System.out.println("equals same " + a1.equals(a2) + " different " + a1.equals(fieldInfo) + " hash stable " + (a1.hashCode() == a2.hashCode()));
        Author au = a1.author();
        System.out.println("nested toString " + au);
        System.out.println("tag toString " + c.getAnnotationsByType(Tag.class)[0]);
        System.out.println("defaults Info.count " + Info.class.getMethod("count").getDefaultValue() + " Info.tags " + Arrays.toString((String[]) Info.class.getMethod("tags").getDefaultValue()) + " Author.name " + Author.class.getMethod("name").getDefaultValue());
        Retention r = Info.class.getAnnotation(Retention.class);
        Target t = Info.class.getAnnotation(Target.class);
        System.out.println("meta retention " + r.value() + " target " + Arrays.toString(t.value()));
    }
}
