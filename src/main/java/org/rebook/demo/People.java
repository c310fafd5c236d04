package org.rebook.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Names, languages and phone prefixes of the nationalities a Portuguese rental desk serves. */
final class People {
    private record Nationality(String language, String phonePrefix, List<String> first, List<String> last) { }

    private static final List<Nationality> NATIONALITIES = List.of(
            new Nationality("pt", "+351 9", List.of("João", "Conceição", "Inês", "Gonçalo", "Maria", "António", "Beatriz", "Tomás", "Leonor", "Rui"),
                    List.of("Gonçalves", "Silva", "Conceição", "Simões", "Magalhães", "Araújo", "Pereira", "Lopes", "Fonseca", "Brandão")),
            new Nationality("es", "+34 6", List.of("José", "Lucía", "Álvaro", "Begoña", "Íñigo", "María", "Sofía", "Martín", "Nuria", "Raúl"),
                    List.of("Núñez", "García", "Muñoz", "Peña", "Fernández", "Ibáñez", "López", "Gómez", "Sánchez", "Castaño")),
            new Nationality("fr", "+33 6", List.of("François", "Hélène", "Zoé", "Jérôme", "Amélie", "Benoît", "Chloé", "Étienne", "Léa", "Noël"),
                    List.of("Lefèvre", "Dubois", "Moreau", "Girard", "Bézier", "Lemaître", "Fabre", "Garçon", "Roux", "Mercier")),
            new Nationality("de", "+49 15", List.of("Jürgen", "Günter", "Lena", "Jörg", "Anna", "Björn", "Käthe", "Lukas", "Sören", "Mia"),
                    List.of("Müller", "Schäfer", "Größ", "Köhler", "Weiß", "Hoffmann", "Schröder", "Becker", "Krüger", "Vogel")),
            new Nationality("it", "+39 3", List.of("Niccolò", "Giulia", "Lorenzo", "Chiara", "Nicolò", "Francesca", "Matteo", "Sara", "Luca", "Elena"),
                    List.of("Rossi", "Bianchi", "D'Angelo", "Ricci", "Esposito", "Colombo", "Romano", "Galli", "Conti", "De Luca")),
            new Nationality("en", "+44 7", List.of("Oliver", "Emily", "James", "Charlotte", "Harry", "Amelia", "George", "Isla", "Jack", "Sophie"),
                    List.of("Smith", "Jones", "Taylor", "Brown", "O'Connor", "Wilson", "Evans", "Thomas", "Roberts", "Walker")),
            new Nationality("en", "+1 415", List.of("Robert", "Jennifer", "Michael", "Ashley", "William", "Jessica", "David", "Emily", "Christopher", "Sarah"),
                    List.of("Johnson", "Williams", "Miller", "Davis", "Martinez", "Anderson", "Jackson", "White", "Harris", "Clark")),
            new Nationality("pl", "+48 5", List.of("Łukasz", "Małgorzata", "Paweł", "Zofia", "Wojciech", "Agnieszka", "Michał", "Katarzyna", "Jakub", "Ewa"),
                    List.of("Wójcik", "Kowalczyk", "Nowak", "Wiśniewski", "Lewandowski", "Zieliński", "Szymański", "Dąbrowski", "Kamiński", "Woźniak")),
            new Nationality("sv", "+46 7", List.of("Åsa", "Björn", "Märta", "Göran", "Linnéa", "Sven", "Ingrid", "Oskar", "Elin", "Måns"),
                    List.of("Björk", "Åkesson", "Lindström", "Öberg", "Ekström", "Johansson", "Nyström", "Sjöberg", "Håkansson", "Berg")),
            new Nationality("pt", "+55 11", List.of("Thiago", "Luíza", "Caio", "Letícia", "Vinícius", "Júlia", "Mateus", "Lívia", "Davi", "Cecília"),
                    List.of("Oliveira", "Souza", "Carvalho", "Ribeiro", "Assunção", "Barbosa", "Cavalcanti", "Teixeira", "Mendonça", "Sá")));

    private static final List<String> DOMAINS = List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com",
            "gmx.de", "orange.fr", "sapo.pt", "libero.it", "wp.pl", "hotmail.com", "proton.me", "web.de");

    private People() { }

    static Customer newCustomer(Random random, int serial) {
        Nationality n = NATIONALITIES.get(random.nextInt(NATIONALITIES.size()));
        String first = pick(random, n.first());
        String last = pick(random, n.last());
        String localPart = switch (random.nextInt(4)) {
            case 0 -> ascii(first) + "." + ascii(last);
            case 1 -> ascii(first).charAt(0) + ascii(last);
            case 2 -> ascii(first) + ascii(last) + (random.nextInt(90) + 10);
            default -> ascii(last) + "." + ascii(first);
        };
        String email = localPart + (serial % 7 == 0 ? serial : "") + "@" + pick(random, DOMAINS);
        StringBuilder phone = new StringBuilder(n.phonePrefix());
        while (phone.toString().replaceAll("\\D", "").length() < 11) phone.append(random.nextInt(10));
        return new Customer(first, last, email, phone.toString(), n.language());
    }

    /** How names arrive mangled in other systems: accents lost, shortened, last name first. */
    static String variant(Random random, Customer c) {
        return switch (random.nextInt(4)) {
            case 0 -> stripAccents(c.firstName()) + " " + stripAccents(c.lastName());
            case 1 -> c.lastName().toUpperCase(Locale.ROOT) + " " + c.firstName();
            case 2 -> c.firstName().charAt(0) + ". " + c.lastName();
            default -> c.fullName();
        };
    }

    private static final java.util.Map<String, String> NICKNAMES = java.util.Map.ofEntries(
            java.util.Map.entry("Robert", "Bob"), java.util.Map.entry("Michael", "Mike"), java.util.Map.entry("William", "Bill"),
            java.util.Map.entry("Jennifer", "Jenny"), java.util.Map.entry("Christopher", "Chris"), java.util.Map.entry("David", "Dave"),
            java.util.Map.entry("James", "Jim"), java.util.Map.entry("Jessica", "Jess"), java.util.Map.entry("Oliver", "Ollie"),
            java.util.Map.entry("Charlotte", "Lottie"), java.util.Map.entry("Katarzyna", "Kasia"), java.util.Map.entry("Małgorzata", "Gosia"),
            java.util.Map.entry("Wojciech", "Wojtek"), java.util.Map.entry("Jakub", "Kuba"), java.util.Map.entry("Zofia", "Zosia"),
            java.util.Map.entry("José", "Pepe"), java.util.Map.entry("Beatriz", "Bia"), java.util.Map.entry("Lorenzo", "Enzo"),
            java.util.Map.entry("António", "Toni"));

    /** The name as typed at a card terminal or checkout: variants, nicknames and typos, as often as noise says. */
    static String typedName(Random random, Customer c, Noise noise) {
        int roll = random.nextInt(100);
        if (roll < noise.nickname() && NICKNAMES.containsKey(c.firstName())) return NICKNAMES.get(c.firstName()) + " " + c.lastName();
        if (roll < noise.nickname() + noise.nameTypo()) return c.firstName() + " " + typo(random, c.lastName());
        return variant(random, c);
    }

    /** One slip of the keyboard: two neighbours swapped or a letter dropped. */
    static String typo(Random random, String word) {
        if (word.length() < 4) return word;
        int i = 1 + random.nextInt(word.length() - 2);
        if (random.nextBoolean()) return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
        return word.substring(0, i) + word.substring(i + 1);
    }

    static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace("ł", "l").replace("Ł", "L");
    }

    static String ascii(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ł", "l").replace("Ł", "L").replace("ß", "ss");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
