abstract class Animal {
    protected String name;
    static int created = 0;
    Animal(String name) { this.name = name; created++; }
    abstract String sound();
    String describe() { return name + " says " + sound(); }
    String kind() { return "animal"; }
    static String category() { return "Animal.category"; }
    @Override public String toString() { return getClass().getSimpleName() + "[" + name + "]"; }
}

class Dog extends Animal {
    Dog(String n) { super(n); }
    String sound() { return "woof"; }
    @Override String kind() { return "dog, a kind of " + super.kind(); }
    static String category() { return "Dog.category"; }
}

class Puppy extends Dog {
    Puppy(String n) { super(n + " jr"); }
    @Override String sound() { return "yip (not " + super.sound() + ")"; }
    @Override String kind() { return "puppy < " + super.kind(); }
}

class Cat extends Animal {
    private int lives = 9;
    Cat(String n) { super(n); }
    String sound() { return "meow"; }
    int loseLife() { return --lives; }
    @Override public boolean equals(Object o) { return o instanceof Cat c && c.name.equals(name); }
    @Override public int hashCode() { return name.hashCode(); }
}

class A { String f = "A.f"; String get() { return f; } static String s() { return "A.s"; } }
class B extends A { String f = "B.f"; @Override String get() { return f + "/" + super.f + "/" + super.get(); } static String s() { return "B.s"; } }

class Shape { double area() { return 0; } Shape self() { return this; } }
class Square extends Shape { double side; Square(double s) { side = s; } @Override double area() { return side * side; } @Override Square self() { return this; } }

class Counter {
    private int count;
    public Counter increment() { count++; return this; }
    public int get() { return count; }
}
final class FinalCounter extends Counter {
    @Override public FinalCounter increment() { super.increment(); super.increment(); return this; }
}

public class Main {
    public static void main(String[] args) {
        Animal[] zoo = {new Dog("Rex"), new Cat("Tom"), new Puppy("Rex"), new Cat("Felix")};
        for (Animal a : zoo) {
            System.out.println(a + ": " + a.describe() + " | " + a.kind());
        }
        System.out.println("created = " + Animal.created);
        System.out.println(Animal.category() + " " + Dog.category() + " " + Puppy.category());
        Cat tom = (Cat) zoo[1];
        System.out.println("lives: " + tom.loseLife() + " " + tom.loseLife());
        System.out.println("equals: " + tom.equals(new Cat("Tom")) + " " + tom.equals(zoo[3]) + " " + tom.equals("Tom") + " hash equal: " + (tom.hashCode() == new Cat("Tom").hashCode()));
        A ab = new B();
        B bb = (B) ab;
        System.out.println("field hiding: " + ab.f + " " + bb.f + " " + ((A) bb).f);
        System.out.println("virtual get: " + ab.get());
        System.out.println("static hiding: " + A.s() + " " + B.s());
        Shape sh = new Square(3);
        System.out.println("area " + sh.area() + " covariant self: " + sh.self().getClass().getSimpleName() + " " + new Square(2).self().side);
        Counter c = new FinalCounter();
        c.increment().increment();
        System.out.println("counter " + c.get());
        System.out.println("instanceof: " + (zoo[2] instanceof Dog) + " " + (zoo[2] instanceof Puppy) + " " + (zoo[0] instanceof Puppy) + " " + (zoo[1] instanceof Dog));
        try { Dog d = (Dog) zoo[1]; } catch (ClassCastException e) { System.out.println("CCE: " + e.getMessage()); }
        System.out.println("getSuperclass chain: " + Puppy.class.getSuperclass().getSimpleName() + " " + Puppy.class.getSuperclass().getSuperclass().getSimpleName() + " " + Animal.class.getSuperclass().getName());
        System.out.println("isAssignableFrom: " + Animal.class.isAssignableFrom(Puppy.class) + " " + Puppy.class.isAssignableFrom(Animal.class));
        Object o = new B();
        System.out.println("getClass().getName(): " + o.getClass().getName());
    }
}
