package org.rebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rebook.common.RecentWorkspaces;
import org.rebook.common.UserSettings;
import org.rebook.service.DemoIncident;
import org.rebook.ui.reservations.ReservationRow;
import org.rebook.ui.tasks.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ReservationsScreenTest {
    private MainWindow window;
    private DemoIncident demo;

    @Start
    void start(Stage stage) {
        demo = DemoWorkspaceFixture.recovered();
        Path home = DemoWorkspaceFixture.temp("user");
        AppContext context = new AppContext(TaskRunner.inline(), new RecentWorkspaces(home.resolve("recent.txt")),
                new UserSettings(home.resolve("settings.properties")));
        window = new MainWindow(stage, context, demo);
        window.show(demo.workspaceDir());
        stage.requestFocus();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReservationRow> table(FxRobot robot) {
        if (robot.lookup("#reservationsTable").tryQuery().isEmpty()) {
            robot.clickOn("#navReservations");
            WaitForAsyncUtils.waitForFxEvents();
        }
        return (TableView<ReservationRow>) robot.lookup("#reservationsTable").queryAs(TableView.class);
    }

    @Test
    void opensTheDemoWorkspaceAndShowsItsReservationsByPickupTime(FxRobot robot) throws IOException {
        Screenshots.save(window.scene(), "overview"); // the screen a workspace opens on
        TableView<ReservationRow> table = table(robot);
        assertThat(robot.lookup("#headline").queryAs(Label.class).getText()).contains("reservations").contains("arriving in the next 72 h");
        assertThat(table.getItems()).hasSizeGreaterThan(100);
        assertThat(table.getItems()).extracting(r -> r.reservation().pickupAt())
                .filteredOn(java.util.Objects::nonNull).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(window.scene().getWindow()).isInstanceOfSatisfying(Stage.class,
                s -> assertThat(s.getTitle()).isEqualTo("Rebook — workspace"));
        Screenshots.save(window.scene(), "reservations");
    }

    @Test
    void theOverviewCountsEveryReservationListsWhoArrivesSoonAndOpensThem(FxRobot robot) {
        int auto = Integer.parseInt(robot.lookup("#tileAuto").queryAs(Label.class).getText());
        int review = Integer.parseInt(robot.lookup("#tileReview").queryAs(Label.class).getText());
        int cancelled = Integer.parseInt(robot.lookup("#tileCancelled").queryAs(Label.class).getText());
        assertThat(Integer.parseInt(robot.lookup("#tileUnmatched").queryAs(Label.class).getText())).isPositive();
        @SuppressWarnings("unchecked")
        TableView<ReservationRow> soon = robot.lookup("#arrivingSoon").queryAs(TableView.class);
        assertThat(soon.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.urgent()).isTrue());
        assertThat(robot.lookup("#pickupsPerDay").tryQuery()).isPresent();
        ReservationRow second = soon.getItems().get(Math.min(1, soon.getItems().size() - 1));
        robot.doubleClickOn(second.customer());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ReservationRow> table = table(robot);
        assertThat(auto + review + cancelled).isEqualTo(table.getItems().size());
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(second);
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo(second.customer());
    }

    @Test
    void theNextPickupIsSelectedWithItsEvidenceAndTheCustomerIsOnScreen(FxRobot robot) {
        TableView<ReservationRow> table = table(robot);
        ReservationRow selected = table.getSelectionModel().getSelectedItem();
        assertThat(selected).isNotNull();
        assertThat(selected.urgent()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo(selected.customer());
        assertThat(robot.lookup("#evidenceTable").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(robot.lookup(selected.customer()).tryQuery()).isPresent();
    }

    @Test
    void aLinkedRecordsWeightsAreDrawnAsAWaterfall(FxRobot robot) throws IOException {
        TableView<ReservationRow> table = table(robot);
        ReservationRow linked = table.getItems().stream()
                .filter(r -> r.reservation().evidence().stream().anyMatch(e -> e.weights().size() >= 3)).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(linked);
            table.scrollTo(table.getItems().indexOf(linked));
        });
        WaitForAsyncUtils.waitForFxEvents();
        org.rebook.model.EvidenceLink weakest = linked.reservation().evidence().stream().filter(e -> e.weights().size() >= 2)
                .min(java.util.Comparator.comparingDouble(org.rebook.model.EvidenceLink::totalWeight)).orElseThrow();
        javafx.scene.layout.VBox waterfall = robot.lookup("#waterfall").queryAs(javafx.scene.layout.VBox.class);
        assertThat(waterfall.getChildren()).hasSize(weakest.weights().size() + 1);
        assertThat(robot.lookup(String.format(java.util.Locale.ROOT, "%+.1f", weakest.totalWeight())).tryQuery()).isPresent();
        Screenshots.save(window.scene(), "explanation");
    }

    @Test
    void searchingForAReferenceNarrowsTheTableToThatReservation(FxRobot robot) {
        ReservationRow any = table(robot).getItems().stream().filter(r -> !r.reference().isEmpty()).findFirst().orElseThrow();
        robot.clickOn("#search").write(any.reference().toLowerCase());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(ReservationRow::reference).containsExactly(any.reference());
    }

    @Test
    void theUnmatchedScreenShowsEveryLeftOverRecordWithItsReasonAndFilters(FxRobot robot) throws IOException {
        robot.clickOn("#navUnmatched");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<org.rebook.ui.unmatched.UnmatchedViewModel.Row> table = robot.lookup("#unmatchedTable").queryAs(TableView.class);
        int all = table.getItems().size();
        assertThat(all).isPositive();
        assertThat(table.getItems()).allSatisfy(u -> {
            assertThat(u.record().reason()).isNotBlank();
            assertThat(u.what()).isNotBlank();
        });
        Screenshots.save(window.scene(), "unmatched");
        robot.interact(() -> robot.lookup("#unmatchedSource").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(org.rebook.model.Source.CALENDAR));
        assertThat(table.getItems()).isNotEmpty().allSatisfy(u -> assertThat(u.record().source()).isEqualTo(org.rebook.model.Source.CALENDAR));
        robot.clickOn("#unmatchedSearch").write("recurring");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().allSatisfy(u -> assertThat(u.record().reason()).contains("recurring"));
        assertThat(table.getItems().size()).isLessThan(all);
    }

    @Test
    void exportingFromTheAppMakesANewBundleFolderInsideTheChosenOne(FxRobot robot) throws IOException {
        Path parent = DemoWorkspaceFixture.temp("exports");
        java.nio.file.Files.writeString(parent.resolve("keep-me.txt"), "mine");
        robot.interact(() -> window.reservations().export(parent));
        WaitForAsyncUtils.waitForFxEvents();
        try (var entries = java.nio.file.Files.list(parent)) {
            List<Path> bundles = entries.filter(java.nio.file.Files::isDirectory).toList();
            assertThat(bundles).singleElement().satisfies(b -> {
                assertThat(b.getFileName().toString()).startsWith("Rebook bundle workspace ");
                assertThat(b.resolve("reservations.csv")).exists();
            });
        }
        assertThat(java.nio.file.Files.readString(parent.resolve("keep-me.txt"))).isEqualTo("mine");
    }

    @Test
    void theSourcesScreenListsImportedFilesAndTheirCounts(FxRobot robot) throws IOException {
        robot.clickOn("#navSources");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<org.rebook.workspace.RecordStore.SourceFileRow> files = robot.lookup("#filesTable").queryAs(TableView.class);
        assertThat(files.getItems()).hasSize(4);
        assertThat(files.getItems()).anySatisfy(f -> {
            assertThat(f.fileName()).endsWith("bookings.mbox");
            assertThat(f.imported()).isPositive();
        });
        Screenshots.save(window.scene(), "sources");
    }
}
