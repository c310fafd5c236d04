package org.rebook.ui.sources;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.rebook.model.Quarantined;
import org.rebook.ui.tasks.TaskState;
import org.rebook.workspace.RecordStore;

/** Sources screen: drop or choose exports; progress with cancel; per-file counts; quarantine with reasons. */
public final class SourcesView extends VBox {
    public SourcesView(SourcesViewModel vm, TaskState task) {
        getStyleClass().add("sources-view");
        setSpacing(10);
        setPadding(new Insets(14));

        Label drop = new Label("Drop Stripe exports (.csv), calendars (.ics, Google .zip) and mailboxes (.mbox, .eml) here,"
                + " or choose them. Rebook only reads them; formats are recognised from content.");
        drop.setWrapText(true);
        drop.getStyleClass().add("drop-zone");
        drop.setMaxWidth(Double.MAX_VALUE);

        Button addFiles = new Button("Add files…");
        addFiles.setId("addFiles");
        addFiles.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            vm.lastFolder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
            List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null && !chosen.isEmpty()) {
                vm.rememberFolder(chosen.get(0).toPath().getParent());
                vm.importPaths(chosen.stream().map(File::toPath).toList());
            }
        });
        Button addFolder = new Button("Add folder…");
        addFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            vm.lastFolder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
            File dir = chooser.showDialog(getScene().getWindow());
            if (dir != null) {
                vm.rememberFolder(dir.toPath());
                vm.importPaths(List.of(dir.toPath()));
            }
        });
        Button stripe = new Button("Connect Stripe…");
        stripe.setId("connectStripe");
        stripe.setOnAction(e -> ConnectDialogs.stripe(getScene().getWindow()).ifPresent(vm::connectStripe));
        Button google = new Button("Connect Google Calendar…");
        google.setId("connectGoogle");
        google.setOnAction(e -> ConnectDialogs.google(getScene().getWindow()).ifPresent(vm::connectGoogle));
        javafx.scene.control.Hyperlink signOut = new javafx.scene.control.Hyperlink("Sign out of Google");
        signOut.setOnAction(e -> vm.signOutGoogle());
        Button imap = new Button("Connect mailbox (IMAP)…");
        imap.setId("connectImap");
        imap.setOnAction(e -> ConnectDialogs.imap(getScene().getWindow()).ifPresent(vm::connectImap));
        HBox live = new HBox(10, new Label("Live sources (read-only):"), stripe, google, imap, signOut);
        live.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.visibleProperty().bind(task.runningProperty());
        bar.setPrefWidth(220);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelImport");
        cancel.visibleProperty().bind(task.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.textProperty().bind(task.messageProperty());
        HBox actions = new HBox(10, addFiles, addFolder, bar, cancel, status);

        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());

        TableView<RecordStore.SourceFileRow> files = new TableView<>(vm.files());
        files.setId("filesTable");
        files.getColumns().add(leading(col("File", 420, r -> r.fileName())));
        files.getColumns().add(col("Format", 170, r -> formatLabel(r.format())));
        files.getColumns().add(number("Imported", r -> r.imported()));
        files.getColumns().add(number("Duplicate", r -> r.duplicate()));
        files.getColumns().add(number("Quarantined", r -> r.quarantined()));
        files.setPlaceholder(new Label("No files imported yet."));
        files.setPrefHeight(200);

        Label qTitle = new Label("Quarantine — records that could not be read (kept with their raw text)");
        qTitle.getStyleClass().add("section-title");
        TableView<Quarantined> quarantine = new TableView<>(vm.quarantine());
        quarantine.setId("quarantineTable");
        quarantine.getColumns().add(leading(col("File", 280, q -> q.provenance().fileName())));
        quarantine.getColumns().add(col("Position", 110, q -> q.provenance().position()));
        quarantine.getColumns().add(col("Reason", 520, Quarantined::reason));
        quarantine.setPlaceholder(new Label("Nothing quarantined."));
        VBox.setVgrow(quarantine, Priority.ALWAYS);

        getChildren().addAll(drop, actions, live, summary, files, qTitle, quarantine);

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) vm.importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private static String formatLabel(String format) {
        try {
            return org.rebook.ingest.SourceFormat.valueOf(format).label();
        } catch (IllegalArgumentException e) {
            return format;
        }
    }

    private static <S> TableColumn<S, String> col(String title, double width, java.util.function.Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Paths lose their start, not their file name, when the column is narrow. */
    private static <S> TableColumn<S, String> leading(TableColumn<S, String> column) {
        column.setCellFactory(c -> {
            javafx.scene.control.TableCell<S, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
                }
            };
            cell.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            return cell;
        });
        return column;
    }

    private static <S> TableColumn<S, Integer> number(String title, java.util.function.Function<S, Integer> value) {
        TableColumn<S, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(100);
        return c;
    }
}
