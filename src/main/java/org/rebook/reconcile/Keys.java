package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rebook.extract.Text;

/** Normalised comparison keys: how two spellings of the same email, phone or name become equal. */
final class Keys {
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("mr", "mrs", "ms", "dr", "sr", "sra", "de",
            "da", "do", "dos", "das", "del", "van", "von", "der", "la", "le", "di");

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
        String d = NOT_DIGIT.matcher(phone).replaceAll("");
        if (d.length() < 8) return null;
        return d.length() > 9 ? d.substring(d.length() - 9) : d;
    }

    /** Name words, folded, in written order; initials ("O.") kept as one letter, particles dropped. */
    static List<String> nameTokensWithInitials(String name) {
        if (name == null) return List.of();
        // What replacing [^a-z' -] by spaces, splitting at [\s-]+ and dropping apostrophes gave, in one pass:
        // words are the runs of a-z and apostrophes, apostrophes dropped; anything else ends a word.
        String folded = Text.fold(name);
        List<String> out = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z') {
                word.append(c);
            } else if (c != '\'') {
                if (!word.isEmpty()) {
                    String token = word.toString();
                    if (!PARTICLES.contains(token)) out.add(token);
                    word.setLength(0);
                }
            }
        }
        return out;
    }

    /** A word names drop ("de", "van", "mr"): {@link #nameTokensWithInitials} leaves it out. */
    static boolean isParticle(String word) { return PARTICLES.contains(word); }

    /** Full name words, nicknames expanded ("bob" → "robert"), sorted: "Silva, María" = "Maria Silva". */
    static List<String> nameTokens(String name) {
        return nameTokens(nameTokensWithInitials(name));
    }

    /** {@link #nameTokens(String)} from the name's {@link #nameTokensWithInitials}, when those are at hand. */
    static List<String> nameTokens(List<String> withInitials) {
        List<String> out = new ArrayList<>();
        for (String t : withInitials) if (t.length() > 1) out.add(Nicknames.full(t));
        Collections.sort(out);
        return out;
    }

    static String nameKey(String name) {
        List<String> tokens = nameTokens(name);
        return tokens.isEmpty() ? null : String.join(" ", tokens);
    }

    /** Letters and digits only, folded: "VW Polo" = "vw-polo", "AB-12-CD" = "ab 12 cd". */
    static String folded(String text) {
        if (text == null) return null;
        // ASCII text (nearly all) in one pass: what folding then dropping all but [a-z0-9] leaves.
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length() && ascii != null; i++) {
            char c = text.charAt(i);
            if (c >= 128) ascii = null;
            else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') ascii.append(c);
            else if (c >= 'A' && c <= 'Z') ascii.append((char) (c + ('a' - 'A')));
        }
        String f = ascii != null ? ascii.toString() : NOT_ALNUM.matcher(Text.fold(text)).replaceAll("");
        return f.isEmpty() ? null : f;
    }

    static String reference(String ref) {
        return ref == null || ref.isBlank() ? null : ref.toUpperCase(Locale.ROOT);
    }
}
