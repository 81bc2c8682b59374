import java.io.*;
import java.lang.reflect.*;
import java.util.*;
import java.util.function.Function;

public class Main {
    /** Defines classes from the bytes of .class files in a directory, never asking its parent for them. */
    static class BytesLoader extends ClassLoader {
        final File dir;
        final List<String> defined = new ArrayList<>();

        BytesLoader(File dir, ClassLoader parent) {
            super(parent);
            this.dir = dir;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    File f = new File(dir, name.replace('.', '/') + ".class");
                    if (name.startsWith("Plugin") && f.isFile()) c = findClass(name);
                    else c = super.loadClass(name, false);
                }
                if (resolve) resolveClass(c);
                return c;
            }
        }

        Class<?> loadedAlready(String name) {
            return findLoadedClass(name);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            File f = new File(dir, name.replace('.', '/') + ".class");
            try (FileInputStream in = new FileInputStream(f)) {
                byte[] bytes = in.readAllBytes();
                defined.add(name + " (" + (bytes.length > 100) + ")");
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        File dir = new File(".").getCanonicalFile();
        File pluginFile = new File(dir, "Plugin.class");
        System.out.println("Plugin.class exists " + pluginFile.isFile());
        byte[] head = new byte[4];
        try (DataInputStream in = new DataInputStream(new FileInputStream(pluginFile))) {
            in.readFully(head);
            in.readUnsignedShort();
            System.out.println("magic " + String.format("%02x%02x%02x%02x", head[0], head[1], head[2], head[3]) + " major " + in.readUnsignedShort());
        }
        BytesLoader loader = new BytesLoader(dir, Main.class.getClassLoader());
        Class<?> c = loader.loadClass("Plugin");
        System.out.println("loaded " + c.getName() + " loader is ours " + (c.getClassLoader() == loader) + " parent " + (loader.getParent() == Main.class.getClassLoader()));
        System.out.println("defined " + loader.defined);
        System.out.println("same loadClass result " + (loader.loadClass("Plugin") == c) + " findLoadedClass " + (c == loader.loadedAlready("Plugin")) + " not yet " + loader.loadedAlready("Plugin$Helper"));
        Field loads = c.getField("loads");
        System.out.println("static initializer ran before use? " + loads.getInt(null));
        Object plugin = c.getConstructor().newInstance();
        System.out.println("apply via reflection " + c.getMethod("apply", String.class).invoke(plugin, "abc"));
        @SuppressWarnings("unchecked") Function<String, String> f = (Function<String, String>) plugin;
        System.out.println("apply via shared interface " + f.apply("keel"));
        Object custom = c.getConstructor(String.class).newInstance("custom");
        System.out.println("custom " + ((Function<?, ?>) custom).getClass().getName() + " " + c.getMethod("apply", String.class).invoke(custom, "xyz"));
        System.out.println("varargs " + c.getMethod("sum", int[].class).invoke(plugin, (Object) new int[] {1, 2, 3, 4}));
        System.out.println("static " + c.getMethod("hello", String.class).invoke(null, "world"));
        System.out.println("loaderName " + c.getMethod("loaderName").invoke(plugin));
        Object helper = c.getMethod("helper").invoke(custom);
        System.out.println("helper " + helper + " its loader is ours " + (helper.getClass().getClassLoader() == loader));
        System.out.println("defined after helper " + loader.defined);
        System.out.println("loads " + loads.getInt(null));
        System.out.println("interface from parent " + (c.getInterfaces()[0] == Function.class) + " super " + c.getSuperclass().getName());
        try {
            loader.loadClass("NoSuchPluginClass");
        } catch (ClassNotFoundException e) {
            System.out.println("CNFE " + e.getMessage());
        }
        try {
            Class.forName("Plugin", true, loader).getMethod("missing");
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException " + e.getMessage());
        }
        ClassLoader other = new ClassLoader(null) {
            @Override protected Class<?> findClass(String name) throws ClassNotFoundException {
                throw new ClassNotFoundException("other " + name);
            }
        };
        try {
            other.loadClass("Plugin");
        } catch (ClassNotFoundException e) {
            System.out.println("isolated loader CNFE " + e.getMessage());
        }
        System.out.println("String from isolated loader " + (other.loadClass("java.lang.String") == String.class));
        byte[] garbage = {1, 2, 3, 4};
        try {
            new ClassLoader() {
                Class<?> def() { return defineClass("Garbage", garbage, 0, garbage.length); }
            }.def();
        } catch (ClassFormatError e) {
            System.out.println("ClassFormatError");
        }
    }
}
