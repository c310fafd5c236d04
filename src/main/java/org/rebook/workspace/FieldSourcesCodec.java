package org.rebook.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import org.rebook.model.FieldSource;
import org.rebook.model.Source;

/**
 * A reservation's field sources as one JSON array in its own row: {@code [{"field":…,"value":…,"record":…,
 * "staff":…}]}, by field. One row per field was two thirds of every row a reconcile wrote (960 000 at 100k
 * reservations) and they are only ever read with their reservation. The record's source and id are not stored:
 * the reader knows them from the record id.
 */
final class FieldSourcesCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<Stored>> TYPE = new TypeReference<>() { };

    /** What is stored of one field source. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stored(String field, String value, long record, String staff) { }

    /** A stored record id's source and native id. */
    record RecordName(Source source, String nativeId) { }

    private FieldSourcesCodec() { }

    static String encode(List<FieldSource> fields) {
        List<Stored> out = new ArrayList<>(fields.size());
        for (FieldSource f : fields) out.add(new Stored(f.field(), f.value(), f.recordId(), f.staffEdit()));
        out.sort(Comparator.comparing(Stored::field));
        try {
            return out.isEmpty() ? "" : JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@link #encode}'s text, naming each record through {@code names}. */
    static List<FieldSource> decode(String json, LongFunction<RecordName> names) {
        if (json == null || json.isBlank()) return List.of();
        List<Stored> stored;
        try {
            stored = JSON.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored field sources are not readable", e);
        }
        List<FieldSource> out = new ArrayList<>(stored.size());
        for (Stored s : stored) {
            RecordName name = names.apply(s.record());
            out.add(new FieldSource(s.field(), s.value(), s.record(), name == null ? null : name.source(),
                    name == null ? null : name.nativeId(), s.staff()));
        }
        return out;
    }
}
