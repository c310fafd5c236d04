package org.rebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.nio.file.Path;
import org.rebook.common.RecentWorkspaces;
import org.rebook.common.UserSettings;
import org.rebook.service.DemoIncident;
import org.rebook.ui.tasks.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StartScreenTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path home = DemoWorkspaceFixture.temp("user");
        AppContext context = new AppContext(TaskRunner.inline(), new RecentWorkspaces(home.resolve("recent.txt")),
                new UserSettings(home.resolve("settings.properties")));
        window = new MainWindow(stage, context, new DemoIncident(DemoWorkspaceFixture.temp("rebook-start-demo")));
        window.show(null);
        stage.requestFocus();
    }

    @Test
    void offersTheDemoIncidentAndOpensItWithOneClick(FxRobot robot) throws IOException {
        assertThat(stage.getTitle()).isEqualTo("Rebook");
        assertThat(robot.lookup("#openDemo").tryQuery()).isPresent();
        Screenshots.save(window.scene(), "start");
        robot.clickOn("#openDemo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Rebook — workspace");
        assertThat(robot.lookup("#arrivingSoon").queryAs(TableView.class).getItems()).isNotEmpty();
    }
}
