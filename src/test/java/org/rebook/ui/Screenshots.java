package org.rebook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** Saves a scene as PNG when -Drebook.screenshots=DIR is set (how docs/screenshots are made). */
final class Screenshots {
    private Screenshots() { }

    static void saveQuietly(Scene scene, String name) {
        try {
            save(scene, name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void save(Scene scene, String name) throws IOException {
        String dir = System.getProperty("rebook.screenshots");
        if (dir == null || dir.isBlank()) return;
        Path out = Path.of(dir);
        Files.createDirectories(out);
        javafx.scene.image.WritableImage image;
        try {
            image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(); // snapshots need the FX thread
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IOException("snapshot failed", e);
        }
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }
}
