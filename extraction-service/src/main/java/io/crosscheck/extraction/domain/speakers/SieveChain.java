package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.extraction.domain.QuoteSpan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The speaker sieves for direct quotes in their configured order (speakers/sieves.txt): the first sieve
 * with a reading decides, and the speaker it chooses records the sieve's name. Read once at start; a
 * name no sieve has fails then, not on the first article.
 */
public final class SieveChain {
    public static final String CONFIGURATION = "speakers/sieves.txt";

    /** Every sieve there is, by name. */
    private static final Map<String, SpeakerSieve> SIEVES = byName(List.of(new QuotedNameSieve(), new TrailingLabelSieve(),
            new AdjacentIntroducerSieve(), new FrontedIntroducerSieve(), new AsSomeonePutsItSieve(),
            new ReportingVerbInParseSieve(), new AccordingToSieve(), new FollowingSentenceSieve(), new GoverningActorSieve(),
            new NearestReportingVerbSieve(), new ColonIntroducerSieve(), new ParagraphContinuationSieve()));

    private final List<SpeakerSieve> sieves;

    private SieveChain(List<SpeakerSieve> sieves) {
        this.sieves = List.copyOf(sieves);
    }

    private static Map<String, SpeakerSieve> byName(List<SpeakerSieve> sieves) {
        Map<String, SpeakerSieve> map = new LinkedHashMap<>();
        sieves.forEach(s -> map.put(s.name(), s));
        return map;
    }

    /** The chain speakers/sieves.txt configures. */
    public static SieveChain configured() {
        return fromResource(CONFIGURATION);
    }

    /** The chain a resource lists, one sieve name a line, '#' starting a comment. */
    public static SieveChain fromResource(String resource) {
        InputStream in = SieveChain.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing speaker sieve configuration " + resource);
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNumber++;
                String name = line.replaceFirst("#.*", "").strip();
                if (!name.isEmpty()) {
                    requireKnown(name, resource + " line " + lineNumber);
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return of(names);
    }

    /** The chain of the named sieves in the given order. */
    public static SieveChain of(List<String> names) {
        List<SpeakerSieve> sieves = new ArrayList<>();
        for (String name : names) {
            requireKnown(name, "speaker sieve list " + names);
            if (sieves.contains(SIEVES.get(name))) {
                throw new IllegalStateException("speaker sieve " + name + " is listed twice in " + names);
            }
            sieves.add(SIEVES.get(name));
        }
        return new SieveChain(sieves);
    }

    private static void requireKnown(String name, String where) {
        if (!SIEVES.containsKey(name)) {
            throw new IllegalStateException("unknown speaker sieve '" + name + "' in " + where + "; known sieves: "
                    + String.join(", ", SIEVES.keySet()));
        }
    }

    /** The sieve names in the order they run. */
    public List<String> names() {
        return sieves.stream().map(SpeakerSieve::name).toList();
    }

    /**
     * The first reading of the quote's speaker, with the deciding sieve's name on the speaker; null when a
     * sieve reads the quote as nobody's words or none has a reading.
     */
    public Attribution attribute(QuoteSpan quote, SpeakerContext context) {
        for (SpeakerSieve sieve : sieves) {
            Attribution found = sieve.attribute(quote, context);
            if (found != null) {
                return found.namesNobody() ? null
                        : new Attribution(found.speaker().toBuilder().setSieve(sieve.name()).build(), found.cue());
            }
        }
        return null;
    }
}
