package org.rebook.ui.unmatched;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.rebook.model.Source;

/** Unmatched screen: filter by source, search, double-click a record to read it. */
public final class UnmatchedView extends VBox {
    public UnmatchedView(UnmatchedViewModel vm) {
        setPadding(new Insets(10));
        setSpacing(8);
        Label title = new Label("Records in no reservation, with the reason. Payments here may belong to bookings whose"
                + " details did not survive; mails and events may not be bookings at all.");
        title.setWrapText(true);
        ChoiceBox<Source> source = new ChoiceBox<>();
        source.setId("unmatchedSource");
        source.getItems().add(null);
        source.getItems().addAll(Source.values());
        source.setConverter(new StringConverter<>() {
            @Override public String toString(Source s) { return s == null ? "All sources" : s.code(); }

            @Override public Source fromString(String s) { return null; }
        });
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        TextField search = TextFields.createClearableTextField();
        search.setId("unmatchedSearch");
        search.setPromptText("Search id or reason…");
        search.setPrefWidth(320);
        search.textProperty().bindBidirectional(vm.searchProperty());
        ChoiceBox<ReasonKind> reason = new ChoiceBox<>();
        reason.setId("unmatchedReason");
        reason.getItems().add(null);
        reason.getItems().addAll(ReasonKind.values());
        reason.setConverter(new StringConverter<>() {
            @Override public String toString(ReasonKind k) { return k == null ? "Any reason" : k.toString(); }

            @Override public ReasonKind fromString(String s) { return null; }
        });
        reason.valueProperty().bindBidirectional(vm.reasonProperty());
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(vm.visibleRows()).asString("%d records"));

        TableView<UnmatchedViewModel.Row> table = new TableView<>(vm.visibleRows());
        var chosen = table.getSelectionModel().selectedItemProperty();
        javafx.scene.control.Button attach = new javafx.scene.control.Button("Attach to reservation…");
        attach.setId("attachButton");
        attach.setOnAction(e -> org.rebook.ui.ReservationPicker.choose(getScene().getWindow(),
                "Attach " + chosen.get().record().source().code() + " " + chosen.get().record().sourceId() + " to a reservation",
                "Attach", vm::find).ifPresent(id -> vm.attach(chosen.get(), id)));
        javafx.scene.control.Button create = new javafx.scene.control.Button("Make it a reservation");
        create.setId("createButton");
        create.setOnAction(e -> vm.createReservation(chosen.get()));
        javafx.scene.control.Button notBooking = new javafx.scene.control.Button("Not a booking");
        notBooking.setId("notBookingButton");
        notBooking.setOnAction(e -> vm.notABooking(chosen.get()));
        javafx.scene.control.Button teach = new javafx.scene.control.Button("Teach template…");
        teach.setId("teachButton");
        teach.setTooltip(new javafx.scene.control.Tooltip("Mark this mail's values once; Rebook reads every mail like it"));
        teach.setOnAction(e -> {
            var model = vm.teach(chosen.get());
            if (model != null) new org.rebook.ui.templates.TeachTemplateDialog(getScene().getWindow(), model).show();
        });
        for (var b : java.util.List.of(attach, create, notBooking)) b.disableProperty().bind(chosen.isNull());
        teach.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chosen.get() == null || chosen.get().record().source() != Source.EMAIL, chosen));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, source, reason, search, count, spacer, attach, create, notBooking, teach);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("unmatchedNotice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        table.setId("unmatchedTable");
        table.getColumns().add(col("Source", 70, u -> u.record().source().code()));
        table.getColumns().add(col("What", 420, UnmatchedViewModel.Row::what));
        table.getColumns().add(col("Why it is in no reservation", 560, u -> u.record().reason()));
        table.getColumns().add(col("Record", 200, u -> u.record().sourceId()));
        table.setPlaceholder(new Label("Every record is in a reservation."));
        table.setRowFactory(t -> {
            TableRow<UnmatchedViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) org.rebook.ui.RawRecordDialog.show(getScene().getWindow(), vm.record(row.getItem().record().recordId()));
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, bar, notice, table);
    }

    private static TableColumn<UnmatchedViewModel.Row, String> col(String title, double width,
                                                                   Function<UnmatchedViewModel.Row, String> value) {
        TableColumn<UnmatchedViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
