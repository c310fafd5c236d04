package org.rebook.ingest.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultComponentFactorySupplier;
import net.fortuna.ical4j.data.DefaultParameterFactorySupplier;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.rebook.ingest.InOrderPipeline;
import org.rebook.ingest.Read;
import org.rebook.ingest.RecordSink;
import org.rebook.ingest.SourceFile;
import org.rebook.ingest.SourceReader;
import org.rebook.ingest.TextFiles;
import org.rebook.model.CalendarEntry;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;
import org.rebook.model.Source;

/**
 * Reads iCalendar files with ical4j, a few hundred events at a time with the file's time zones, so the records
 * of some parts are stored while the next are parsed and a large calendar never sits in memory as one object tree.
 * If a part fails to parse, each of its events is parsed alone, so one broken event is quarantined and the
 * others still import.
 */
public final class IcsReader implements SourceReader {
    /** Events parsed in one go: enough that ical4j's set-up per part is lost in the noise. */
    public static final int PART = 500;

    static {
        // Outlook and Apple exports bend the RFC; read them like calendar apps do.
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
    }

    /** The properties every event has, in the order exports write them. */
    static final List<String> EVENT_PROPERTIES = List.of("DTSTART", "DTEND", "DTSTAMP", "UID", "SUMMARY",
            "DESCRIPTION", "LOCATION", "STATUS", "SEQUENCE", "CREATED", "LAST-MODIFIED", "ORGANIZER", "ATTENDEE", "TRANSP");

    /**
     * ical4j's parameter, property and component factories, made once. By default its parser makes a new list of
     * every property factory (some sixty objects) for each property it reads: a seventh of the CPU parsing a large
     * calendar took. The factories hold no state.
     */
    private static final ContentHandlerContext FACTORIES = new ContentHandlerContext()
            .withParameterFactorySupplier(once(new DefaultParameterFactorySupplier().get()))
            .withPropertyFactorySupplier(once(eventPropertiesFirst(new DefaultPropertyFactorySupplier().get())))
            .withComponentFactorySupplier(once(new DefaultComponentFactorySupplier().get()));

    /**
     * The factories with those of {@link #EVENT_PROPERTIES} first. ical4j asks each factory in turn whether it
     * makes a property of that name and takes the first that does; each name has one factory, so the order changes
     * nothing but how many are asked: about thirty for every property of a Google export in the default order.
     */
    static List<PropertyFactory<?>> eventPropertiesFirst(List<? extends PropertyFactory<?>> factories) {
        List<PropertyFactory<?>> rest = new ArrayList<>(factories);
        List<PropertyFactory<?>> first = new ArrayList<>();
        for (String name : EVENT_PROPERTIES) {
            for (java.util.Iterator<PropertyFactory<?>> it = rest.iterator(); it.hasNext(); ) {
                PropertyFactory<?> f = it.next();
                if (f.supports(name)) {
                    first.add(f);
                    it.remove();
                    break;
                }
            }
        }
        first.addAll(rest);
        return first;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> java.util.function.Supplier<List<T>> once(List<?> made) {
        List<T> kept = (List<T>) List.copyOf((List) made);
        return () -> kept;
    }

    @Override
    public void read(SourceFile file, ZoneId businessZone, RecordSink sink) throws IOException {
        String text = TextFiles.decode(Files.readAllBytes(file.path()));
        IcsBlocks blocks = new IcsBlocks(text);
        String calendarName = blocks.calendarProperty("X-WR-CALNAME");
        if (calendarName == null) calendarName = file.displayName();
        VEventMapper mapper = new VEventMapper(businessZone, calendarName);

        // Parts are parsed on every core while this thread hands the parsed ones over in file order: ical4j's
        // parsing is most of the reader's time, and handing records over and storing them leave a core free for it.
        try (InOrderPipeline<List<IcsBlocks.Block>, List<Read>> pipeline = new InOrderPipeline<>(
                part -> read(part, blocks, mapper, file, sink), read -> read.forEach(r -> r.to(sink)),
                InOrderPipeline.PIECES_AHEAD)) {
            for (int from = 0; from < blocks.events.size(); from += PART) {
                pipeline.submit(blocks.events.subList(from, Math.min(from + PART, blocks.events.size())));
            }
            pipeline.finish();
        }
    }

    /** On a worker thread: the part's events parsed, and readied for the sink. */
    private static List<Read> read(List<IcsBlocks.Block> part, IcsBlocks blocks, VEventMapper mapper, SourceFile file,
                                   RecordSink sink) {
        List<VEvent> events = parseTogether(part, blocks);
        List<Read> out = new ArrayList<>(part.size());
        for (int i = 0; i < part.size(); i++) {
            IcsBlocks.Block block = part.get(i);
            String position = "line " + block.firstLine();
            try {
                VEvent event = events != null ? events.get(i) : parseAlone(block, blocks);
                CalendarEntry entry = mapper.map(event, block.text());
                out.add(sink.ahead(Read.of(new RawRecord(Source.CALENDAR, entry.nativeId(), entry.uid() == null,
                        file.at(position), block.text()), entry)));
            } catch (ParserException | IOException | RuntimeException e) {
                out.add(Read.bad(new Quarantined(file.at(position), "calendar event cannot be read: " + describe(e),
                        block.text())));
            }
        }
        return out;
    }

    /** The events of {@code part} in order, or null if they do not parse as one calendar event for event. */
    private static List<VEvent> parseTogether(List<IcsBlocks.Block> part, IcsBlocks blocks) {
        try {
            List<VEvent> events = parse(part, blocks);
            return events.size() == part.size() ? events : null;
        } catch (ParserException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static VEvent parseAlone(IcsBlocks.Block block, IcsBlocks blocks) throws ParserException, IOException {
        List<VEvent> events = parse(List.of(block), blocks);
        if (events.size() != 1) throw new IOException("block holds " + events.size() + " events");
        return events.get(0);
    }

    /**
     * {@code part} as a calendar of its own with the file's time zones. Not the file's own calendar properties:
     * events do not depend on them, and one malformed property would otherwise fail every part.
     */
    private static List<VEvent> parse(List<IcsBlocks.Block> part, IcsBlocks blocks) throws ParserException, IOException {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rebook//EN\r\n");
        for (IcsBlocks.Block tz : blocks.timezones) text.append(tz.text());
        for (IcsBlocks.Block event : part) text.append(event.text());
        text.append("END:VCALENDAR\r\n");
        Calendar calendar = new CalendarBuilder(CalendarParserFactory.getInstance().get(), FACTORIES,
                TimeZoneRegistryFactory.getInstance().createRegistry()).build(new StringReader(text.toString()));
        return calendar.getComponents("VEVENT");
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (e instanceof ParserException pe && pe.getLineNo() > 0) return m;
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
