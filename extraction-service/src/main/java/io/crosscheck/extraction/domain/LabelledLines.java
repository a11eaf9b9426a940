package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.speakers.SpeakerWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines whose speaker is a label: interview transcripts ("PENCE: Well, look, …"), vox-pop lists
 * ("Ana Ruiz ― “The council ignored us …”", "“The ferries must run …”― Carla Ruiz.") and headlines in the
 * news convention "Source: what they said" ("Maren: Ferries Will Run by May", "Harbour Board: …",
 * "Poll: Voters Back the Bridge", "Maren on the Flood: …"). The label must name a person the article
 * knows (or NER tags as one) — in a headline also an organisation or a document such as a poll —, so
 * datelines ("VELMORA — Part of the bridge …") and headings ("UPDATE: …", "The Latest: …") are not
 * mistaken for speakers.
 */
final class LabelledLines {
    /**
     * The readings recorded as the speaker's sieve (Speaker.sieve): these lines are read before the quote
     * sieve chain (speakers/sieves.txt), whose quotes within them are left to them.
     */
    static final String LABELLED_LINE = "labelled-line";
    static final String SIGNED_LINE = "signed-line";
    static final String HEADLINE_SOURCE = "headline-source";
    /** A label: the speaker's name, optionally their outlet or role after a comma ("Ana Ruiz, The Courier:", "Ana Ruiz, author:"). */
    private static final Pattern LABEL = Pattern.compile(
            "(?m)^\\h*[\"“]?(\\p{Lu}[\\p{L}.'’ -]{1,48}?)(?:\\h*,\\h*\\p{L}[\\p{L}.'’& -]{1,48}?)?\\h*(:|―|—|–)\\h+(\\S.*)$");
    /** A transcript speaker label: capitals only ("PENCE", "WALLACE"). */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}.'’ -]*");
    /** The label after the words: "“…quote…”― Pamela Padilla." */
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "(?m)^\\h*([“”\"«])(.+?)([”\"»])\\h*(―|—|–)\\h*(\\p{Lu}[\\p{L}.'’ -]{1,48}?)\\.?\\h*$");
    /** "Ariana Huichapa", "Nell Carden Grey": two to four capitalised words. */
    private static final Pattern NAME_SHAPED = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}.'’-]*){1,3}");
    private static final int MIN_CONTENT_WORDS = 3;
    /** The end of a spoken turn: a sentence's final mark, perhaps inside closing quote marks or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!…][\\p{Pf}\\p{Pe}\"']*\\h*$");

    /** "Maren on the Flood": the person a headline label names before the topic it is about. */
    private static final Pattern ON_TOPIC = Pattern.compile("(.+?) on .+");

    /**
     * A labelled line: who speaks, the words spoken (quote marks around them trimmed) and the label's mark.
     * Verbatim lines are quotes; a headline's unquoted words are the outlet's summary of what was said.
     */
    record Line(Speaker speaker, int contentStart, int contentEnd, int markStart, int markEnd, boolean verbatim) {
    }

    /**
     * Whether capitalised labels take turns as in a transcript: at least two speakers, one of them speaking again, and
     * never the same label twice in a row (a speaker who goes on does so without a new label). Section headings
     * ("ENERGY:", "CURRENCIES:" in a markets report) each head one section, so none comes back; links a page repeats
     * ("WATCH:", "READ MORE:") come back, but with titles, not sentences, and are not counted as turns.
     */
    private static boolean takesTurns(java.util.Map<String, Integer> capitalLabels, List<String> labelOrder) {
        if (capitalLabels.size() < 2 || capitalLabels.values().stream().noneMatch(turns -> turns >= 2)) {
            return false;
        }
        for (int i = 1; i < labelOrder.size(); i++) {
            if (labelOrder.get(i).equals(labelOrder.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lines that point to other pages: a capitalised label and a title that does not end as a sentence ("READ MORE:
     * Mayor says ferries will run", "WATCH BELOW: …"). What such a title says belongs to the page it links to, so no
     * claim is read from it. A section heading over sentences ("ENERGY: Crude oil fell 42 cents.") is the article's
     * own; so is the first line, the article's headline. Each as [start, end) of the line.
     */
    static List<int[]> linkTitles(String text) {
        List<int[]> titles = new ArrayList<>();
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            if (m.start() > firstLineEnd && capitalLabel(m) && !endsAsSentence(m)) {
                titles.add(new int[] {m.start(), m.end()});
            }
        }
        return titles;
    }

    /** "WATCH:", "PENCE:": a label in capitals before a colon. */
    private static boolean capitalLabel(Matcher label) {
        return label.group(2).equals(":") && CAPITALS.matcher(label.group(1).strip()).matches();
    }

    /** Whether what follows the label ends as a sentence does: a turn or a section, not a title. */
    private static boolean endsAsSentence(Matcher label) {
        return SENTENCE_END.matcher(label.group(3)).find();
    }

    static List<Line> find(AnalyzedText text, EntityIndex entities) {
        List<Line> lines = new ArrayList<>();
        java.util.Map<String, Integer> capitalLabels = new java.util.HashMap<>();
        List<String> labelOrder = new ArrayList<>();
        Matcher count = LABEL.matcher(text.text());
        while (count.find()) {
            // A turn says something in sentences; a line without a sentence's end is a title ("WATCH: Man turns
            // himself in after …", "READ MORE: …"): a link the page repeats, not a speaker taking a turn.
            if (capitalLabel(count) && endsAsSentence(count)) {
                capitalLabels.merge(count.group(1).strip(), 1, Integer::sum);
                labelOrder.add(count.group(1).strip());
            }
        }
        boolean transcript = takesTurns(capitalLabels, labelOrder);
        int firstLineEnd = text.text().indexOf('\n') < 0 ? text.text().length() : text.text().indexOf('\n');
        Matcher m = LABEL.matcher(text.text());
        while (m.find()) {
            String label = m.group(1).strip();
            boolean dash = !m.group(2).equals(":");
            int contentStart = m.start(3);
            int contentEnd = trimEnd(text.text(), contentStart, m.end(3));
            String content = text.text().substring(contentStart, contentEnd);
            if (content.split("\\s+").length < MIN_CONTENT_WORDS || (dash && !startsWithQuote(content))) {
                continue;
            }
            boolean headline = m.start() <= firstLineEnd;
            if (headline && !dash && !CAPITALS.matcher(label).matches()) {
                Line line = headlineLine(text, entities, m, contentStart, contentEnd);
                if (line != null) {
                    lines.add(line);
                    continue;
                }
            }
            String canonical = person(text, entities, label, m.start(1));
            // A transcript label the article names nobody for ("HOST") speaks, but is no name.
            boolean named = canonical != null;
            if (canonical == null && !dash && CAPITALS.matcher(label).matches() && transcript
                    && capitalLabels.getOrDefault(label, 0) >= 1) {
                // A transcript: several capitalised labels take turns; the label is the speaker even unnamed elsewhere.
                canonical = label.charAt(0) + label.substring(1).toLowerCase(Locale.ROOT);
            }
            if (canonical == null) {
                continue;
            }
            int[] words = withoutQuoteMarks(text.text(), contentStart, contentEnd, "“”\"«", "”\"»");
            Speaker speaker = Speaker.newBuilder().setText(label)
                    .setSpan(Span.newBuilder().setStart(m.start(1)).setEnd(m.start(1) + label.length()))
                    .setCanonicalName(canonical).setType(EntityType.ENTITY_TYPE_PERSON).setSieve(LABELLED_LINE)
                    .setNamed(named || entities.names(canonical)).build();
            lines.add(new Line(speaker, words[0], words[1], m.start(2), m.end(2), true));
        }
        Matcher t = TRAILING_LABEL.matcher(text.text());
        while (t.find()) {
            String label = t.group(5).strip();
            String canonical = person(text, entities, label, t.start(5));
            if (canonical == null && NAME_SHAPED.matcher(label).matches() && !namesPlaceOrBody(text, t.start(5))) {
                // A line that is only a quote and a signature: the signature is a name even when NER does not know it.
                canonical = label;
            }
            if (canonical == null || t.group(2).split("\\s+").length < MIN_CONTENT_WORDS) {
                continue;
            }
            Speaker speaker = Speaker.newBuilder().setText(label)
                    .setSpan(Span.newBuilder().setStart(t.start(5)).setEnd(t.start(5) + label.length()))
                    // A person the article names, or a name-shaped signature: a name either way.
                    .setCanonicalName(canonical).setType(EntityType.ENTITY_TYPE_PERSON).setSieve(SIGNED_LINE)
                    .setNamed(true).build();
            lines.add(new Line(speaker, t.start(2), t.end(2), t.start(4), t.end(4), true));
        }
        return lines;
    }

    /**
     * A headline "Source: content": the source is a person, an organisation NER tags as one, or a document
     * that states things ("Poll:", "Times editorial:"); "Maren on the Flood:" is Maren's, the topic part of
     * the mark. Null when the label is none of these ("The Latest:", "Stealth Over Health:").
     */
    private static Line headlineLine(AnalyzedText text, EntityIndex entities, Matcher m, int contentStart, int contentEnd) {
        String label = m.group(1).strip();
        int labelStart = m.start(1);
        Matcher onTopic = ON_TOPIC.matcher(label);
        boolean aboutTopic = onTopic.matches();
        String source = aboutTopic ? onTopic.group(1).strip() : label;
        String canonical = person(text, entities, source, labelStart);
        EntityType type = EntityType.ENTITY_TYPE_PERSON;
        if (canonical == null && !aboutTopic) {
            NamedMention body = mentionCovering(text, labelStart, labelStart + source.length(), "ORGANIZATION");
            canonical = body == null ? null : entities.canonical(body);
            type = EntityType.ENTITY_TYPE_ORGANIZATION;
        }
        if (canonical == null && !aboutTopic && namesDocument(source)) {
            canonical = source;
            type = EntityType.ENTITY_TYPE_OTHER;
        }
        if (canonical == null) {
            return null;
        }
        // Headlines quote with single marks as often as with double ones: "Maren: ‘We Were Not Ready’".
        int[] words = withoutQuoteMarks(text.text(), contentStart, contentEnd, "“\"«‘'", "”\"»’'");
        boolean quoted = words[0] > contentStart;
        Speaker speaker = Speaker.newBuilder().setText(source)
                .setSpan(Span.newBuilder().setStart(labelStart).setEnd(labelStart + source.length()))
                // A person or an organisation the article names; a document ("Poll") is no name.
                .setCanonicalName(canonical).setType(type).setSieve(HEADLINE_SOURCE)
                .setNamed(type != EntityType.ENTITY_TYPE_OTHER).build();
        int markStart = aboutTopic ? labelStart + onTopic.end(1) + 1 : m.start(2);
        return new Line(speaker, words[0], words[1], markStart, m.end(2), quoted);
    }

    /** {start, end} of the words, without the quote marks around them when they open with one. */
    private static int[] withoutQuoteMarks(String raw, int start, int end, String openings, String closings) {
        if (openings.indexOf(raw.charAt(start)) < 0) {
            return new int[] {start, end};
        }
        int last = end > start + 1 && closings.indexOf(raw.charAt(end - 1)) >= 0 ? end - 1 : end;
        return new int[] {start + 1, last};
    }

    /** The NER mention of the given type that covers start..end, or null. */
    private static NamedMention mentionCovering(AnalyzedText text, int start, int end, String type) {
        for (NamedMention mention : text.mentions()) {
            if (mention.start() <= start && mention.end() >= end && type.equals(mention.type())) {
                return mention;
            }
        }
        return null;
    }

    /** "Poll", "New Survey", "Times editorial": a label whose last word is a document that states findings. */
    private static boolean namesDocument(String label) {
        String[] words = label.toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        return words.length <= 3 && (SpeakerWords.isSourceNoun(last)
                || last.endsWith("s") && SpeakerWords.isSourceNoun(last.substring(0, last.length() - 1)));
    }

    /** The person a label names: a PERSON mention covering it, or a name the article gives a person elsewhere. */
    private static String person(AnalyzedText text, EntityIndex entities, String label, int start) {
        NamedMention named = mentionCovering(text, start, start + label.length() - 1, "PERSON");
        if (named != null) {
            return entities.canonical(named);
        }
        String titled = label.equals(label.toUpperCase(Locale.ROOT))
                ? label.charAt(0) + label.substring(1).toLowerCase(Locale.ROOT) : label;
        String canonical = entities.canonicalOfName(titled, EntityType.ENTITY_TYPE_PERSON);
        return canonical.equals(titled) && !entities.knowsPerson(titled) ? null : canonical;
    }

    private static boolean namesPlaceOrBody(AnalyzedText text, int start) {
        for (NamedMention mention : text.mentions()) {
            if (mention.start() <= start && start < mention.end()) {
                return !"PERSON".equals(mention.type());
            }
        }
        return false;
    }

    private static boolean startsWithQuote(String content) {
        return !content.isEmpty() && "“”\"«".indexOf(content.charAt(0)) >= 0;
    }

    private static int trimEnd(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
