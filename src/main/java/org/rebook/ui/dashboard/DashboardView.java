package org.rebook.ui.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.rebook.ui.reservations.ReservationRow;

/** Triage overview: counts by band, pickups per day by confidence, and who arrives in the next 72 hours. */
public final class DashboardView extends VBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM", Locale.ENGLISH);

    public DashboardView(DashboardViewModel vm) {
        setPadding(new Insets(12));
        setSpacing(12);
        HBox tiles = new HBox(12, tile("Accepted", vm.autoAcceptedProperty(), "tile-ok", "tileAuto"),
                tile("Need review", vm.needsReviewProperty(), "tile-review", "tileReview"),
                tile("Cancelled", vm.cancelledProperty(), "tile-muted", "tileCancelled"),
                tile("Unmatched records", vm.unmatchedProperty(), "tile-muted", "tileUnmatched"));

        Label soonTitle = new Label("Arriving in the next 72 hours — double-click to open");
        soonTitle.getStyleClass().add("section-title");
        TableView<ReservationRow> soon = new TableView<>(vm.arrivingSoon());
        soon.setId("arrivingSoon");
        soon.getColumns().add(col("Pickup", 150, ReservationRow::pickup));
        soon.getColumns().add(col("Customer", 200, ReservationRow::customer));
        soon.getColumns().add(col("Vehicle", 160, ReservationRow::vehicle));
        soon.getColumns().add(col("Paid", 110, ReservationRow::paid));
        soon.getColumns().add(col("Conf.", 60, ReservationRow::confidence));
        soon.getColumns().add(col("Review", 70, ReservationRow::review));
        soon.setPlaceholder(new Label("No pickups in the next 72 hours."));
        soon.setRowFactory(t -> {
            TableRow<ReservationRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) vm.open(row.getItem());
            });
            return row;
        });
        soon.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) vm.open(soon.getSelectionModel().getSelectedItem());
        });
        VBox.setVgrow(soon, Priority.ALWAYS);

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("pickups");
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setId("pickupsPerDay");
        chart.setTitle("Pickups per day around the incident, by confidence");
        chart.setAnimated(false);
        chart.setCategoryGap(2);
        chart.setPrefHeight(280);
        XYChart.Series<String, Number> sure = new XYChart.Series<>();
        sure.setName("≥ 90 %");
        XYChart.Series<String, Number> likely = new XYChart.Series<>();
        likely.setName("70–90 %");
        XYChart.Series<String, Number> doubtful = new XYChart.Series<>();
        doubtful.setName("< 70 %");
        chart.getData().addAll(java.util.List.of(sure, likely, doubtful));
        Runnable fill = () -> {
            sure.getData().clear();
            likely.getData().clear();
            doubtful.getData().clear();
            for (DashboardViewModel.DayCounts d : vm.days()) {
                String day = d.day().format(DAY);
                sure.getData().add(new XYChart.Data<>(day, d.sure()));
                likely.getData().add(new XYChart.Data<>(day, d.likely()));
                doubtful.getData().add(new XYChart.Data<>(day, d.doubtful()));
            }
        };
        vm.days().addListener((ListChangeListener<DashboardViewModel.DayCounts>) c -> fill.run());
        fill.run();
        getChildren().addAll(tiles, soonTitle, soon, chart);
    }

    private static VBox tile(String title, IntegerProperty value, String style, String id) {
        Label number = new Label();
        number.setId(id);
        number.textProperty().bind(Bindings.convert(value));
        number.getStyleClass().add("tile-number");
        Label caption = new Label(title);
        VBox box = new VBox(2, number, caption);
        box.getStyleClass().addAll("tile", style);
        box.setPadding(new Insets(10, 18, 10, 18));
        return box;
    }

    private static TableColumn<ReservationRow, String> col(String title, double width, Function<ReservationRow, String> value) {
        TableColumn<ReservationRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
