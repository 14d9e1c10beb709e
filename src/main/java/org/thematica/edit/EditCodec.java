package org.thematica.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Edits to and from the JSON kept in the history table. */
public final class EditCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Edit edit) {
        try {
            return mapper.writeValueAsString(edit);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + edit.getClass().getSimpleName(), e);
        }
    }

    public Edit read(String json) {
        try {
            return mapper.readValue(json, Edit.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the project history holds an edit this version cannot read: "
                    + e.getOriginalMessage(), e);
        }
    }
}
