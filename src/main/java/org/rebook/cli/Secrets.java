package org.rebook.cli;

import java.io.Console;

/** Secrets come from an environment variable or a hidden prompt; they are never printed or stored. */
final class Secrets {
    private Secrets() { }

    static char[] read(String environmentVariable, String prompt) {
        String fromEnv = System.getenv(environmentVariable);
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.strip().toCharArray();
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("set " + environmentVariable + " (no terminal to ask on)");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null || typed.length == 0) throw new IllegalArgumentException("nothing typed for " + prompt.strip());
        return typed;
    }

    static boolean confirm(String question) {
        Console console = System.console();
        if (console == null) return false;
        String answer = console.readLine("%s", question);
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }
}
