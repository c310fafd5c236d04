package org.rebook.ui.sources;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.rebook.ingest.mail.ImapReader;
import org.rebook.ingest.stripe.StripeKeys;

/** The Connect dialogs: they only collect settings; the view model does the work. */
final class ConnectDialogs {
    private ConnectDialogs() { }

    static Optional<ConnectRequests.Stripe> stripe(Window owner) {
        Dialog<ConnectRequests.Stripe> d = dialog(owner, "Connect Stripe", "Read charges, refunds and checkout sessions (read-only).");
        PasswordField key = new PasswordField();
        key.setId("stripeKey");
        key.setPromptText("rk_live_… (restricted key)");
        TextField accounts = new TextField();
        accounts.setPromptText("acct_… (connected accounts, optional)");
        DatePicker since = new DatePicker();
        Label help = wrap(StripeKeys.READ_PERMISSIONS);
        Label warning = wrap("");
        warning.getStyleClass().add("error");
        CheckBox acceptSecret = new CheckBox("Use this full secret key anyway (Rebook only reads with it)");
        acceptSecret.setId("acceptSecretKey");
        acceptSecret.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> StripeKeys.kind(key.getText()) == StripeKeys.Kind.SECRET, key.textProperty()));
        warning.textProperty().bind(Bindings.createStringBinding(() -> switch (StripeKeys.kind(key.getText())) {
            case SECRET -> "This is a full secret key: it could also change your Stripe account. A restricted key is safer.";
            case PUBLISHABLE -> "A publishable key (pk_…) cannot read payments.";
            case UNKNOWN -> key.getText().isEmpty() ? "" : "This does not look like a Stripe API key.";
            case RESTRICTED -> "";
        }, key.textProperty()));
        GridPane grid = grid();
        grid.addRow(0, new Label("API key"), key);
        grid.addRow(1, new Label("Accounts"), accounts);
        grid.addRow(2, new Label("Since"), since);
        grid.add(warning, 0, 3, 2, 1);
        grid.add(acceptSecret, 0, 4, 2, 1);
        grid.add(help, 0, 5, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(() -> {
            StripeKeys.Kind kind = StripeKeys.kind(key.getText());
            return !(kind == StripeKeys.Kind.RESTRICTED || (kind == StripeKeys.Kind.SECRET && acceptSecret.isSelected()));
        }, key.textProperty(), acceptSecret.selectedProperty()));
        d.setResultConverter(b -> b == ButtonType.OK ? new ConnectRequests.Stripe(key.getText().toCharArray(),
                ConnectRequests.list(accounts.getText()), since.getValue(), null) : null);
        return d.showAndWait();
    }

    static Optional<ConnectRequests.Google> google(Window owner) {
        Dialog<ConnectRequests.Google> d = dialog(owner, "Connect Google Calendar",
                "Sign in with Google (read-only calendar access) using your OAuth client file, or paste an access token.");
        TextField secrets = new TextField();
        secrets.setPromptText("client_secret_….json");
        javafx.scene.control.Button browse = new javafx.scene.control.Button("Choose…");
        browse.setOnAction(e -> {
            File f = new FileChooser().showOpenDialog(owner);
            if (f != null) secrets.setText(f.getAbsolutePath());
        });
        PasswordField token = new PasswordField();
        token.setPromptText("or an access token (ya29.…)");
        TextField calendars = new TextField("primary");
        DatePicker since = new DatePicker();
        GridPane grid = grid();
        grid.addRow(0, new Label("OAuth client"), new javafx.scene.layout.HBox(6, secrets, browse));
        grid.addRow(1, new Label("Access token"), token);
        grid.addRow(2, new Label("Calendars"), calendars);
        grid.addRow(3, new Label("Since"), since);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                secrets.textProperty().isEmpty().and(token.textProperty().isEmpty()));
        d.setResultConverter(b -> b == ButtonType.OK ? new ConnectRequests.Google(token.getText().toCharArray(),
                secrets.getText().isBlank() ? null : Path.of(secrets.getText().strip()), ConnectRequests.list(calendars.getText()),
                since.getValue(), null) : null);
        return d.showAndWait();
    }

    static Optional<ConnectRequests.Imap> imap(Window owner) {
        Dialog<ConnectRequests.Imap> d = dialog(owner, "Connect a mailbox (IMAP)",
                "Folders are opened read-only: nothing is marked read, moved or deleted.");
        TextField host = new TextField();
        host.setId("imapHost");
        host.setPromptText("imap.example.com");
        TextField port = new TextField("993");
        port.setId("imapPort");
        ChoiceBox<ImapReader.Security> security = new ChoiceBox<>();
        security.setId("imapSecurity");
        security.getItems().setAll(ImapReader.Security.values());
        security.setValue(ImapReader.Security.TLS);
        security.valueProperty().addListener((o, a, b) -> port.setText(b == ImapReader.Security.TLS ? "993" : "143"));
        TextField user = new TextField();
        user.setId("imapUser");
        PasswordField password = new PasswordField();
        password.setId("imapPassword");
        TextField folders = new TextField("INBOX");
        DatePicker since = new DatePicker();
        GridPane grid = grid();
        grid.addRow(0, new Label("Server"), host);
        grid.addRow(1, new Label("Port"), port);
        grid.addRow(2, new Label("Security"), security);
        grid.addRow(3, new Label("User"), user);
        grid.addRow(4, new Label("Password"), password);
        grid.addRow(5, new Label("Folders"), folders);
        grid.addRow(6, new Label("Since"), since);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(host.textProperty().isEmpty()
                .or(user.textProperty().isEmpty()).or(password.textProperty().isEmpty())
                .or(Bindings.createBooleanBinding(() -> !port.getText().strip().matches("\\d{1,5}"), port.textProperty())));
        d.setResultConverter(b -> b == ButtonType.OK ? new ConnectRequests.Imap(host.getText().strip(),
                Integer.parseInt(port.getText().strip()), security.getValue(), user.getText().strip(),
                password.getText().toCharArray(), ConnectRequests.list(folders.getText()), since.getValue()) : null);
        return d.showAndWait();
    }

    private static <T> Dialog<T> dialog(Window owner, String title, String header) {
        Dialog<T> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        return g;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(460);
        return l;
    }
}
