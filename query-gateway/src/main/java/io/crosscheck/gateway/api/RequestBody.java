package io.crosscheck.gateway.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request body's bytes as text, in the charset its Content-Type declares (UTF-8 when it declares none). Bytes that are
 * not valid in that charset are refused with where they are, never replaced; a charset the gateway does not read is 415.
 */
final class RequestBody {
    /** The charsets the gateway reads, by the lower-case names a client may declare. */
    private static final Map<String, Charset> CHARSETS = new TreeMap<>(Map.of(
            "utf-8", StandardCharsets.UTF_8, "utf8", StandardCharsets.UTF_8,
            "us-ascii", StandardCharsets.US_ASCII,
            "iso-8859-1", StandardCharsets.ISO_8859_1, "latin1", StandardCharsets.ISO_8859_1,
            "windows-1252", Charset.forName("windows-1252"), "cp1252", Charset.forName("windows-1252"),
            "utf-16", StandardCharsets.UTF_16, "utf-16le", StandardCharsets.UTF_16LE, "utf-16be", StandardCharsets.UTF_16BE));

    private RequestBody() {
    }

    /** The body as text ("" for none), a leading byte order mark dropped. */
    static String text(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return "";
        }
        Charset charset = charset(contentType);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil(body.length * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw ProblemException.badRequest("body", "the body is not valid " + charset.name() + ": "
                    + (result.isMalformed() ? "a malformed" : "an unmappable") + " sequence of " + result.length()
                    + " byte(s) at byte offset " + in.position() + " (declare the charset the body is written in: "
                    + "Content-Type: ...; charset=" + String.join("|", supported()) + ")");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The declared charset; UTF-8 when none is declared. */
    static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String name = p.substring(eq + 1).strip();
                if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                Charset charset = CHARSETS.get(name.toLowerCase(Locale.ROOT));
                if (charset == null) {
                    throw new ProblemException(415, "Unsupported Media Type", "the charset '" + RequestParams.abbreviate(name)
                            + "' is not supported; declare one of " + String.join(", ", supported()) + " (or none, for "
                            + "UTF-8)", "Content-Type");
                }
                return charset;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static java.util.List<String> supported() {
        return java.util.List.of("UTF-8", "US-ASCII", "ISO-8859-1", "windows-1252", "UTF-16", "UTF-16LE", "UTF-16BE");
    }
}
