package org.rebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rebook.common.RecentWorkspaces;
import org.rebook.common.UserSettings;
import org.rebook.ingest.mail.ImapReader;
import org.rebook.service.DemoIncident;
import org.rebook.ui.tasks.TaskRunner;
import org.rebook.workspace.RecordStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ConnectDialogsTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(com.icegreen.greenmail.util.ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Path home = DemoWorkspaceFixture.temp("user");
        AppContext context = new AppContext(TaskRunner.inline(), new RecentWorkspaces(home.resolve("recent.txt")),
                new UserSettings(home.resolve("settings.properties")));
        window = new MainWindow(stage, context, new DemoIncident(home.resolve("demo")));
        window.show(null);
        context.open(WorkspaceSession.open(home.resolve("ws")));
        stage.requestFocus();
    }

    @Test
    void connectingAMailboxImportsItWithoutMarkingAnythingRead(FxRobot robot) throws Exception {
        mail.setUser("desk@atlantico.example", "desk", "pw");
        GreenMailUtil.sendTextEmail("desk@atlantico.example", "bookings@atlantico.example",
                "Booking confirmation PX-7F3K9Q", "Booking reference: PX-7F3K9Q", mail.getSmtp().getServerSetup());
        robot.clickOn("#navSources");
        robot.clickOn("#connectImap");
        robot.interact(() -> robot.lookup("#imapSecurity").queryAs(ChoiceBox.class).setValue(ImapReader.Security.PLAIN));
        robot.clickOn("#imapHost").write("127.0.0.1");
        robot.doubleClickOn("#imapPort").eraseText(5).write(String.valueOf(mail.getImap().getPort()));
        robot.clickOn("#imapUser").write("desk");
        robot.clickOn("#imapPassword").write("pw");
        Screenshots.saveQuietly(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene(), "connect-imap");
        robot.clickOn((Node) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<RecordStore.SourceFileRow> files = robot.lookup("#filesTable").queryAs(TableView.class);
        assertThat(files.getItems()).anySatisfy(f -> assertThat(f.fileName()).startsWith("imap://desk@127.0.0.1"));
        assertThat(mail.getReceivedMessages()[0].getFlags().contains(jakarta.mail.Flags.Flag.SEEN)).isFalse();
    }

    @Test
    void aFullSecretStripeKeyNeedsAnExplicitYes(FxRobot robot) {
        robot.clickOn("#navSources");
        robot.clickOn("#connectStripe");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Node ok = pane.lookupButton(ButtonType.OK);
        robot.clickOn("#stripeKey").write("sk_test_51abcdefghijklmnop");
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("This is a full secret key: it could also change your Stripe account. A restricted key is safer.")
                .tryQuery()).isPresent();
        robot.clickOn("#acceptSecretKey");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn((Node) pane.lookupButton(ButtonType.CANCEL));
    }
}
