package org.rebook.ui.review;

import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.rebook.model.EvidenceLink;
import org.rebook.ui.ReservationPicker;
import org.rebook.ui.reservations.ReservationDetailView;
import org.rebook.ui.reservations.ReservationRow;

/**
 * Review screen: the queue on the left (urgent pickups first), the current reservation with its evidence and
 * link weights on the right, and the actions, all on the keyboard: J/K move, A accept, R reject a link,
 * S split off, M move, G merge, E edit, Ctrl+Z / Ctrl+Shift+Z undo and redo, / search, ? shortcuts.
 */
public final class ReviewView extends VBox {
    private static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");
    static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Y");

    private final ReviewViewModel vm;
    private final ListView<ReservationRow> list = new ListView<>();
    private final ReservationDetailView detail;
    private final TextField search = TextFields.createClearableTextField();
    private boolean swallowTyped;

    public ReviewView(ReviewViewModel vm) {
        this.vm = vm;
        getStyleClass().add("review-view");
        setPadding(new Insets(10));
        setSpacing(8);
        detail = new ReservationDetailView(vm.currentProperty(), vm::record, () -> vm.session().service().zone(),
                () -> vm.session().service().extractor());

        Label headline = new Label();
        headline.setId("reviewHeadline");
        headline.getStyleClass().add("headline");
        headline.textProperty().bind(vm.headline());
        search.setId("reviewSearch");
        search.setPromptText("/  Search the queue");
        search.setPrefWidth(260);
        search.textProperty().bindBidirectional(vm.searchProperty());

        Button accept = button("Accept", "A", "acceptButton", vm::accept);
        accept.getStyleClass().add("primary");
        Button reject = button("Reject link", "R", "rejectButton", () -> vm.reject(selection()));
        Button split = button("Split off", "S", "splitButton", () -> vm.splitOff(selection()));
        Button move = button("Move to…", "M", "moveButton", this::move);
        Button merge = button("Merge with…", "G", "mergeButton", this::merge);
        Button edit = button("Edit…", "E", "editButton", this::edit);
        Button undo = button("Undo", "Ctrl+Z", "undoButton", vm::undo);
        Button redo = button("Redo", "Ctrl+Shift+Z", "redoButton", vm::redo);
        undo.disableProperty().bind(vm.undoTextProperty().isEmpty());
        redo.disableProperty().bind(vm.redoTextProperty().isEmpty());
        vm.undoTextProperty().addListener((o, a, b) -> undo.setTooltip(new Tooltip("Undo: " + b + " (Ctrl+Z)")));
        vm.redoTextProperty().addListener((o, a, b) -> redo.setTooltip(new Tooltip("Redo: " + b + " (Ctrl+Shift+Z)")));
        Button help = button("?", "?", "helpButton", this::showShortcuts);
        for (Button b : List.of(accept, reject, split, move, merge, edit)) {
            b.disableProperty().bind(vm.currentProperty().isNull().or(vm.busyProperty()));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, search, accept, reject, split, move, merge, edit, spacer, undo, redo, help);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.setId("reviewNotice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());

        list.setId("reviewQueue");
        list.setItems(vm.queue());
        list.setFixedCellSize(46); // fixed height: the list lays out 100k items without measuring them
        list.setCellFactory(l -> new QueueCell());
        list.setPlaceholder(new Label("Nothing needs review."));
        // Only a person's click moves the current item; the list's own reselection during queue changes must not.
        list.setOnMouseClicked(e -> {
            ReservationRow b = list.getSelectionModel().getSelectedItem();
            if (b != null && b != vm.currentProperty().get()) vm.select(b);
        });
        // Selecting inside a change of the queue would be undone by the list's own handling of that change:
        // select once the change is through.
        vm.currentProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            if (vm.currentProperty().get() == b) showInList(b);
        }));

        SplitPane split2 = new SplitPane(list, detail);
        split2.setDividerPositions(0.33);
        VBox.setVgrow(split2, Priority.ALWAYS);
        getChildren().addAll(headline, bar, notice, split2);
        // Keys work wherever focus is (a toolbar button, the evidence table) while this screen is shown.
        javafx.event.EventHandler<KeyEvent> keys = this::onKey;
        // A handled key's character must not land in a field it focused ("/" in the search box).
        javafx.event.EventHandler<KeyEvent> typed = e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        };
        sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                old.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                now.addEventFilter(KeyEvent.KEY_TYPED, typed);
            }
        });
        vm.queue().addListener((javafx.collections.ListChangeListener<ReservationRow>) c -> {
            if (vm.currentProperty().get() == null && !vm.queue().isEmpty()) vm.next();
        });
        if (!vm.queue().isEmpty()) vm.next();
    }

    public ListView<ReservationRow> queueList() { return list; }

    public ReservationDetailView detail() { return detail; }

    private List<EvidenceLink> selection() { return List.copyOf(detail.selectedEvidence()); }

    private void showInList(ReservationRow row) {
        if (row == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        list.getSelectionModel().select(row);
        int i = list.getSelectionModel().getSelectedIndex();
        // Scroll only when needed: jumping the list on every key press is hard to follow.
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || i <= flow.getFirstVisibleCell().getIndex()
                || i >= flow.getLastVisibleCell().getIndex()) {
            list.scrollTo(Math.max(0, i - 3));
        }
    }

    private void onKey(KeyEvent e) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus != null && focus.getScene() != null && focus.getScene().getWindow() != getScene().getWindow()) return;
        if (UNDO.match(e)) {
            vm.undo();
            e.consume();
            return;
        }
        if (REDO.match(e) || REDO_ALT.match(e)) {
            vm.redo();
            e.consume();
            return;
        }
        if (focus instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER) {
                list.requestFocus();
                e.consume();
            }
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
        boolean handled = true;
        switch (e.getCode()) {
            case J, DOWN -> vm.next();
            case K, UP -> vm.previous();
            case A -> vm.accept();
            case R -> vm.reject(selection());
            case S -> vm.splitOff(selection());
            case M -> move();
            case G -> merge();
            case E -> edit();
            case SLASH -> {
                if (e.isShiftDown()) showShortcuts();
                else search.requestFocus();
            }
            default -> handled = "?".equals(e.getText()) && showShortcuts();
        }
        if (handled) {
            e.consume();
            swallowTyped = true;
        }
    }

    private void move() {
        List<EvidenceLink> links = selection();
        if (links.size() != 1) {
            vm.noticeProperty().set("Select one record in the evidence to move.");
            return;
        }
        ReservationPicker.choose(getScene().getWindow(), "Move " + links.get(0).source().code() + " " + links.get(0).sourceId()
                + " to another reservation", "Move", vm::find).ifPresent(id -> vm.moveTo(links, id));
    }

    private void merge() {
        if (vm.currentProperty().get() == null) return;
        ReservationPicker.choose(getScene().getWindow(), "Merge another reservation into "
                + vm.currentProperty().get().reservation().id(), "Merge", vm::find).ifPresent(vm::mergeWith);
    }

    private void edit() {
        ReservationRow c = vm.currentProperty().get();
        if (c == null) return;
        EditFieldDialog.show(getScene().getWindow(), c.reservation(), vm.session().service().zone())
                .ifPresent(edit -> vm.edit(edit.field(), edit.value()));
    }

    private boolean showShortcuts() {
        ShortcutSheet.show(getScene().getWindow());
        return true;
    }

    private static Button button(String text, String key, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(text + " (" + key + ")"));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false); // keys stay with the queue
        return b;
    }

    /** Two lines per item: when and who, then how sure and why it is here. */
    private final class QueueCell extends ListCell<ReservationRow> {
        @Override
        protected void updateItem(ReservationRow r, boolean empty) {
            super.updateItem(r, empty);
            pseudoClassStateChanged(URGENT, !empty && r != null && vm.urgent(r));
            if (empty || r == null) {
                setText(null);
                return;
            }
            var res = r.reservation();
            String why = res.reasons().stream().filter(x -> x.startsWith("conflict") || x.contains("ambiguous")
                    || x.contains("new evidence")).findFirst().orElse(res.reasons().isEmpty() ? "" : res.reasons().get(0));
            setText(r.pickup() + " · " + (r.customer().isEmpty() ? "(no name)" : r.customer()) + "\n"
                    + String.format(Locale.ROOT, "%.0f%%", res.confidence() * 100) + " · " + why);
        }
    }
}
