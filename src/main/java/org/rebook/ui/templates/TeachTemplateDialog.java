package org.rebook.ui.templates;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.rebook.service.TemplateService;

/** "Teach Rebook this layout": select a value in the mail, choose its field, repeat; preview; save. */
public final class TeachTemplateDialog extends Dialog<Void> {
    private final TextArea mail = new TextArea();

    public TeachTemplateDialog(Window owner, TeachTemplateViewModel vm) {
        initOwner(owner);
        setTitle("Teach Rebook this mail layout");
        setHeaderText("Select a value in the mail, choose which field it is, and press Mark. Mark each field once.");
        setResizable(true);
        mail.setId("templateMail");
        mail.setText(vm.text());
        mail.setEditable(false);
        mail.setWrapText(true);
        mail.setPrefSize(520, 420);
        ChoiceBox<String> field = new ChoiceBox<>();
        field.setId("templateField");
        field.getItems().setAll(vm.fields());
        field.setValue("reference");
        Button mark = new Button("Mark selection");
        mark.setId("templateMark");
        mark.setOnAction(e -> vm.mark(field.getValue(), mail.getSelection().getStart(), mail.getSelection().getEnd()));
        ListView<TeachTemplateViewModel.Mark> marks = new ListView<>(vm.marks());
        marks.setId("templateMarks");
        marks.setPrefHeight(150);
        TextField name = new TextField();
        name.setId("templateName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        Button preview = new Button("Preview on all mails");
        preview.setId("templatePreview");
        preview.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.marks()));
        preview.setOnAction(e -> vm.runPreview());
        Label summary = new Label();
        summary.setId("templateSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        TableView<TemplateService.Row> rows = new TableView<>(vm.preview());
        rows.setId("templateRows");
        TableColumn<TemplateService.Row, String> subject = new TableColumn<>("Mail");
        subject.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().subject()));
        subject.setPrefWidth(200);
        TableColumn<TemplateService.Row, String> read = new TableColumn<>("What it reads");
        read.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().read().entrySet().stream()
                .map(e -> e.getKey().replace('_', ' ') + ": " + e.getValue()).reduce((a, b) -> a + " · " + b).orElse("(nothing)")));
        read.setPrefWidth(380);
        rows.getColumns().add(subject);
        rows.getColumns().add(read);
        rows.setPrefHeight(200);

        HBox markBar = new HBox(8, new Label("Field"), field, mark);
        markBar.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(8, markBar, new Label("Marked"), marks, new Label("Template name"), name, preview, summary, rows);
        right.setPadding(new Insets(0, 0, 0, 10));
        VBox.setVgrow(rows, Priority.ALWAYS);
        SplitPane content = new SplitPane(mail, right);
        content.setDividerPositions(0.45);
        content.setPrefSize(1100, 560);
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save and re-read mails", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.marks()));
        getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // closes when the save has gone through
            vm.save(this::close);
        });
    }

    public TextArea mailArea() { return mail; }
}
