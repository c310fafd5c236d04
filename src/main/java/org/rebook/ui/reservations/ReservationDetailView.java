package org.rebook.ui.reservations;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.rebook.model.EvidenceLink;
import org.rebook.model.Reservation;

/**
 * The selected reservation: its fields (with the source of each, staff edits and conflicts marked), why
 * Rebook believes it, and every record behind it with the weights of its link. Shared by the Reservations
 * and Review screens.
 */
public final class ReservationDetailView extends ScrollPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd MMM yyyy HH:mm", Locale.ENGLISH);

    private final java.util.function.LongFunction<org.rebook.model.StoredRecord> records;
    private final java.util.function.Supplier<java.time.ZoneId> zone;
    private final java.util.function.Supplier<org.rebook.extract.FactsExtractor> extractor;
    private final Label title = new Label("Select a reservation");
    private final Label status = new Label();
    private final GridPane fields = new GridPane();
    private final VBox reasons = new VBox(4);
    private final TableView<EvidenceLink> evidence = new TableView<>();
    private final WeightWaterfall waterfall = new WeightWaterfall();
    private final EvidenceCard card = new EvidenceCard();
    private Reservation shown;

    ReservationDetailView(ReservationsViewModel vm) {
        this(vm.selectedProperty(), vm::record, () -> vm.session().service().zone(),
                () -> vm.session().service().extractor());
    }

    public ReservationDetailView(javafx.beans.value.ObservableValue<ReservationRow> selected,
                                 java.util.function.LongFunction<org.rebook.model.StoredRecord> records,
                                 java.util.function.Supplier<java.time.ZoneId> zone,
                                 java.util.function.Supplier<org.rebook.extract.FactsExtractor> extractor) {
        this.records = records;
        this.extractor = extractor;
        this.zone = zone;
        setFitToWidth(true);
        getStyleClass().add("detail");
        title.getStyleClass().add("detail-title");
        title.setId("detailTitle");
        status.getStyleClass().add("status-chip");
        fields.setHgap(12);
        fields.setVgap(4);
        javafx.scene.layout.ColumnConstraints name = new javafx.scene.layout.ColumnConstraints(80);
        javafx.scene.layout.ColumnConstraints value = new javafx.scene.layout.ColumnConstraints();
        value.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints source = new javafx.scene.layout.ColumnConstraints(110);
        fields.getColumnConstraints().setAll(name, value, source);
        evidence.setId("evidenceTable");
        evidence.getColumns().add(col("Source", 65, e -> e.source().code()));
        evidence.getColumns().add(col("Role", 110, EvidenceLink::role));
        evidence.getColumns().add(col("Weight", 55, e -> e.weights().isEmpty() ? "" : String.format(Locale.ROOT, "%+.1f", e.totalWeight())));
        evidence.getColumns().add(col("Record", 130, EvidenceLink::sourceId));
        evidence.getColumns().add(col("Why linked", 420, e -> e.weights().isEmpty() ? e.reason()
                : e.weights().stream().map(w -> String.format(Locale.ROOT, "%s %+.1f", w.comparison(), w.weight()))
                        .reduce((a, b) -> a + " · " + b).orElse("")));
        evidence.setPrefHeight(140);
        evidence.setPlaceholder(new Label(""));
        evidence.setRowFactory(t -> {
            javafx.scene.control.TableRow<EvidenceLink> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) showRaw(row.getItem());
            });
            return row;
        });
        Label why = new Label("Why Rebook believes this");
        why.getStyleClass().add("section-title");
        Label ev = new Label("Evidence (double-click a row to see the original record)");
        ev.getStyleClass().add("section-title");
        Label wf = new Label("How the selected record was linked (weights add up; green for, red against)");
        wf.getStyleClass().add("section-title");
        evidence.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            waterfall.show(b);
            showCard(b);
        });
        Label rec = new Label("The selected record (values Rebook took from it are highlighted)");
        rec.getStyleClass().add("section-title");
        VBox box = new VBox(8, title, status, fields, why, reasons, ev, evidence, wf, waterfall, rec, card);
        box.setPadding(new Insets(12));
        setContent(box);
        evidence.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        selected.addListener((o, a, b) -> show(b == null ? null : b.reservation()));
    }

    /** The evidence rows the user selected: what reject, move and split act on. */
    public javafx.collections.ObservableList<EvidenceLink> selectedEvidence() {
        return evidence.getSelectionModel().getSelectedItems();
    }

    public TableView<EvidenceLink> evidenceTable() { return evidence; }

    /**
     * Shows the record once the selection has rested for a moment (holding J through the queue does not
     * render every mail), reading it off the FX thread; shows it only if it is still the one selected.
     */
    private void showCard(EvidenceLink link) {
        card.show(null);
        cardDelay.stop();
        if (link == null || shown == null) return;
        cardDelay.setOnFinished(e -> loadCard(link));
        cardDelay.playFromStart();
    }

    private final javafx.animation.PauseTransition cardDelay = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));

    private void loadCard(EvidenceLink link) {
        Reservation r = shown;
        if (r == null) return;
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            org.rebook.model.StoredRecord record = records.apply(link.recordId());
            org.rebook.extract.FactsExtractor facts = extractor.get();
            return record == null ? null : CardText.of(record.parsed(), r, link.recordId(), facts::extract);
        }, CARD_LOADER).thenAccept(text -> javafx.application.Platform.runLater(() -> {
            if (evidence.getSelectionModel().getSelectedItem() == link && shown == r) card.show(text);
        }));
    }

    private static final java.util.concurrent.Executor CARD_LOADER = java.util.concurrent.Executors.newSingleThreadExecutor(t -> {
        Thread thread = new Thread(t, "rebook-card");
        thread.setDaemon(true);
        return thread;
    });

    private void show(Reservation r) {
        shown = r;
        fields.getChildren().clear();
        reasons.getChildren().clear();
        if (r == null) {
            title.setText("Select a reservation");
            status.setText("");
            evidence.getItems().clear();
            waterfall.show(null);
            return;
        }
        title.setText(r.customerName() == null ? "(no name)" : r.customerName());
        status.setText(r.status().code().toUpperCase(Locale.ROOT) + " · confidence "
                + String.format(Locale.ROOT, "%.0f%%", r.confidence() * 100) + " · " + r.reviewState().code().replace('_', ' '));
        int row = 0;
        row = field(row, "Reference", r.bookingReference(), null);
        row = field(row, "E-mail", r.customerEmail(), from(r, "customer_email"));
        row = field(row, "Phone", r.customerPhone(), from(r, "customer_phone"));
        row = field(row, "Vehicle", join(r.vehicle(), r.vehiclePlate()), from(r, "vehicle"));
        row = field(row, "Pickup", r.pickupAt() == null ? null : when(r.pickupAt()) + location(r.pickupLocation()), from(r, "pickup_at"));
        row = field(row, "Return", r.returnAt() == null ? null : when(r.returnAt()) + location(r.returnLocation()), from(r, "return_at"));
        row = field(row, "Total", ReservationRow.money(r.totalAmount(), r.currency()), from(r, "total_amount"));
        row = field(row, "Paid", ReservationRow.money(r.amountPaid(), r.currency()), "sum of payments");
        field(row, "Refunded", ReservationRow.money(r.amountRefunded(), r.currency()), "sum of refunds");
        for (String reason : r.reasons()) {
            Label l = new Label("• " + reason);
            l.setWrapText(true);
            if (reason.startsWith("conflict")) l.getStyleClass().add("conflict");
            reasons.getChildren().add(l);
        }
        evidence.getItems().setAll(r.evidence());
        // Open on the link with the least evidence: the one a person should look at first.
        r.evidence().stream().filter(e -> !e.weights().isEmpty())
                .min(java.util.Comparator.comparing((EvidenceLink e) -> isReferenceOnly(e)).thenComparingDouble(EvidenceLink::totalWeight))
                .ifPresentOrElse(e -> evidence.getSelectionModel().clearAndSelect(r.evidence().indexOf(e)),
                        () -> waterfall.show(null));
    }

    /** A field, its value, and (dimmed) the source that gave it: staff see where each value comes from. */
    /** Linked only by sharing the reference: certain, so less worth a look than a scored link. */
    private static boolean isReferenceOnly(EvidenceLink e) {
        return e.weights().size() == 1 && e.weights().get(0).comparison().startsWith("same booking reference");
    }

    private int field(int row, String name, String value, String source) {
        Label k = new Label(name);
        k.getStyleClass().add("field-name");
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.setWrapText(true);
        Label s = new Label(source == null ? "" : source);
        s.getStyleClass().add("field-source");
        fields.addRow(row, k, v, s);
        return row + 1;
    }

    private static String from(Reservation r, String field) {
        return r.sourceOf(field).map(f -> f.edited() ? "edited by staff" : "from " + switch (f.source()) {
            case STRIPE -> "payment";
            case CALENDAR -> "calendar";
            case EMAIL -> "mail";
        }).orElse(null);
    }

    private void showRaw(EvidenceLink link) {
        org.rebook.ui.RawRecordDialog.show(getScene().getWindow(), records.apply(link.recordId()));
    }

    /** In the business zone, named, so staff read the time the customer will walk in. */
    private String when(java.time.OffsetDateTime t) {
        java.time.ZonedDateTime z = t.atZoneSameInstant(zone.get());
        return z.format(WHEN) + " " + z.getZone().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String join(String a, String b) {
        if (a == null) return b;
        return b == null ? a : a + " · " + b;
    }

    private static String location(String place) { return place == null ? "" : " — " + place; }

    private static TableColumn<EvidenceLink, String> col(String title, double width, Function<EvidenceLink, String> value) {
        TableColumn<EvidenceLink, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
