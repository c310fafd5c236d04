package org.rebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rebook.common.RecentWorkspaces;
import org.rebook.common.UserSettings;
import org.rebook.service.DemoIncident;
import org.rebook.ui.tasks.TaskRunner;
import org.rebook.ui.unmatched.UnmatchedViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person teaches a layout no heuristic reads from one unmatched mail; the next mail like it becomes a booking. */
@ExtendWith(ApplicationExtension.class)
class TeachTemplateScreenTest {
    private MainWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        DemoIncident demo = DemoWorkspaceFixture.copy();
        Path home = DemoWorkspaceFixture.temp("user");
        context = new AppContext(TaskRunner.inline(), new RecentWorkspaces(home.resolve("recent.txt")),
                new UserSettings(home.resolve("settings.properties")));
        window = new MainWindow(stage, context, demo);
        window.show(demo.workspaceDir());
        stage.requestFocus();
    }

    private static void eml(Path folder, String id, String name, String when, String car) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(id + ".eml"), ("Message-ID: <" + id + "@odd.example>\n"
                + "From: Odd Rentals <noreply@odd-rentals.example>\nTo: someone@example.com\n"
                + "Date: Sun, 1 Nov 2026 10:00:00 +0000\nSubject: Trip " + id + " is set\n"
                + "Content-Type: text/plain; charset=UTF-8\n\n"
                + "ODD RENTALS ~ your trip ~\n\n>> " + name + " <<  is what we call you\n"
                + "Keys ready from " + when + " sharp\nRide of choice = " + car + "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }

    @Test
    void markingValuesInOneMailTeachesALayoutThatReadsItsFamily(FxRobot robot) throws Exception {
        Path odd = DemoWorkspaceFixture.temp("odd");
        eml(odd, "4471", "Ana Lima", "22/11/2026 10:00", "Mini Cooper");
        eml(odd, "5500", "Rui Costa", "23/11/2026 09:30", "Fiat Panda");
        robot.interact(() -> window.sources().importPaths(List.of(odd)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#navUnmatched");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<UnmatchedViewModel.Row> table = robot.lookup("#unmatchedTable").queryAs(TableView.class);
        UnmatchedViewModel.Row ana = table.getItems().stream().filter(r -> r.record().sourceId().equals("4471@odd.example"))
                .findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(ana));

        robot.clickOn("#teachButton");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea mail = robot.lookup("#templateMail").queryAs(TextArea.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> field = robot.lookup("#templateField").queryAs(ChoiceBox.class);
        for (String[] mark : new String[][] {{"customer_name", "Ana Lima"}, {"pickup_at", "22/11/2026 10:00"},
                {"vehicle", "Mini Cooper"}}) {
            int at = mail.getText().indexOf(mark[1]);
            robot.interact(() -> {
                mail.selectRange(at, at + mark[1].length());
                field.setValue(mark[0]);
            });
            robot.clickOn("#templateMark");
        }
        robot.clickOn("#templatePreview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#templateSummary").queryAs(Label.class).getText()).contains("reads 2 of");
        Screenshots.save(robot.lookup("#templateMail").query().getScene(), "teach-template");

        robot.clickOn("Save and re-read mails");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.session().workspace().results().reservations()).anySatisfy(r -> {
            assertThat(r.customerName()).isEqualTo("Rui Costa");
            assertThat(r.vehicle()).isEqualTo("Fiat Panda");
            assertThat(r.pickupAt()).isNotNull();
        });
        assertThat(context.session().workspace().templates().all()).singleElement()
                .satisfies(t -> assertThat(t.sender()).isEqualTo("noreply@odd-rentals.example"));
    }
}
