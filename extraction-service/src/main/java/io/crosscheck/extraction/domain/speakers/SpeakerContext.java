package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the speaker sieves of one text share: the text with its quotes and named mentions, the entities
 * behind the names, who has acted so far ({@link ActorMemory}), how a phrase becomes a speaker
 * ({@link SpeakerResolver}) and a verb finds its subject ({@link Subjects}), and the speaker of the last
 * quote for quotes that carry on without a reporting clause. One per text; the sieves hold no state.
 */
public final class SpeakerContext {
    private final AnalyzedText text;
    private final EntityIndex entities;
    private final List<QuoteSpan> quotes;
    private final ActorMemory actors;
    /** [sentence][token] -> the NER mention covering that token, built once: the parse climbs ask per token. */
    private final NamedMention[][] mentionByToken;
    /** Where quotes end: asked per name beside a reporting verb, so a set rather than a scan of all quotes. */
    private final Set<Integer> quoteEnds = new HashSet<>();
    private final SpeakerResolver resolver;
    private final Subjects subjects;
    private final Descriptions descriptions;
    private final CoordinatedSpeakers coordination;
    private final PersonSalience salience;
    private Speaker lastQuoteSpeaker;
    private int lastQuoteSentence = -10;

    public SpeakerContext(AnalyzedText text, EntityIndex entities, List<QuoteSpan> quotes, ActorMemory actors) {
        this.text = text;
        this.entities = entities;
        this.quotes = quotes;
        this.actors = actors;
        this.mentionByToken = indexMentions(text);
        quotes.forEach(q -> quoteEnds.add(q.end()));
        PersonGenders genders = new PersonGenders(text, entities);
        this.resolver = new SpeakerResolver(this);
        this.salience = new PersonSalience(this, genders);
        this.subjects = new Subjects(this);
        this.descriptions = new Descriptions(this, new MentionRegister(text, entities));
        this.coordination = new CoordinatedSpeakers(this);
    }

    private static NamedMention[][] indexMentions(AnalyzedText text) {
        NamedMention[][] index = new NamedMention[text.sentences().size()][];
        for (Sentence s : text.sentences()) {
            index[s.index()] = new NamedMention[s.tokens().size()];
        }
        for (NamedMention m : text.mentions()) {
            NamedMention[] row = index[m.sentence()];
            for (int t = Math.max(0, m.firstToken()); t < Math.min(row.length, m.endToken()); t++) {
                row[t] = m;
            }
        }
        return index;
    }

    AnalyzedText text() {
        return text;
    }

    EntityIndex entities() {
        return entities;
    }

    ActorMemory actors() {
        return actors;
    }

    SpeakerResolver resolver() {
        return resolver;
    }

    Descriptions descriptions() {
        return descriptions;
    }

    PersonSalience salience() {
        return salience;
    }

    CoordinatedSpeakers coordination() {
        return coordination;
    }

    /** The sentences the quote stands in, in text order. */
    List<Sentence> sentencesOf(QuoteSpan q) {
        return text.sentences().stream().filter(s -> s.end() > q.start() && s.start() < q.end()).toList();
    }

    /** The first reading one of the quote's sentences gives, in text order; null when none does. */
    Attribution firstInSentences(QuoteSpan q, java.util.function.Function<Sentence, Attribution> reading) {
        for (Sentence s : sentencesOf(q)) {
            Attribution found = reading.apply(s);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether the token stands within some quote, marks included: quoted words never report or speak. */
    public boolean insideAnyQuote(Token t) {
        for (QuoteSpan q : quotes) {
            if (t.start() >= q.start() && t.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quote's closing mark ends at the offset. */
    boolean endsAQuote(int offset) {
        return quoteEnds.contains(offset);
    }

    public NamedMention mentionAt(Sentence s, int tokenIndex) {
        NamedMention[] row = mentionByToken[s.index()];
        return tokenIndex >= 0 && tokenIndex < row.length ? row[tokenIndex] : null;
    }

    /** The speaker named by the phrase whose head is token i, or null (see {@link SpeakerResolver#speakerAt}). */
    public Speaker speakerAt(Sentence s, int i) {
        return resolver.speakerAt(s, i);
    }

    /** As {@link #speakerAt}, but an unresolved "they" or "it" still speaks as itself. */
    public Speaker speakerOrPronoun(Sentence s, int i) {
        return resolver.speakerOrPronoun(s, i);
    }

    /** The subject token of a verb (borrowed from its governor when it has none), or -1. */
    int subjectOf(Sentence s, int verb) {
        return subjects.subjectOf(s, verb, 0);
    }

    /** The speaker of a verb's subject, or null. */
    Speaker subjectSpeaker(Sentence s, int verb) {
        int subject = subjectOf(s, verb);
        return subject < 0 ? null : speakerAt(s, subject);
    }

    /** Records who spoke a direct quote, for the quotes after it that carry on without a reporting clause. */
    public void quoteSpoken(Speaker speaker, int lastSentence) {
        lastQuoteSpeaker = speaker;
        lastQuoteSentence = lastSentence;
    }

    Speaker lastQuoteSpeaker() {
        return lastQuoteSpeaker;
    }

    int lastQuoteSentence() {
        return lastQuoteSentence;
    }

    /** Index of the sentence's last token before the quote's opening mark, or -1. */
    static int lastTokenBefore(Sentence s, QuoteSpan q) {
        int last = -1;
        for (Token t : s.tokens()) {
            if (t.end() > q.start()) {
                break;
            }
            last = t.index();
        }
        return last;
    }

    /** Whether the token stands within the quote's own words. */
    static boolean inside(QuoteSpan q, Token t) {
        return t.start() >= q.contentStart() && t.end() <= q.contentEnd();
    }

    /**
     * The speaker every sieve and reading builds; named ({@code Speaker.named}) when the canonical name is one of the
     * article's entities: a name mention, and a pronoun, role or apposition resolved to one. Roles nobody was named
     * for, pronouns left as written and "I"/"we" are not.
     */
    Speaker speaker(String mention, int start, int end, String canonical, EntityType type) {
        return Speaker.newBuilder().setText(mention).setSpan(Span.newBuilder().setStart(start).setEnd(end))
                .setCanonicalName(canonical).setType(type).setNamed(entities.names(canonical)).build();
    }
}
