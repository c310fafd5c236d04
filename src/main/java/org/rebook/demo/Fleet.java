package org.rebook.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/** The demo business's cars, their day rates, and its branches. */
final class Fleet {
    record Car(String model, String plate, BigDecimal dayRate) { }

    static final List<String> BRANCHES = List.of("Lisbon Airport", "Lisbon Downtown – Av. da Liberdade 120",
            "Porto Campanhã Station", "Faro Airport");

    private static final String[][] MODELS = {
            {"Fiat 500", "39"}, {"Renault Clio", "42"}, {"VW Polo", "45"}, {"Peugeot 208", "45"},
            {"Seat Ibiza", "42"}, {"VW Golf", "55"}, {"Toyota Corolla Hybrid", "62"}, {"Nissan Qashqai", "69"},
            {"Peugeot 3008", "75"}, {"BMW X1", "95"}, {"Mercedes Vito 9-seater", "120"}, {"Tesla Model 3", "110"}};

    private Fleet() { }

    static List<Car> build(Random random, int size) {
        java.util.ArrayList<Car> cars = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            String[] m = MODELS[i % MODELS.length];
            String plate = String.format("%c%c-%02d-%c%c", letter(random), letter(random), random.nextInt(100),
                    letter(random), letter(random));
            cars.add(new Car(m[0], plate, new BigDecimal(m[1])));
        }
        return cars;
    }

    private static char letter(Random random) {
        return (char) ('A' + random.nextInt(26));
    }
}
