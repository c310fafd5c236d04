package org.rebook.reconcile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rebook.extract.Text;

/** Normalised comparison keys: how two spellings of the same email, phone or name become equal. */
final class Keys {
    private Keys() { }

    static String email(String email) {
        if (email == null || email.isBlank()) return null;
        String e = email.strip().toLowerCase(Locale.ROOT);
        int plus = e.indexOf('+');
        int at = e.indexOf('@');
        if (plus > 0 && plus < at) e = e.substring(0, plus) + e.substring(at); // maria+cars@x == maria@x
        return e;
    }

    /** Last nine digits: the same number with and without country code or leading zero compares equal. */
    static String phone(String phone) {
        if (phone == null) return null;
        String d = phone.replaceAll("\\D", "");
        if (d.length() < 8) return null;
        return d.length() > 9 ? d.substring(d.length() - 9) : d;
    }

    /** Name tokens, folded, sorted: "Silva, María" and "Maria Silva" give the same list. */
    static List<String> nameTokens(String name) {
        if (name == null) return List.of();
        return Arrays.stream(Text.fold(name).replaceAll("[^a-z' -]", " ").split("[\\s-]+"))
                .map(t -> t.replace("'", "")).filter(t -> t.length() > 1)
                .filter(t -> !t.matches("(mr|mrs|ms|dr|sr|sra|de|da|do|dos|das|del|van|von|der|la|le|di)"))
                .sorted().collect(Collectors.toList());
    }

    /** Initials written as "O." or "J-P" keep their first letter: "O. Nyström" → [o, nystrom]. */
    static List<String> nameTokensWithInitials(String name) {
        if (name == null) return List.of();
        return Arrays.stream(Text.fold(name).replaceAll("[^a-z' -]", " ").split("[\\s-]+"))
                .map(t -> t.replace("'", "")).filter(t -> !t.isEmpty())
                .filter(t -> !t.matches("(mr|mrs|ms|dr|sr|sra|de|da|do|dos|das|del|van|von|der|la|le|di)"))
                .collect(Collectors.toList());
    }

    static String nameKey(String name) {
        List<String> tokens = nameTokens(name);
        return tokens.isEmpty() ? null : String.join(" ", tokens);
    }

    static String reference(String ref) {
        return ref == null || ref.isBlank() ? null : ref.toUpperCase(Locale.ROOT);
    }
}
