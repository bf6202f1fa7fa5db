package org.paperkg.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON readers' one Jackson mapper, made when a JSON file is first read: starting Jackson's data binding costs
 * about a quarter of a CPU-second, which a corpus of text files never needs to pay.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
