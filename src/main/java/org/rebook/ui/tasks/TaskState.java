package org.rebook.ui.tasks;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the status bar shows of the running job: message, progress (-1 = indeterminate), running, cancel. */
public final class TaskState {
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final javafx.collections.ObservableList<javafx.concurrent.Task<?>> tasks =
            javafx.collections.FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<Finished> finished = new javafx.beans.property.SimpleObjectProperty<>();

    /** A job that ended: what the notification says, how long it took, whether it succeeded. */
    public record Finished(String message, long nanos, boolean ok) { }

    public StringProperty messageProperty() { return message; }

    public DoubleProperty progressProperty() { return progress; }

    public BooleanProperty runningProperty() { return running; }

    public void cancel() { cancelRequested.set(true); }

    /** Running background jobs, for the jobs panel. */
    public javafx.collections.ObservableList<javafx.concurrent.Task<?>> tasks() { return tasks; }

    /** The last job that ended (a new value each time). */
    public javafx.beans.property.ObjectProperty<Finished> finishedProperty() { return finished; }

    void finished(String message, long nanos, boolean ok) { finished.set(new Finished(message, nanos, ok)); }
}
