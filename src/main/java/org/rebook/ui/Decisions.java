package org.rebook.ui;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rebook.model.StaffDecision;
import org.rebook.service.ReviewService;
import org.rebook.ui.reservations.ReservationsViewModel;

/**
 * Runs people's decisions for every screen (review, unmatched) the same way: off the FX thread, then
 * patches the reservations the decision touched into the shared rows and tells the screens. Holds what
 * undo and redo would do, for the buttons.
 */
public final class Decisions {
    private final AppContext context;
    private final ReservationsViewModel reservations;
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty undoText = new SimpleStringProperty("");
    private final StringProperty redoText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Runnable unmatchedChanged = () -> { };

    public Decisions(AppContext context, ReservationsViewModel reservations) {
        this.context = context;
        this.reservations = reservations;
        context.sessionProperty().addListener((o, a, b) -> refreshUndo());
        refreshUndo();
    }

    public void onUnmatchedChanged(Runnable r) { this.unmatchedChanged = r; }

    /** The last decision's outcome, or why it could not be made. */
    public StringProperty noticeProperty() { return notice; }

    public StringProperty undoTextProperty() { return undoText; }

    public StringProperty redoTextProperty() { return redoText; }

    public BooleanProperty busyProperty() { return busy; }

    public void decide(Function<ReviewService, ReviewService.Outcome> action) {
        run(s -> Optional.of(action.apply(s)), null);
    }

    public void undo() { run(ReviewService::undo, "Nothing to undo."); }

    public void redo() { run(ReviewService::redo, "Nothing to redo."); }

    private void run(Function<ReviewService, Optional<ReviewService.Outcome>> action, String whenNone) {
        WorkspaceSession session = context.session();
        if (session == null || busy.get()) return;
        busy.set(true);
        context.runner().run("Applying decision", progress -> {
            ReviewService service = new ReviewService(session.service());
            Optional<ReviewService.Outcome> outcome = action.apply(service);
            return new Applied(outcome, session.workspace().results().unmatchedCount(),
                    label(service.undoable()), label(service.redoable()));
        }, context.taskState(), applied -> {
            busy.set(false);
            undoText.set(applied.undo());
            redoText.set(applied.redo());
            if (applied.outcome().isEmpty()) {
                notice.set(whenNone);
                return;
            }
            ReviewService.Outcome o = applied.outcome().get();
            reservations.patch(o.replacedIds(), o.part().reservations(), applied.unmatched());
            unmatchedChanged.run();
            notice.set(o.message() + "  (Ctrl+Z to undo)");
        }, e -> {
            busy.set(false);
            notice.set(e instanceof IllegalArgumentException ? e.getMessage() : "Could not apply: " + e.getMessage());
        });
    }

    private void refreshUndo() {
        WorkspaceSession session = context.session();
        if (session == null) return;
        context.runner().run("Reading decisions", p -> {
            ReviewService s = new ReviewService(session.service());
            return new String[] {label(s.undoable()), label(s.redoable())};
        }, context.taskState(), labels -> {
            undoText.set(labels[0]);
            redoText.set(labels[1]);
        }, e -> { });
    }

    private static String label(Optional<StaffDecision> d) { return d.map(StaffDecision::summary).orElse(""); }

    private record Applied(Optional<ReviewService.Outcome> outcome, int unmatched, String undo, String redo) { }
}
