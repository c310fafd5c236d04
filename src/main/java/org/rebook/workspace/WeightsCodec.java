package org.rebook.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.rebook.model.LinkWeight;

/** Link weights as a JSON array, the form the evidence table stores them in. */
final class WeightsCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<LinkWeight>> TYPE = new TypeReference<>() { };

    private WeightsCodec() { }

    static String encode(List<LinkWeight> weights) {
        try {
            return weights.isEmpty() ? "" : JSON.writeValueAsString(weights);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<LinkWeight> decode(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            return JSON.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored link weights are not readable", e);
        }
    }
}
