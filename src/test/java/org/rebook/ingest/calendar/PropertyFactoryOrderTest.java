package org.rebook.ingest.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyFactory;
import org.junit.jupiter.api.Test;

class PropertyFactoryOrderTest {
    private final List<PropertyFactory<?>> defaults = List.copyOf(new DefaultPropertyFactorySupplier().get());
    private final List<PropertyFactory<?>> reordered = IcsReader.eventPropertiesFirst(defaults);

    @Test
    void everyPropertyNameIsMadeByTheSameFactoryAsInTheDefaultOrder() throws IllegalAccessException {
        List<String> names = new ArrayList<>(IcsReader.EVENT_PROPERTIES);
        for (Field f : Property.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) names.add((String) f.get(null));
        }
        names.addAll(List.of("X-WR-CALNAME", "X-GOOGLE-CONFERENCE", "dtstart", "Summary"));

        assertThat(names).hasSizeGreaterThan(40);
        for (String name : names) assertThat(firstMaking(reordered, name)).as(name).isSameAs(firstMaking(defaults, name));
    }

    @Test
    void keepsEveryFactoryOnceAndPutsTheEventsOwnFirst() {
        assertThat(reordered).containsExactlyInAnyOrderElementsOf(defaults);
        for (int i = 0; i < IcsReader.EVENT_PROPERTIES.size(); i++) {
            assertThat(reordered.get(i).supports(IcsReader.EVENT_PROPERTIES.get(i))).as(IcsReader.EVENT_PROPERTIES.get(i)).isTrue();
        }
    }

    private static PropertyFactory<?> firstMaking(List<PropertyFactory<?>> factories, String name) {
        return factories.stream().filter(f -> f.supports(name)).findFirst().orElse(null);
    }
}
