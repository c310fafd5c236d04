package org.rebook.ingest.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.rebook.ingest.RecordSink;
import org.rebook.ingest.SourceFile;
import org.rebook.ingest.SourceReader;
import org.rebook.ingest.TextFiles;
import org.rebook.model.CalendarEntry;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;
import org.rebook.model.Source;

/**
 * Reads iCalendar files with ical4j. The whole file is parsed at once (fast); if that fails, each event is
 * parsed alone with the file's time zones so one broken event is quarantined and the others still import.
 */
public final class IcsReader implements SourceReader {
    static {
        // Outlook and Apple exports bend the RFC; read them like calendar apps do.
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
    }

    @Override
    public void read(SourceFile file, ZoneId businessZone, RecordSink sink) throws IOException {
        String text = TextFiles.decode(Files.readAllBytes(file.path()));
        IcsBlocks blocks = new IcsBlocks(text);
        String calendarName = blocks.calendarProperty("X-WR-CALNAME");
        if (calendarName == null) calendarName = file.displayName();
        VEventMapper mapper = new VEventMapper(businessZone, calendarName);

        List<VEvent> events = parseWhole(text);
        boolean aligned = events != null && events.size() == blocks.events.size();
        for (int i = 0; i < blocks.events.size(); i++) {
            IcsBlocks.Block block = blocks.events.get(i);
            String position = "line " + block.firstLine();
            try {
                VEvent event = aligned ? events.get(i) : parseAlone(block, blocks);
                CalendarEntry entry = mapper.map(event, block.text());
                sink.accept(new RawRecord(Source.CALENDAR, entry.nativeId(), entry.uid() == null,
                        file.at(position), block.text()), entry);
            } catch (ParserException | IOException | RuntimeException e) {
                sink.quarantine(new Quarantined(file.at(position), "calendar event cannot be read: " + describe(e),
                        block.text()));
            }
        }
    }

    private static List<VEvent> parseWhole(String text) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            return calendar.getComponents("VEVENT");
        } catch (ParserException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static VEvent parseAlone(IcsBlocks.Block block, IcsBlocks blocks) throws ParserException, IOException {
        StringBuilder one = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rebook//EN\r\n");
        for (IcsBlocks.Block tz : blocks.timezones) one.append(tz.text());
        one.append(block.text()).append("END:VCALENDAR\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(one.toString()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        if (events.size() != 1) throw new IOException("block holds " + events.size() + " events");
        return events.get(0);
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (e instanceof ParserException pe && pe.getLineNo() > 0) return m;
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
