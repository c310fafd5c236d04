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

    public StringProperty messageProperty() { return message; }

    public DoubleProperty progressProperty() { return progress; }

    public BooleanProperty runningProperty() { return running; }

    public void cancel() { cancelRequested.set(true); }
}
