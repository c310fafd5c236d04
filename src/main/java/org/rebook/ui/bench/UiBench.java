package org.rebook.ui.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.rebook.ui.MainWindow;
import org.rebook.ui.reservations.ReservationRow;

/**
 * Measures what staff feel on a large workspace, in the real window: key press to the next review item laid
 * out on screen, accept to the next item shown, and the longest FX-thread stall (longest gap between frames
 * while an animation runs) during an import and the reload that follows. Changes the workspace (accepts,
 * imports): run it on a copy. Prints one line per figure and exits.
 */
public final class UiBench {
    private final MainWindow window;
    private final int presses;
    private final Path importPath;
    private final StallMonitor stalls = new StallMonitor();
    private final long opened = System.nanoTime();

    public UiBench(MainWindow window, int presses, Path importPath) {
        this.window = window;
        this.presses = presses;
        this.importPath = importPath;
    }

    public void start() {
        stalls.start();
        waitFor(() -> !window.reservations().allRows().isEmpty() && !window.reservations().headlineProperty().get().isEmpty(), () -> {
            report("workspace open to reservations listed", (System.nanoTime() - opened) / 1e6, "ms",
                    window.reservations().allRows().size() + " reservations");
            report("longest FX stall while opening", stalls.takeMax(), "ms", "");
            ((ToggleButton) window.scene().lookup("#navReview")).fire();
            pause(500, () -> keyPresses(new ArrayList<>(), presses));
        });
    }

    /** J presses, one at a time: fire the key, note when the next pulse has laid the new item out. */
    private final List<Double> handlerMillis = new ArrayList<>();

    private void keyPresses(List<Double> millis, int left) {
        if (left == 0) {
            summarise("key J handled (detail filled, before layout)", handlerMillis);
            summarise("key J to next review item laid out", millis);
            accepts(new ArrayList<>(), 10);
            return;
        }
        ReservationRow before = window.review().currentProperty().get();
        long t0 = System.nanoTime();
        fire(KeyCode.J);
        handlerMillis.add((System.nanoTime() - t0) / 1e6);
        afterLayout(() -> {
            if (window.review().currentProperty().get() != before) millis.add((System.nanoTime() - t0) / 1e6);
            pause(15, () -> keyPresses(millis, left - 1));
        });
    }

    /** A presses: the decision runs off the FX thread, then the next item is shown. */
    private void accepts(List<Double> millis, int left) {
        if (left == 0) {
            summarise("key A to next item shown (decision stored, reservation rebuilt)", millis);
            ((ToggleButton) window.scene().lookup("#navReservations")).fire();
            pause(500, () -> searches(new ArrayList<>(), List.of("m", "ma", "mar", "mari", "maria", "", "px-", "silva", "")));
            return;
        }
        ReservationRow before = window.review().currentProperty().get();
        long t0 = System.nanoTime();
        fire(KeyCode.A);
        waitFor(() -> window.review().currentProperty().get() != before && !window.review().busyProperty().get(),
                () -> afterLayout(() -> {
                    millis.add((System.nanoTime() - t0) / 1e6);
                    pause(15, () -> accepts(millis, left - 1));
                }));
    }

    /** Typing in the Reservations search: each keystroke filters every row, then the table is laid out. */
    private void searches(List<Double> millis, List<String> texts) {
        if (texts.isEmpty()) {
            summarise("search keystroke to Reservations table filtered and laid out", millis);
            importDuringAnimation();
            return;
        }
        long t0 = System.nanoTime();
        window.reservations().searchProperty().set(texts.get(0));
        afterLayout(() -> {
            millis.add((System.nanoTime() - t0) / 1e6);
            pause(30, () -> searches(millis, texts.subList(1, texts.size())));
        });
    }

    private void importDuringAnimation() {
        if (importPath == null) {
            finish();
            return;
        }
        int rowsBefore = window.reservations().allRows().size();
        String headlineBefore = window.reservations().headlineProperty().get();
        stalls.takeMax();
        long t0 = System.nanoTime();
        window.sources().importPaths(List.of(importPath));
        // Done when the reload's last slice is in: the headline is set after it.
        waitFor(() -> !window.reservations().headlineProperty().get().equals(headlineBefore) && !runningFlag.getAsBoolean(),
                () -> pause(1000, () -> {
            report("import + reconcile + reload, wall time", (System.nanoTime() - t0) / 1e6, "ms",
                    rowsBefore + " → " + window.reservations().allRows().size() + " reservations");
            report("longest FX stall during import, reconcile and reload", stalls.takeMax(), "ms", "");
            finish();
        }));
    }

    private BooleanSupplier runningFlag = () -> false;

    /** Tells the bench how to see that a background job still runs. */
    public UiBench runningWhile(BooleanSupplier running) {
        this.runningFlag = running;
        return this;
    }

    private void finish() {
        stalls.stop();
        System.out.flush();
        Platform.exit();
    }

    private void fire(KeyCode code) {
        Scene scene = window.scene();
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        String text = code.getChar().toLowerCase(Locale.ROOT);
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, text, text, code, false, false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, text, "", KeyCode.UNDEFINED, false, false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, text, text, code, false, false, false, false));
    }

    /** Runs {@code then} once the next pulse has applied CSS and laid the scene out. */
    private void afterLayout(Runnable then) {
        Scene scene = window.scene();
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    private static void waitFor(BooleanSupplier condition, Runnable then) {
        if (condition.getAsBoolean()) {
            then.run();
            return;
        }
        pause(10, () -> waitFor(condition, then));
    }

    private static void pause(long ms, Runnable then) {
        PauseTransition p = new PauseTransition(Duration.millis(ms));
        p.setOnFinished(e -> then.run());
        p.play();
    }

    private static void summarise(String what, List<Double> millis) {
        if (millis.isEmpty()) {
            report(what, Double.NaN, "ms", "no samples");
            return;
        }
        List<Double> sorted = millis.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        report(what, median, "ms median", String.format(Locale.ROOT, "p95 %.1f ms, max %.1f ms, n=%d", p95,
                sorted.get(sorted.size() - 1), sorted.size()));
    }

    private static void report(String what, double value, String unit, String note) {
        System.out.printf(Locale.ROOT, "%-62s %9.1f %s%s%n", what, value, unit, note.isEmpty() ? "" : "  (" + note + ")");
    }

    /** The longest gap between two animation frames: how long the FX thread was busy with something else. */
    private static final class StallMonitor extends AnimationTimer {
        private long last;
        private long max;

        @Override
        public void handle(long now) {
            if (last != 0) max = Math.max(max, now - last);
            last = now;
        }

        double takeMax() {
            double ms = max / 1e6;
            max = 0;
            return ms;
        }
    }
}
