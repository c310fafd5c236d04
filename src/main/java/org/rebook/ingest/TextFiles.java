package org.rebook.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes text files the way they arrive: UTF-8 (with or without BOM), else Windows-1252. */
public final class TextFiles {
    private TextFiles() { }

    public static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            // Spreadsheet tools on Windows save CSV as cp1252; it decodes every byte, so nothing is lost.
            return new String(bytes, offset, bytes.length - offset, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
