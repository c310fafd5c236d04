package org.rebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rebook.common.RecentWorkspaces;
import org.rebook.common.UserSettings;
import org.rebook.model.EvidenceLink;
import org.rebook.model.Reservation;
import org.rebook.model.ReviewState;
import org.rebook.service.DemoIncident;
import org.rebook.ui.reservations.ReservationRow;
import org.rebook.ui.tasks.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review flows, driven by keys and clicks as staff would: each test works on its own copy of the demo. */
@ExtendWith(ApplicationExtension.class)
class ReviewScreenTest {
    private MainWindow window;
    private DemoIncident demo;
    private AppContext context;

    @Start
    void start(Stage stage) {
        demo = DemoWorkspaceFixture.copy();
        lookFromJustBeforeAPickupToReview(demo);
        Path home = DemoWorkspaceFixture.temp("user");
        context = new AppContext(TaskRunner.inline(), new RecentWorkspaces(home.resolve("recent.txt")),
                new UserSettings(home.resolve("settings.properties")));
        window = new MainWindow(stage, context, demo);
        window.show(demo.workspaceDir());
        stage.requestFocus();
    }

    /**
     * The screen is looked at a day before the first upcoming pickup that needs review, so the queue holds an
     * urgent item however few of the demo's near pickups the linker leaves for review.
     */
    private static void lookFromJustBeforeAPickupToReview(DemoIncident demo) {
        try (org.rebook.workspace.Workspace ws = org.rebook.workspace.Workspace.open(demo.workspaceDir())) {
            java.time.OffsetDateTime next = ws.results().reservations().stream()
                    .filter(r -> r.reviewState() == ReviewState.NEEDS_REVIEW && r.pickupAt() != null)
                    .map(Reservation::pickupAt).filter(p -> p.isAfter(demo.incidentAt()))
                    .min(java.time.OffsetDateTime.timeLineOrder()).orElseThrow();
            ws.settings().put(org.rebook.workspace.SettingStore.AS_OF, next.minusDays(1).toString());
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<ReservationRow> queue(FxRobot robot) {
        if (robot.lookup("#reviewQueue").tryQuery().isEmpty()) {
            robot.clickOn("#navReview");
            WaitForAsyncUtils.waitForFxEvents();
        }
        return robot.lookup("#reviewQueue").queryAs(ListView.class);
    }

    private ReservationRow current() { return window.review().currentProperty().get(); }

    private Reservation stored(String id) {
        return context.session().workspace().results().reservations(List.of(id)).stream().findFirst().orElseThrow();
    }

    private static void ctrl(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL);
        for (KeyCode k : keys) robot.press(k);
        for (int i = keys.length - 1; i >= 0; i--) robot.release(keys[i]);
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theQueuePutsUrgentPickupsFirstThenTheLeastCertain(FxRobot robot) throws IOException {
        List<ReservationRow> items = List.copyOf(queue(robot).getItems());
        assertThat(items).isNotEmpty().allSatisfy(r -> assertThat(r.reservation().reviewState()).isEqualTo(ReviewState.NEEDS_REVIEW));
        int firstCalm = 0;
        while (firstCalm < items.size() && window.review().urgent(items.get(firstCalm))) firstCalm++;
        assertThat(firstCalm).as("urgent items exist in the demo").isPositive();
        assertThat(items.subList(firstCalm, items.size())).noneMatch(window.review()::urgent);
        assertThat(items.subList(0, firstCalm)).extracting(r -> r.reservation().pickupAt().toInstant()).isSorted();
        assertThat(items.subList(firstCalm, items.size())).extracting(r -> r.reservation().confidence()).isSorted();
        assertThat(current()).isEqualTo(items.get(0));
        Screenshots.save(window.scene(), "review");
    }

    @Test
    void jAndKMoveThroughTheQueueAndAAcceptsAndShowsTheNext(FxRobot robot) {
        ListView<ReservationRow> queue = queue(robot);
        int size = queue.getItems().size();
        ReservationRow first = current();
        robot.type(KeyCode.J);
        ReservationRow second = current();
        assertThat(second).isEqualTo(queue.getItems().get(1));
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText())
                .isEqualTo(second.customer().isEmpty() ? "(no name)" : second.customer());
        robot.type(KeyCode.K);
        assertThat(current()).isEqualTo(first);

        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(queue.getItems()).hasSize(size - 1).doesNotContain(first);
        assertThat(current().reservation().id()).isEqualTo(second.reservation().id());
        assertThat(stored(first.reservation().id()).reviewState()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(robot.lookup("#reviewNotice").queryAs(Label.class).getText()).startsWith("Accepted " + first.reservation().id());
    }

    @Test
    void ctrlZUndoesTheAcceptAndCtrlShiftZRedoesIt(FxRobot robot) {
        ListView<ReservationRow> queue = queue(robot);
        int size = queue.getItems().size();
        String id = current().reservation().id();
        robot.type(KeyCode.A);
        assertThat(queue.getItems()).hasSize(size - 1);

        ctrl(robot, KeyCode.Z);
        assertThat(queue.getItems()).hasSize(size).anyMatch(r -> r.reservation().id().equals(id));
        assertThat(stored(id).reviewState()).isEqualTo(ReviewState.NEEDS_REVIEW);

        ctrl(robot, KeyCode.SHIFT, KeyCode.Z);
        assertThat(queue.getItems()).hasSize(size - 1);
        assertThat(stored(id).reviewState()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(context.session().workspace().decisions().auditLog()).extracting(e -> e.event())
                .containsExactly("made", "undone", "redone");
    }

    @Test
    void splittingARecordOffAndMergingItBackWithThePicker(FxRobot robot) {
        queue(robot);
        ReservationRow several = window.review().queue().stream().filter(r -> r.reservation().evidence().size() >= 2)
                .findFirst().orElseThrow();
        robot.interact(() -> window.review().select(several));
        String id = several.reservation().id();
        @SuppressWarnings("unchecked")
        TableView<EvidenceLink> evidence = robot.lookup("#evidenceTable").queryAs(TableView.class);
        EvidenceLink last = evidence.getItems().get(evidence.getItems().size() - 1);
        robot.interact(() -> evidence.getSelectionModel().clearAndSelect(evidence.getItems().size() - 1));
        assertThat(evidence.getSelectionModel().getSelectedItems()).containsExactly(last);

        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(id).evidence()).extracting(EvidenceLink::recordId).doesNotContain(last.recordId());
        String splitId = context.session().workspace().results().reservationsHolding(List.of(last.recordId())).iterator().next();
        assertThat(splitId).isNotEqualTo(id);

        robot.interact(() -> window.review().select(window.reservations().allRows().stream()
                .filter(r -> r.reservation().id().equals(id)).findFirst().orElseThrow()));
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#pickerSearch").write(splitId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(id).evidence()).extracting(EvidenceLink::recordId).contains(last.recordId());
        assertThat(context.session().workspace().results().reservationIds()).doesNotContain(splitId);
    }

    @Test
    void editingAFieldShowsTheNewValueAndSaysItWasEditedByStaff(FxRobot robot) throws IOException {
        queue(robot);
        String id = current().reservation().id();
        robot.type(KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField value = robot.lookup("#editValue").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> value.setText(""));
        robot.clickOn("#editValue").write("Peugeot 208 (white)");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(id).vehicle()).isEqualTo("Peugeot 208 (white)");
        assertThat(current().reservation().vehicle()).isEqualTo("Peugeot 208 (white)");
        assertThat(robot.lookup("edited by staff").tryQuery()).isPresent();
        Screenshots.save(window.scene(), "review-edited");
    }

    @Test
    void slashSearchesTheQueueAndQuestionMarkShowsTheShortcuts(FxRobot robot) {
        ListView<ReservationRow> queue = queue(robot);
        ReservationRow some = queue.getItems().get(queue.getItems().size() / 2);
        String name = some.customer().split(" ")[0];
        robot.type(KeyCode.SLASH);
        robot.write(name);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(queue.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.searchText()).contains(org.rebook.extract.Text.fold(name)));
        robot.type(KeyCode.ESCAPE);

        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcutSheet").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
    }

