package org.rebook.ui.start;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Start screen: three clear ways in, and the recent workspaces. */
public final class StartView extends VBox {
    public StartView(StartViewModel vm) {
        getStyleClass().add("start-view");
        setAlignment(Pos.CENTER);
        setSpacing(18);
        setPadding(new Insets(40));

        Label title = new Label("Rebook");
        title.getStyleClass().add("start-title");
        Label subtitle = new Label("Rebuild your reservations from Stripe payments, calendars and booking e-mails.");
        subtitle.getStyleClass().add("start-subtitle");

        Button demo = new Button("Open demo incident");
        demo.setId("openDemo");
        demo.getStyleClass().add("primary");
        demo.setDefaultButton(true);
        demo.setOnAction(e -> vm.openDemo());
        Button create = new Button("New workspace…");
        create.setId("newWorkspace");
        create.setOnAction(e -> choose("Choose an empty folder for the new workspace").ifPresent(vm::createWorkspace));
        Button open = new Button("Open workspace…");
        open.setId("openWorkspace");
        open.setOnAction(e -> choose("Choose a workspace folder").ifPresent(vm::openWorkspace));
        HBox actions = new HBox(12, demo, create, open);
        actions.setAlignment(Pos.CENTER);

        Label hint = new Label("The demo is a made-up rental business hit by an outage on Saturday 21 Nov 2026, 08:00 (Lisbon).");
        hint.getStyleClass().add("hint");

        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);

        VBox recent = new VBox(4);
        recent.setAlignment(Pos.CENTER);
        if (!vm.recentWorkspaces().isEmpty()) {
            Label heading = new Label("Recent workspaces");
            heading.getStyleClass().add("section-title");
            recent.getChildren().add(heading);
            for (Path p : vm.recentWorkspaces()) {
                Hyperlink link = new Hyperlink(p.toString());
                link.setOnAction(e -> vm.openWorkspace(p));
                recent.getChildren().add(link);
            }
        }
        getChildren().addAll(title, subtitle, actions, hint, error, recent);
    }

    private java.util.Optional<Path> choose(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File f = chooser.showDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }
}
