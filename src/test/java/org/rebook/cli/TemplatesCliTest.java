package org.rebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Teach a layout from one mail on the command line, carry it to another workspace, and read mails with it. */
class TemplatesCliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out) { }

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        return new Run(cli.execute(args), out.toString());
    }

    private void eml(Path folder, String id, String subject, String name, String car) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(id + ".eml"), """
                Message-ID: <%s@odd.example>
                From: Odd Rentals <noreply@odd-rentals.example>
                To: someone@example.com
                Date: Sun, 1 Nov 2026 10:00:00 +0000
                Subject: %s
                Content-Type: text/plain; charset=UTF-8

                ODD RENTALS ~ your trip ~

                >> %s <<  is what we call you
                Keys ready from 22/11/2026 10:00 sharp
                Ride of choice = %s
                code%s
                """.formatted(id, subject, name, car, id).replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }

    @Test
    void aTemplateLearntInOneWorkspaceReadsTheMailsOfAnother() throws Exception {
        eml(dir.resolve("a"), "QZ4471", "Trip 4471 is set", "Ana Lima", "Mini Cooper");
        eml(dir.resolve("a"), "QZ5500", "Trip 5500 is set", "Rui Costa", "Fiat Panda");
        String ws = dir.resolve("ws").toString();
        assertThat(run("import", dir.resolve("a").toString(), "--workspace", ws, "-q").code()).isZero();

        Run learn = run("templates", "learn", "--workspace", ws, "--message-id", "<QZ4471@odd.example>", "--name", "odd trips",
                "--field", "customer_name=Ana Lima", "--field", "vehicle=Mini Cooper", "--field", "pickup_at=22/11/2026 10:00",
                "--save");
        assertThat(learn.code()).isZero();
        assertThat(learn.out()).contains("Reads 2 of 2 mails").contains("vehicle=Fiat Panda").contains("Saved.");
        assertThat(run("templates", "export", "--workspace", ws, "--out", dir.resolve("t.json").toString()).code()).isZero();

        eml(dir.resolve("b"), "QZ9902", "Trip 9902 is set", "Eva Sousa", "Toyota Aygo");
        String other = dir.resolve("ws2").toString();
        Run recover = run("recover", dir.resolve("b").toString(), "--workspace", other, "--out", dir.resolve("bundle").toString(),
                "--templates", dir.resolve("t.json").toString(), "--timezone", "Europe/Lisbon", "-q");
        assertThat(recover.code()).isZero();
        String reservations = Files.readString(dir.resolve("bundle").resolve("reservations.csv"));
        assertThat(reservations).contains("Eva Sousa").contains("Toyota Aygo").contains("2026-11-22");
        assertThat(run("templates", "list", "--workspace", other).out()).contains("odd trips: noreply@odd-rentals.example");
    }
}