    @Test
    void anUnmatchedRecordIsAttachedToAReservationFromTheUnmatchedScreen(FxRobot robot) throws IOException {
        robot.clickOn("#navUnmatched");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<org.rebook.ui.unmatched.UnmatchedViewModel.Row> table = robot.lookup("#unmatchedTable").queryAs(TableView.class);
        int before = table.getItems().size();
        var row = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(row));
        ReservationRow target = window.reservations().allRows().get(5);

        robot.clickOn("#attachButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#pickerSearch").write(target.reservation().id());
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(target.reservation().id()).evidence()).extracting(EvidenceLink::recordId).contains(row.record().recordId());
        assertThat(table.getItems()).hasSize(before - 1);
        assertThat(robot.lookup("#unmatchedNotice").queryAs(Label.class).getText()).startsWith("Attached unmatched record");
    }

    @Test
    void theSelectedEvidenceRecordIsShownWithTheValuesTakenFromItHighlighted(FxRobot robot) throws Exception {
        queue(robot);
        ReservationRow withMail = window.reservations().allRows().stream()
                .filter(r -> r.reservation().sourceOf("customer_name").filter(f -> f.source() == org.rebook.model.Source.EMAIL).isPresent())
                .findFirst().orElseThrow();
        robot.interact(() -> window.review().select(withMail));
        long mail = withMail.reservation().sourceOf("customer_name").orElseThrow().recordId();
        @SuppressWarnings("unchecked")
        TableView<EvidenceLink> evidence = robot.lookup("#evidenceTable").queryAs(TableView.class);
        robot.interact(() -> evidence.getSelectionModel().clearAndSelect(
                evidence.getItems().indexOf(evidence.getItems().stream().filter(e -> e.recordId() == mail).findFirst().orElseThrow())));
        javafx.scene.text.TextFlow card = robot.lookup("#evidenceCard").queryAs(javafx.scene.text.TextFlow.class);

        // The card is filled off the FX thread once the selection rests, and may be filled again if the selection
        // event repeats: wait for highlights, and read the card on the FX thread, never while it is being rebuilt.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> card.getChildren().stream().anyMatch(n -> n.getStyleClass().contains("span-hit"))).get());
        List<String> highlighted = WaitForAsyncUtils.asyncFx(() -> card.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("span-hit")).map(n -> ((Label) n).getText().toLowerCase()).toList()).get();
        // The mail's own spans: where the name and the reference were read are highlighted.
        assertThat(highlighted).contains(withMail.reservation().customerName().toLowerCase());
        if (withMail.reservation().bookingReference() != null) {
            assertThat(highlighted).contains(withMail.reservation().bookingReference().toLowerCase());
        }
        robot.interact(() -> window.reviewView().detail().setVvalue(1.0)); // the card is at the bottom of the pane
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(window.scene(), "review-evidence");
    }
}
