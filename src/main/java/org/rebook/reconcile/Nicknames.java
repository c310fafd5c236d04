package org.rebook.reconcile;

import java.util.HashMap;
import java.util.Map;

/**
 * Common short forms of given names in the languages rental desks meet (folded: lowercase, no accents),
 * mapped to the full name, so "Bob Johnson" compares with "Robert Johnson" and "Kasia" with "Katarzyna".
 */
final class Nicknames {
    private static final Map<String, String> FULL = new HashMap<>();

    private static void add(String full, String... shorts) {
        for (String s : shorts) FULL.putIfAbsent(s, full);
    }

    static {
        // English
        add("robert", "bob", "bobby", "rob", "robbie", "bert");
        add("william", "bill", "billy", "will", "willy", "liam");
        add("michael", "mike", "mick", "mickey");
        add("james", "jim", "jimmy", "jamie");
        add("christopher", "chris", "kit");
        add("david", "dave", "davy");
        add("richard", "rick", "ricky", "dick", "rich");
        add("thomas", "tom", "tommy");
        add("anthony", "tony");
        add("andrew", "andy", "drew");
        add("daniel", "dan", "danny");
        add("matthew", "matt");
        add("joseph", "joe", "joey");
        add("steven", "steve");
        add("benjamin", "ben", "benny");
        add("nicholas", "nick", "nicky");
        add("henry", "harry", "hank");
        add("charles", "charlie", "chuck");
        add("oliver", "ollie");
        add("samuel", "sam", "sammy");
        add("alexander", "alex", "sandy");
        add("elizabeth", "liz", "lizzie", "beth", "betty", "eliza");
        add("jennifer", "jen", "jenny");
        add("jessica", "jess", "jessie");
        add("katherine", "kate", "katie", "kathy", "kat");
        add("margaret", "maggie", "meg", "peggy");
        add("patricia", "pat", "patty", "trish");
        add("rebecca", "becky", "becca");
        add("victoria", "vicky", "tori");
        add("charlotte", "lottie", "charlie");
        add("susan", "sue", "susie");
        // Polish
        add("katarzyna", "kasia", "kaska");
        add("malgorzata", "gosia", "malgosia");
        add("wojciech", "wojtek");
        add("jakub", "kuba");
        add("zofia", "zosia");
        add("aleksandra", "ola");
        add("barbara", "basia");
        add("tomasz", "tomek");
        add("bartlomiej", "bartek");
        add("lukasz", "lukas");
        // Spanish and Portuguese
        add("jose", "pepe", "ze");
        add("francisco", "paco", "pancho", "chico");
        add("ignacio", "nacho");
        add("dolores", "lola");
        add("enrique", "quique");
        add("joaquim", "quim");
        add("antonio", "toni", "to");
        add("beatriz", "bia", "bea");
        add("fernando", "nando");
        add("margarida", "guida");
        add("concepcion", "concha");
        // Italian, German, French
        add("giuseppe", "beppe", "peppe");
        add("luigi", "gigi");
        add("francesca", "franci", "checca");
        add("lorenzo", "enzo");
        add("alessandro", "sandro", "ale");
        add("johannes", "hans", "jo");
        add("josef", "sepp", "beppo");
        add("katharina", "kathi", "kati");
        add("stefanie", "steffi");
        add("emmanuel", "manu");
        add("nicolas", "nico");
        add("stephanie", "fanny", "steph");
    }

    private Nicknames() { }

    /** The full given name a short form stands for, or the word itself. */
    static String full(String word) {
        return FULL.getOrDefault(word, word);
    }
}
