package org.rebook.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.rebook.ui.reservations.ReservationRow;

/** Asks which reservation to move, merge or attach into: type a name, e-mail, reference or plate, pick one. */
public final class ReservationPicker {
    private ReservationPicker() { }

    public static Optional<String> choose(Window owner, String title, String action,
                                          BiFunction<String, Integer, List<ReservationRow>> find) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextField query = new TextField();
        query.setId("pickerSearch");
        query.setPromptText("Name, e-mail, phone, reference or plate");
        ListView<ReservationRow> list = new ListView<>();
        list.setId("pickerList");
        list.setPrefSize(560, 300);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReservationRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.pickup() + " · " + r.customer() + " · " + r.vehicle() + " · "
                        + r.reference() + " · " + r.reservation().id());
            }
        });
        Runnable refresh = () -> {
            list.getItems().setAll(find.apply(query.getText(), 200));
            if (!list.getItems().isEmpty()) list.getSelectionModel().selectFirst();
        };
        query.textProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        dialog.getDialogPane().setContent(new VBox(8, new Label("Find the reservation"), query, list));
        ButtonType ok = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ok)).fire();
            }
        });
        dialog.setResultConverter(b -> b == ok && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().reservation().id() : null);
        Platform.runLater(query::requestFocus);
        return dialog.showAndWait();
    }
}
