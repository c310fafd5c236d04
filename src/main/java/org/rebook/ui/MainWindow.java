package org.rebook.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.rebook.service.DemoIncident;
import org.rebook.ui.reservations.ReservationsView;
import org.rebook.ui.reservations.ReservationsViewModel;
import org.rebook.ui.sources.SourcesView;
import org.rebook.ui.sources.SourcesViewModel;
import org.rebook.ui.start.StartView;
import org.rebook.ui.start.StartViewModel;

/**
 * The main window: the start screen until a workspace is open, then Reservations and Sources behind a
 * toolbar, with a status bar that shows the running job.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppContext context;
    private final DemoIncident demo;
    private final BorderPane root = new BorderPane();
    private ReservationsView reservationsView;
    private SourcesView sourcesView;
    private ReservationsViewModel reservations;
    private SourcesViewModel sources;
    private org.rebook.ui.unmatched.UnmatchedViewModel unmatched;
    private org.rebook.ui.unmatched.UnmatchedView unmatchedView;
    private org.rebook.ui.dashboard.DashboardView dashboardView;
    private org.rebook.ui.review.ReviewViewModel review;
    private org.rebook.ui.review.ReviewView reviewView;

    public MainWindow(Stage stage, AppContext context, DemoIncident demo) {
        this.stage = stage;
        this.context = context;
        this.demo = demo;
    }

    public void show(Path workspace) {
        reservations = new ReservationsViewModel(context);
        sources = new SourcesViewModel(context);
        reservationsView = new ReservationsView(reservations);
        sourcesView = new SourcesView(sources, context.taskState());
        Decisions decisions = new Decisions(context, reservations);
        review = new org.rebook.ui.review.ReviewViewModel(context, reservations, decisions);
        reviewView = new org.rebook.ui.review.ReviewView(review);
        unmatched = new org.rebook.ui.unmatched.UnmatchedViewModel(context);
        unmatched.connect(decisions, review::find);
        unmatchedView = new org.rebook.ui.unmatched.UnmatchedView(unmatched);
        org.rebook.ui.dashboard.DashboardViewModel dashboard = new org.rebook.ui.dashboard.DashboardViewModel(reservations);
        dashboardView = new org.rebook.ui.dashboard.DashboardView(dashboard);
        dashboard.onOpenProperty().set(this::openReservation);

        StatusBar status = new StatusBar();
        status.setId("statusBar");
        status.textProperty().bind(context.taskState().messageProperty());
        status.progressProperty().bind(Bindings.when(context.taskState().runningProperty())
                .then(context.taskState().progressProperty()).otherwise(0.0));
        status.getRightItems().add(jobsButton());
        root.setBottom(status);
        context.taskState().finishedProperty().addListener((o, a, f) -> notifyIfLong(f));
        StartViewModel start = new StartViewModel(context, demo);
        root.setCenter(new StartView(start));

        context.sessionProperty().addListener((o, a, session) -> {
            if (session != null) showWorkspace();
        });
        stage.titleProperty().bind(Bindings.createStringBinding(() -> context.session() == null ? "Rebook"
                : "Rebook — " + context.session().name(), context.sessionProperty()));

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("rebook.css").toExternalForm());
        stage.setScene(scene);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = MainWindow.class.getResource("icons/rebook-" + size + ".png");
            if (icon != null) stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> {
            if (context.session() != null) context.session().close();
        });
        stage.show();
        if (workspace != null) start.openWorkspace(workspace);
    }

    public Scene scene() { return stage.getScene(); }

    /** Running jobs with their progress and a cancel button each (ControlsFX TaskProgressView). */
    private javafx.scene.control.Button jobsButton() {
        org.controlsfx.control.TaskProgressView<javafx.concurrent.Task<?>> view = new org.controlsfx.control.TaskProgressView<>();
        view.setId("jobsView");
        javafx.beans.binding.Bindings.bindContent(view.getTasks(), context.taskState().tasks());
        view.setPrefSize(420, 220);
        org.controlsfx.control.PopOver pop = new org.controlsfx.control.PopOver(view);
        pop.setTitle("Jobs");
        pop.setHeaderAlwaysVisible(true);
        pop.setArrowLocation(org.controlsfx.control.PopOver.ArrowLocation.BOTTOM_RIGHT);
        javafx.scene.control.Button jobs = new javafx.scene.control.Button();
        jobs.setId("jobsButton");
        jobs.textProperty().bind(Bindings.size(context.taskState().tasks()).asString("Jobs (%d)"));
        jobs.setOnAction(e -> {
            if (pop.isShowing()) pop.hide();
            else pop.show(jobs);
        });
        return jobs;
    }

    /** A job that took a while ends with a notification: staff may have gone to the counter meanwhile. */
    private void notifyIfLong(org.rebook.ui.tasks.TaskState.Finished f) {
        if (f == null || f.nanos() < 2_000_000_000L || !stage.isShowing()) return;
        org.controlsfx.control.Notifications n = org.controlsfx.control.Notifications.create().owner(stage)
                .title("Rebook").text(f.message()).hideAfter(javafx.util.Duration.seconds(6));
        if (f.ok()) n.showInformation();
        else n.showWarning();
    }

    private Runnable navigateToReservations = () -> { };

    /** Shows one reservation on the Reservations screen, whatever filter was on. */
    private void openReservation(org.rebook.ui.reservations.ReservationRow row) {
        reservations.searchProperty().set("");
        reservations.showProperty().set(org.rebook.ui.reservations.ReservationsViewModel.Show.ALL);
        navigateToReservations.run();
        reservationsView.table().getSelectionModel().select(row);
        reservationsView.table().scrollTo(Math.max(0, reservationsView.table().getItems().indexOf(row) - 2));
        reservationsView.table().requestFocus();
    }

    public ReservationsViewModel reservations() { return reservations; }

    public SourcesViewModel sources() { return sources; }

    public org.rebook.ui.review.ReviewViewModel review() { return review; }

    public org.rebook.ui.review.ReviewView reviewView() { return reviewView; }

    public org.rebook.ui.unmatched.UnmatchedViewModel unmatched() { return unmatched; }

    private void showWorkspace() {
        ToggleGroup nav = new ToggleGroup();
        ToggleButton overviewButton = new ToggleButton("Overview");
        overviewButton.setId("navOverview");
        overviewButton.setToggleGroup(nav);
        ToggleButton reviewButton = new ToggleButton("Review");
        reviewButton.setId("navReview");
        reviewButton.setToggleGroup(nav);
        ToggleButton resButton = new ToggleButton("Reservations");
        resButton.setId("navReservations");
        ToggleButton srcButton = new ToggleButton("Sources");
        srcButton.setId("navSources");
        ToggleButton unButton = new ToggleButton("Unmatched");
        unButton.setId("navUnmatched");
        resButton.setToggleGroup(nav);
        srcButton.setToggleGroup(nav);
        unButton.setToggleGroup(nav);
        Label name = new Label("Rebook");
        name.getStyleClass().add("brand");
        Label asOf = new Label("Incident time: " + context.session().asOf().atZoneSameInstant(context.session().service().zone())
                .format(java.time.format.DateTimeFormatter.ofPattern("EEE dd MMM yyyy HH:mm z", java.util.Locale.ENGLISH)));
        asOf.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.setTop(new ToolBar(name, overviewButton, reviewButton, resButton, srcButton, unButton, spacer, asOf));
        nav.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) a.setSelected(true); // one screen is always shown
            else {
                root.setCenter(b == overviewButton ? dashboardView : b == reviewButton ? reviewView
                        : b == resButton ? reservationsView : b == srcButton ? sourcesView : unmatchedView);
                if (b == reviewButton) javafx.application.Platform.runLater(reviewView.queueList()::requestFocus);
                unmatched.setShown(b == unButton);
            }
        });
        this.navigateToReservations = () -> resButton.setSelected(true);
        overviewButton.setSelected(true); // urgent first: who arrives next
        overviewButton.requestFocus();
        sources.refresh();
        unmatched.refresh();
    }
}
