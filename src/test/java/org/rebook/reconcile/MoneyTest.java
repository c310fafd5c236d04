package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final List<String> AMOUNTS = List.of("0", "0.00", "49", "49.00", "49.0000", "49.01", "-49.01",
            "120.50", "120.5", "0.0001", "0.00005", "1234567.8901", "99999999999999.9999", "1E+20", "-1E+20", "3E-9");

    @Test
    void comparesAmountsExactlyAsTheirDecimalsWhateverTheirScale() {
        for (String a : AMOUNTS) {
            for (String b : AMOUNTS) {
                BigDecimal x = new BigDecimal(a);
                BigDecimal y = new BigDecimal(b);
                long ux = Money.units(x);
                long uy = Money.units(y);
                assertThat(Money.same(ux, x, uy, y)).as("%s = %s", a, b).isEqualTo(x.compareTo(y) == 0);
                assertThat(Money.atLeast(ux, x, uy, y)).as("%s >= %s", a, b).isEqualTo(x.compareTo(y) >= 0);
                for (String t : AMOUNTS) {
                    BigDecimal z = new BigDecimal(t);
                    assertThat(Money.sumIs(ux, x, uy, y, Money.units(z), z)).as("%s + %s = %s", a, b, t)
                            .isEqualTo(x.add(y).compareTo(z) == 0);
                }
            }
        }
    }

    @Test
    void amountsWithFinerDigitsOrBeyondAnyPriceHaveNoUnits() {
        assertThat(Money.units(new BigDecimal("0.00005"))).isEqualTo(Money.NONE);
        assertThat(Money.units(new BigDecimal("1E+20"))).isEqualTo(Money.NONE);
        assertThat(Money.units(null)).isEqualTo(Money.NONE);
        assertThat(Money.units(new BigDecimal("49.5"))).isEqualTo(495_000L);
        assertThat(Money.plus(Money.NONE, 1)).isEqualTo(Money.NONE);
        assertThat(Money.plus(Long.MAX_VALUE - 1, 2)).as("a sum past the long range").isEqualTo(Money.NONE);
        assertThat(Money.plus(-Long.MAX_VALUE, -1)).as("a sum landing on the marker").isEqualTo(Money.NONE);
    }
}
