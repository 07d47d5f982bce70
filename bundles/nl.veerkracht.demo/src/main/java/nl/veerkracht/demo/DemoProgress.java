package nl.veerkracht.demo;

/** Hears of every step of the demo as it is done. */
@FunctionalInterface
public interface DemoProgress {

    void done(DemoStep step);
}
