package org.rebook.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.rebook.model.StoredRecord;

/** Shows a record exactly as it was imported, with where it came from. */
public final class RawRecordDialog {
    private RawRecordDialog() { }

    public static void show(Window owner, StoredRecord record) {
        if (record == null) return;
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Original record");
        alert.setHeaderText(record.source().code() + " " + record.nativeId() + "\n" + record.raw().provenance().fileName()
                + " — " + record.raw().provenance().position());
        TextArea raw = new TextArea(record.raw().raw());
        raw.setEditable(false);
        raw.setWrapText(true);
        raw.setPrefSize(760, 420);
        alert.getDialogPane().setContent(raw);
        alert.initOwner(owner);
        alert.show();
    }
}
