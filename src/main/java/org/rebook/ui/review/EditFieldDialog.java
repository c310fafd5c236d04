package org.rebook.ui.review;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.rebook.model.Reservation;
import org.rebook.reconcile.StaffEdits;

/**
 * Edit one field of a reservation. Dates are typed in the business time zone ("2026-11-22 10:00"); what the
 * sources said stays on record as evidence.
 */
final class EditFieldDialog {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Field name, typed value (ISO for dates, plain for amounts). */
    record Edit(String field, String value) { }

    private EditFieldDialog() { }

    static Optional<Edit> show(Window owner, Reservation r, ZoneId zone) {
        Map<String, String> current = new java.util.LinkedHashMap<>();
        current.put("customer_name", r.customerName());
        current.put("customer_email", r.customerEmail());
        current.put("customer_phone", r.customerPhone());
        current.put("vehicle", r.vehicle());
        current.put("vehicle_plate", r.vehiclePlate());
        current.put("pickup_at", r.pickupAt() == null ? null : r.pickupAt().atZoneSameInstant(zone).format(LOCAL));
        current.put("return_at", r.returnAt() == null ? null : r.returnAt().atZoneSameInstant(zone).format(LOCAL));
        current.put("pickup_location", r.pickupLocation());
        current.put("return_location", r.returnLocation());
        current.put("total_amount", r.totalAmount() == null ? null : r.totalAmount().toPlainString());
        current.put("currency", r.currency());
        current.put("status", r.status().code());

        Dialog<Edit> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Edit field");
        dialog.setHeaderText("Edit a field of " + r.id() + " (what the sources said is kept as evidence)");
        ChoiceBox<String> field = new ChoiceBox<>();
        field.setId("editField");
        field.getItems().setAll(StaffEdits.EDITABLE);
        TextField value = new TextField();
        value.setId("editValue");
        value.setPrefColumnCount(30);
        Label hint = new Label();
        hint.getStyleClass().add("hint");
        Label problem = new Label();
        problem.getStyleClass().add("conflict");
        field.valueProperty().addListener((o, a, b) -> {
            value.setText(current.get(b) == null ? "" : current.get(b));
            hint.setText(switch (b) {
                case "pickup_at", "return_at" -> "yyyy-MM-dd HH:mm, in " + zone.getId();
                case "total_amount" -> "digits and a dot, e.g. 1234.50";
                case "status" -> "confirmed, cancelled or unconfirmed";
                default -> "leave empty to clear";
            });
        });
        field.setValue("vehicle");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Field"), field);
        grid.addRow(1, new Label("Value"), value);
        grid.add(hint, 1, 2);
        grid.add(problem, 1, 3);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String why = problem(field.getValue(), value.getText(), zone);
            if (why != null) {
                problem.setText(why);
                e.consume(); // keep the dialog open: the user fixes it
            }
        });
        dialog.setResultConverter(b -> b == save ? new Edit(field.getValue(), stored(field.getValue(), value.getText(), zone)) : null);
        Platform.runLater(value::requestFocus);
        return dialog.showAndWait();
    }

    static String problem(String field, String typed, ZoneId zone) {
        try {
            return StaffEdits.problem(field, stored(field, typed, zone));
        } catch (DateTimeParseException e) {
            return "not a date and time: use yyyy-MM-dd HH:mm";
        }
    }

    /** The typed text as the decision stores it: dates as ISO with the zone's offset. */
    static String stored(String field, String typed, ZoneId zone) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) return "";
        if (field.equals("pickup_at") || field.equals("return_at")) {
            return LocalDateTime.parse(t, LOCAL).atZone(zone).toOffsetDateTime().toString();
        }
        if (field.equals("total_amount")) return t.replace(',', '.');
        return t;
    }
}
