package org.coiedge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoiEdgeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCommandThatFailsUnexpectedlyPrintsOneLineNamingTheCommandAndExits70() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CoiEdgeCommand.run(new String[] {"bench", "ledger", "--dir", notADirectory.resolve("sub").toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(CoiEdgeCommand.EXIT_FAILED);
        assertThat(message).startsWith("coi-edge bench ledger: cannot use ").contains("plain-file");
        assertThat(message.strip().lines()).hasSize(1);
        assertThat(message).doesNotContain("\tat ");
    }
}
