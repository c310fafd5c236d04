package org.rebook.ui.reservations;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.controlsfx.control.textfield.TextFields;
import org.rebook.model.ReservationStatus;
import org.rebook.model.ReviewState;

/** Reservations screen: a table sorted by pickup (urgent rows highlighted) beside the selected one's evidence. */
public final class ReservationsView extends VBox {
    private static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");
    private static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    private static final PseudoClass REVIEW = PseudoClass.getPseudoClass("review");

    private final TableView<ReservationRow> table = new TableView<>();

    public ReservationsView(ReservationsViewModel vm) {
        getStyleClass().add("reservations-view");
        setPadding(new Insets(10));
        setSpacing(8);

        Label headline = new Label();
        headline.setId("headline");
        headline.getStyleClass().add("headline");
        headline.textProperty().bind(vm.headlineProperty());

        TextField search = TextFields.createClearableTextField();
        search.setId("search");
        search.setPromptText("Search name, e-mail, phone, reference, plate…");
        search.setPrefWidth(340);
        search.textProperty().bindBidirectional(vm.searchProperty());
        ChoiceBox<ReservationsViewModel.Show> show = new ChoiceBox<>();
        show.setId("show");
        show.getItems().setAll(ReservationsViewModel.Show.values());
        show.valueProperty().bindBidirectional(vm.showProperty());
        Button export = new Button("Export bundle…");
        export.setId("export");
        export.getStyleClass().add("primary");
        export.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose where to put the export bundle (a new dated folder is made inside)");
            vm.lastExportFolder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
            File dir = chooser.showDialog(getScene().getWindow());
            if (dir != null) vm.export(dir.toPath());
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, search, show, spacer, export);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());

        table.setId("reservationsTable");
        table.setFixedCellSize(26); // rows of one height: the table lays out 100k rows without measuring them
        table.setItems(vm.visibleRows());
        table.getColumns().add(col("Pickup", 140, ReservationRow::pickup));
        table.getColumns().add(col("Customer", 160, ReservationRow::customer));
        table.getColumns().add(col("Vehicle", 120, ReservationRow::vehicle));
        table.getColumns().add(col("Status", 85, ReservationRow::status));
        table.getColumns().add(col("Paid", 95, ReservationRow::paid));
        table.getColumns().add(col("Conf.", 50, ReservationRow::confidence));
        table.getColumns().add(col("Review", 60, ReservationRow::review));
        table.getColumns().add(col("Reference", 95, ReservationRow::reference));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No reservations yet: import sources on the Sources screen."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReservationRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean has = !empty && row != null;
                pseudoClassStateChanged(URGENT, has && row.urgent());
                pseudoClassStateChanged(CANCELLED, has && row.reservation().status() == ReservationStatus.CANCELLED);
                pseudoClassStateChanged(REVIEW, has && row.reservation().reviewState() == ReviewState.NEEDS_REVIEW);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));

        ReservationDetailView detail = new ReservationDetailView(vm);
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.64);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(headline, bar, notice, split);

        // Start where the counter staff start: the next pickups.
        vm.visibleRows().addListener((javafx.collections.ListChangeListener<ReservationRow>) c -> {
            if (table.getSelectionModel().isEmpty()) {
                ReservationRow first = vm.firstUpcoming();
                if (first != null) {
                    table.getSelectionModel().select(first);
                    scrollNearTop(first);
                }
            }
        });
    }

    public TableView<ReservationRow> table() { return table; }

    /** A table without a skin drops scroll requests: wait for it, then scroll after the next layout. */
    private void scrollNearTop(ReservationRow row) {
        Runnable scroll = () -> javafx.application.Platform.runLater(
                () -> table.scrollTo(Math.max(0, table.getItems().indexOf(row) - 2)));
        if (table.getSkin() != null) {
            scroll.run();
            return;
        }
        table.skinProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.control.Skin<?>> o,
                                javafx.scene.control.Skin<?> a, javafx.scene.control.Skin<?> b) {
                table.skinProperty().removeListener(this);
                scroll.run();
            }
        });
    }

    private static TableColumn<ReservationRow, String> col(String title, double width, Function<ReservationRow, String> value) {
        TableColumn<ReservationRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false); // the order is pickup time, on purpose
        return c;
    }
}
