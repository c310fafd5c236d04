package org.rebook.ingest.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IcsBlocksTest {
    @Test
    void eventsKeepTheirFirstLineAndRawTextWhateverTheLineEndings() {
        String ics = "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Airport desk\r\nBEGIN:VEVENT\r\nUID:a\nSUMMARY:Pickup\r\n"
                + "END:VEVENT\r\n  begin:vevent \nUID:b\r\nEND:VEVENT\nEND:VCALENDAR\r\n";
        IcsBlocks blocks = new IcsBlocks(ics);
        assertThat(blocks.events).containsExactly(
                new IcsBlocks.Block("VEVENT", 3, "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Pickup\r\nEND:VEVENT\r\n"),
                new IcsBlocks.Block("VEVENT", 7, "  begin:vevent \r\nUID:b\r\nEND:VEVENT\r\n"));
        assertThat(blocks.calendarProperty("X-WR-CALNAME")).isEqualTo("Airport desk");
    }

    /** Random calendars, broken ones included, split exactly as the version that split lines with a pattern did. */
    @Test
    void splitsEveryCalendarAsSplittingLinesWithAPatternDid() {
        String[] lines = {"BEGIN:VEVENT", "END:VEVENT", "begin:vtimezone", " END:VTIMEZONE ", "BEGIN:VALARM", "END:VALARM",
                "BEGIN:VCALENDAR", "END:VCALENDAR", "end:vcalendar", "UID:x", "SUMMARY:Booking Bob", " beginning", "",
                "\t", "X-WR-CALNAME:Desk", "Eend:", "\u2003BEGIN:VEVENT", "BEGİN:VEVENT", "beg\u0131n:vevent", "E\r"};
        String[] endings = {"\n", "\r\n", "\r\r\n", "\r"};
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(14);
            for (int i = 0; i < count; i++) {
                text.append(lines[random.nextInt(lines.length)]).append(endings[random.nextInt(endings.length)]);
            }
            if (random.nextBoolean()) text.append(lines[random.nextInt(lines.length)]);
            String t = text.toString();
            IcsBlocks blocks = new IcsBlocks(t);
            Reference expected = new Reference(t);
            assertThat(blocks.events).as(t).isEqualTo(expected.events);
            assertThat(blocks.timezones).as(t).isEqualTo(expected.timezones);
            assertThat(blocks.calendarProperties).as(t).isEqualTo(expected.calendarProperties);
        }
    }

    /** The splitting before: lines by {@code \r?\n}, every line stripped and upper-cased. */
    private static final class Reference {
        final List<IcsBlocks.Block> events = new ArrayList<>();
        final List<IcsBlocks.Block> timezones = new ArrayList<>();
        final List<String> calendarProperties = new ArrayList<>();

        Reference(String text) {
            String[] lines = text.split("\r?\n", -1);
            StringBuilder current = null;
            String currentName = null;
            int depth = 0;
            int start = 0;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String upper = line.strip().toUpperCase(Locale.ROOT);
                if (upper.startsWith("BEGIN:")) {
                    String name = upper.substring(6).strip();
                    if (name.equals("VCALENDAR")) continue;
                    if (depth == 0) {
                        current = new StringBuilder();
                        currentName = name;
                        start = i + 1;
                    }
                    depth++;
                }
                if (current != null) {
                    current.append(line).append("\r\n");
                } else if (!line.isBlank() && !upper.startsWith("END:VCALENDAR")) {
                    calendarProperties.add(line);
                }
                if (upper.startsWith("END:") && depth > 0 && !upper.equals("END:VCALENDAR")) {
                    depth--;
                    if (depth == 0 && current != null) {
                        IcsBlocks.Block block = new IcsBlocks.Block(currentName, start, current.toString());
                        if (currentName.equals("VEVENT")) events.add(block);
                        if (currentName.equals("VTIMEZONE")) timezones.add(block);
                        current = null;
                    }
                }
            }
            if (current != null && "VEVENT".equals(currentName)) events.add(new IcsBlocks.Block(currentName, start, current.toString()));
        }
    }
}
