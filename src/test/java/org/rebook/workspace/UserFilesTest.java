package org.rebook.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.common.RecentWorkspaces;
import org.rebook.common.UserSettings;

class UserFilesTest {
    @TempDir
    Path dir;

    @Test
    void recentWorkspacesAreNewestFirstWithoutDuplicatesOrVanishedFolders() throws Exception {
        RecentWorkspaces recent = new RecentWorkspaces(dir.resolve("data/recent.txt"));
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        recent.remember(a);
        recent.remember(b);
        recent.remember(a);
        assertThat(recent.list()).containsExactly(a, b);
        Files.delete(b);
        assertThat(new RecentWorkspaces(dir.resolve("data/recent.txt")).list()).containsExactly(a);
    }

    @Test
    void settingsSurviveARestartAndIgnoreFoldersThatAreGone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));
        new UserSettings(dir.resolve("s.properties")).put(UserSettings.LAST_EXPORT_DIR, folder.toString());
        UserSettings reloaded = new UserSettings(dir.resolve("s.properties"));
        assertThat(reloaded.folder(UserSettings.LAST_EXPORT_DIR)).contains(folder);
        Files.delete(folder);
        assertThat(reloaded.folder(UserSettings.LAST_EXPORT_DIR)).isEmpty();
    }
}
