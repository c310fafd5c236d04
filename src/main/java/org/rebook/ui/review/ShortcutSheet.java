package org.rebook.ui.review;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The "?" sheet: every key of the review screen on one page. */
final class ShortcutSheet {
    static final String[][] KEYS = {
            {"J / ↓", "next reservation in the queue"},
            {"K / ↑", "previous reservation"},
            {"A", "accept the reservation as it is"},
            {"R", "reject the link of the selected evidence record"},
            {"S", "split the selected evidence records off into their own reservation"},
            {"M", "move the selected evidence record to another reservation"},
            {"G", "merge another reservation into this one"},
            {"E", "edit a field (the sources' value is kept)"},
            {"Ctrl+Z", "undo the last decision"},
            {"Ctrl+Shift+Z / Ctrl+Y", "redo"},
            {"/", "search the queue (Esc or Enter returns to it)"},
            {"?", "this sheet"},
    };

    private ShortcutSheet() { }

    static void show(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Review keys (everything is also on the buttons)");
        GridPane grid = new GridPane();
        grid.setId("shortcutSheet");
        grid.setHgap(16);
        grid.setVgap(4);
        for (int i = 0; i < KEYS.length; i++) {
            Label k = new Label(KEYS[i][0]);
            k.getStyleClass().add("field-name");
            grid.addRow(i, k, new Label(KEYS[i][1]));
        }
        a.getDialogPane().setContent(grid);
        a.show();
    }
}
