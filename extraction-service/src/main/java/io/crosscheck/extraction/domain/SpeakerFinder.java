package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who speaks, on the dependency parse. For a quote: climb from the quote to the verbs that
 * govern it; the outermost reporting verb ("Okafor said the governor had indicated that a “majority of
 * the plan” could be accepted" is Okafor's) with a subject gives the speaker; without one, the
 * nearest governing verb whose subject is an actor ("Okafor condemned the closure as “deeply
 * cynical”"). A verb without a subject of its own ("…, saying", "…and told") takes its governor's.
 * Subjects become speakers: names with their canonical name, pronouns and definite leader roles
 * resolved through {@link ActorMemory}, other roles ("a Ukrainian official") kept as written.
 */
final class SpeakerFinder {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "we", "him", "her", "me", "us");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "them");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    /** Roles held by one person at a time, so "the president" can be resolved to the person acting. */
    private static final Set<String> LEADER_ROLES = Set.of("president", "minister", "chancellor", "premier", "leader",
            "governor", "mayor", "secretary", "king", "queen", "pope", "ceo", "chairman", "chairwoman");
    /** Nouns that stand for people or bodies able to speak, when NER does not tag them. */
    private static final Set<String> ACTOR_NOUNS = Set.of("official", "spokesman", "spokeswoman", "spokesperson",
            "minister", "president", "aide", "adviser", "advisor", "envoy", "diplomat", "source", "leader", "secretary",
            "chief", "head", "analyst", "expert", "lawmaker", "senator", "governor", "mayor", "officer", "commander",
            "government", "ministry", "administration", "office", "police", "army", "military", "statement", "report",
            "agency", "attendee", "witness", "resident", "journalist", "reporter", "correspondent", "negotiator",
            "chancellor", "premier", "prosecutor", "judge", "lawyer", "attorney", "ambassador", "representative",
            "delegation", "people", "voter", "critic", "supporter", "campaign", "party", "union", "company", "group");
    /**
     * Nouns for people and bodies that hold views ("Democrats want …", "advocates fear …"), counted as
     * holders of a stance or belief but not as antecedents for pronouns (besides the actors above).
     */
    private static final Set<String> PEOPLE_NOUNS = Set.of("democrat", "republican", "conservative", "liberal",
            "progressive", "advocate", "activist", "protester", "protestor", "member", "candidate", "nominee", "opponent", "rival", "ally", "citizen", "american",
            "worker", "employee", "student", "parent", "woman", "man", "economist", "scientist", "researcher",
            "doctor", "physician", "legislator", "congressman", "congresswoman", "politician", "strategist",
            "pollster", "consultant", "donor", "executive", "investor", "editor", "writer", "author", "host",
            "commentator", "pundit", "observer", "historian", "professor", "teacher", "board", "committee", "panel",
            "court", "council", "commission", "department", "bureau", "foundation", "institute", "organization",
            "network", "newspaper", "magazine", "outlet", "team", "staff", "country", "nation", "state", "city",
            "firm", "industry");

    /** Things that state findings: "a poll shows that …", "the report found …". */
    private static final Set<String> SOURCE_NOUNS = Set.of("poll", "survey", "study", "report", "data", "analysis",
            "research", "investigation", "document", "letter", "memo", "filing", "lawsuit", "complaint", "ruling",
            "statement", "review", "audit", "figure", "record", "email", "transcript", "article", "ad", "campaign",
            "interview", "speech", "tweet", "post", "video", "book", "column", "editorial", "testimony");
    /** Media that show someone speaking: their "of" phrase names the speaker. */
    private static final Set<String> RECORDINGS = Set.of("footage", "video", "clip", "recording", "tape", "audio", "image",
            "photo", "picture");
    /** Subjects that hold nothing: "it seems that …", "this means …", "that suggests …". */
    private static final Set<String> EMPTY_SUBJECTS = Set.of("it", "this", "that", "these", "those", "there", "which",
            "what", "something", "nothing", "anything", "everything");
    private static final int MAX_SUBJECT_HOPS = 4;
    /** Words between a quote and a verb that reports only beside quotes: its speaker ("“…,” the Sentinel continued"). */
    private static final int MAX_INTRODUCER_GAP = 6;
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBP", "VBZ");

    /** A speaker and the reporting word that ties it to the claim. */
    record Attribution(Speaker speaker, Token cue) {
    }

    private final AnalyzedText text;
    private final EntityIndex entities;
    private final List<QuoteSpan> quotes;
    private final ActorMemory actors;
    private final NamedMention[][] mentionByToken;
    private final PersonGenders genders;
    private final WordedQuoteCues worded;
    /** Where quotes end: asked per name beside a reporting verb, so a set rather than a scan of all quotes. */
    private final Set<Integer> quoteEnds = new HashSet<>();

    SpeakerFinder(AnalyzedText text, EntityIndex entities, List<QuoteSpan> quotes, ActorMemory actors) {
        this.text = text;
        this.entities = entities;
        this.quotes = quotes;
        this.actors = actors;
        this.mentionByToken = indexMentions(text);
        this.genders = new PersonGenders(text, entities);
        this.worded = new WordedQuoteCues(text, this);
        quotes.forEach(q -> quoteEnds.add(q.end()));
    }

    /** [sentence][token] -> the NER mention covering that token, built once: the parse climbs ask per token. */
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

    /** Who the quote is attributed to by the sentences it stands in, or null. */
    Attribution forQuote(QuoteSpan q) {
        if (worded.namesTheNounAfterIt(q)) {
            return null;
        }
        Attribution label = trailingLabel(q);
        if (label != null) {
            return label;
        }
        Attribution introducer = adjacentIntroducer(q);
        if (introducer == null) {
            introducer = worded.frontedIntroducer(q);
        }
        if (introducer != null) {
            return introducer;
        }
        Attribution actor = null;
        for (Sentence s : text.sentences()) {
            // The quote's sentences, and a short reporting sentence right after it ("“…?” Graham asked.").
            boolean spanned = s.end() > q.start() && s.start() < q.end();
            boolean follows = s.start() >= q.end() && s.start() - q.end() <= 2 && s.tokens().size() <= 8
                    && text.text().substring(q.end(), s.start()).indexOf('\n') < 0;
            if (!spanned && !follows) {
                continue;
            }
            if (follows) {
                for (Token t : s.tokens()) {
                    if (ReportingCues.isSpeechVerb(t)) {
                        int subject = subjectOf(s, t.index(), 0);
                        Speaker speaker = subject >= 0 ? speakerAt(s, subject) : nameBefore(s, t.index());
                        if (speaker != null) {
                            return new Attribution(speaker, t);
                        }
                    }
                }
                continue;
            }
            Attribution putIt = worded.asSomeonePutsIt(s);
            if (putIt != null) {
                return putIt;
            }
            Set<Integer> tried = new HashSet<>();
            for (Token t : s.tokens()) {
                boolean inQuote = t.start() >= q.contentStart() && t.end() <= q.contentEnd();
                if (!inQuote || (t.head() >= 0 && inside(q, s.tokens().get(t.head())))) {
                    continue;
                }
                // The quote's own head may govern the reporting clause ("Maren said the draft could be a
                // “basis”" parses "said" as a clausal subject of "basis"; “…,” he said as parataxis).
                Attribution dependent = reportingDependent(s, t.index());
                if (dependent != null) {
                    return isTermWithinReportedSpeech(s, q, dependent.cue()) ? null : dependent;
                }
                if (t.head() >= 0 && tried.add(t.head())) {
                    Attribution found = climb(s, t.head());
                    if (found != null && ReportingCues.isSpeechVerb(found.cue())) {
                        return isTermWithinReportedSpeech(s, q, found.cue()) ? null : found;
                    }
                    actor = actor != null ? actor : found;
                }
            }
            // "…, according to X" names the source when no reporting verb governs the quote.
            Attribution according = accordingTo(s);
            if (according != null) {
                return according;
            }
        }
        if (actor != null && isTermInTheOutletsSentence(q, actor.cue())) {
            return null;
        }
        return actor != null ? actor : nearestReportingVerb(q);
    }

    /** Words a quoted term may have: "a post-ceasefire “reassurance force”", "a task force to “solidify” …". */
    private static final int MAX_TERM_WORDS = 3;

    /**
     * A short quoted phrase that the outlet's own sentence uses as a name or a word, governed by a verb that
     * neither reports speech nor attributes a stance ("has not committed to a “reassurance force”"): a
     * term, nobody's quote. The quote sits inside a phrase of the sentence: an article, a possessive or a
     * modifier before it, or "to" before a quoted verb.
     */
    private boolean isTermInTheOutletsSentence(QuoteSpan q, Token cue) {
        if (ReportingCues.isSpeechVerb(cue) || ReportingCues.isStanceVerb(cue) || q.wordCount(text.text()) > MAX_TERM_WORDS) {
            return false;
        }
        Sentence s = text.sentenceAt(q.start());
        if (s == null) {
            return false;
        }
        int before = lastTokenBefore(s, q);
        return opensInsideANounPhrase(s, q) || before >= 0 && s.tokens().get(before).text().equalsIgnoreCase("to");
    }

    /** Whether an article, a possessive or a modifier stands right before the quote ("a post-ceasefire “…”"). */
    private static boolean opensInsideANounPhrase(Sentence s, QuoteSpan q) {
        int i = lastTokenBefore(s, q);
        String pos = i < 0 ? "" : s.tokens().get(i).pos();
        return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS") || pos.startsWith("PRP$");
    }

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never");

    /**
     * A short quoted phrase inside reported speech that is still nobody's words: under a negated cue the
     * speaker said nothing ("Trump hasn't stated whether he will back the “reassurance force”"), and a
     * quoted compound of plain nouns inside a noun phrase is the name the coverage gives a thing ("would
     * provide a “reassurance force” away from the front line"). Evaluative partial quotes ("the “main
     * problem”", "a “basis”", "“very solid”") have an adjective, a single word or a verb, and stay speech.
     */
    private boolean isTermWithinReportedSpeech(Sentence s, QuoteSpan q, Token cue) {
        if (q.wordCount(text.text()) > MAX_TERM_WORDS) {
            return false;
        }
        for (Token child : s.tokens()) {
            if (child.head() == cue.index() && NEGATORS.contains(child.lowerLemma())) {
                return true;
            }
        }
        int nouns = 0;
        for (Token t : s.tokens()) {
            if (t.start() >= q.contentStart() && t.end() <= q.contentEnd() && !t.isPunctuation()) {
                boolean plainNoun = (t.pos().equals("NN") || t.pos().equals("NNS")) && Character.isLowerCase(t.text().charAt(0));
                if (!plainNoun) {
                    return false;
                }
                nouns++;
            }
        }
        return nouns >= 2 && opensInsideANounPhrase(s, q);
    }

    /**
     * "Brenner boasted, “…”": a reporting verb with a subject of its own right before the opening mark
     * introduces the quote, however the parser hangs the two together (long sentences with dashes and
     * clauses before the verb often tie the quote to an earlier verb).
     */
    private Attribution adjacentIntroducer(QuoteSpan q) {
        Sentence s = text.sentenceAt(q.start());
        if (s == null) {
            return null;
        }
        int verb = lastTokenBefore(s, q);
        while (verb >= 0 && (s.tokens().get(verb).text().equals(",") || s.tokens().get(verb).text().equals(":"))) {
            verb--;
        }
        if (verb < 0 || !ReportingCues.introducesQuote(s.tokens().get(verb)) || insideAnyQuote(s.tokens().get(verb))
                || s.children(verb, "nsubj").isEmpty()) {
            return null;
        }
        int subject = subjectOf(s, verb, 0);
        Speaker speaker = subject >= 0 ? speakerOrPronoun(s, subject) : null;
        return speaker == null ? null : new Attribution(speaker, s.tokens().get(verb));
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


    /** "“…”― Pamela Padilla": a dash and a person's name right after the closing mark sign the quote. */
    private Attribution trailingLabel(QuoteSpan q) {
        String after = text.text().substring(q.end(), Math.min(text.text().length(), q.end() + 4));
        int dash = -1;
        for (int i = 0; i < after.length(); i++) {
            char c = after.charAt(i);
            if (c == '―' || c == '—' || c == '–') {
                dash = q.end() + i;
                break;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) { // no-break spaces too
                return null;
            }
        }
        if (dash < 0) {
            return null;
        }
        for (NamedMention m : text.mentions()) {
            if (m.start() > dash && m.start() - dash <= 3 && "PERSON".equals(m.type())) {
                Sentence s = text.sentences().get(m.sentence());
                return new Attribution(speaker(m.text(), m.start(), m.end(), entities.canonical(m), EntityType.ENTITY_TYPE_PERSON),
                        s.tokens().get(Math.max(0, m.firstToken() - 1)));
            }
        }
        return null;
    }

    /** A reporting verb hanging off the token as a clausal subject, parataxis or adverbial clause, with a subject. */
    private Attribution reportingDependent(Sentence s, int head) {
        for (Token child : s.tokens()) {
            if (child.head() == head && ReportingCues.isSpeechVerb(child) && !insideAnyQuote(child)
                    && (child.dep().startsWith("csubj") || child.dep().startsWith("parataxis") || child.dep().equals("dep"))) {
                int subject = subjectOf(s, child.index(), 0);
                Speaker speaker = subject >= 0 ? speakerAt(s, subject) : null;
                if (speaker != null) {
                    return new Attribution(speaker, child);
                }
            }
        }
        return null;
    }

    /**
     * When the parse ties the quote to no reporting verb (parsers stumble on long news sentences), the
     * reporting verb nearest the quote in its sentences, with its subject or the name right before it.
     */
    private Attribution nearestReportingVerb(QuoteSpan q) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence s : text.sentences()) {
            if (s.end() <= q.start() || s.start() >= q.end()) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (!ReportingCues.introducesQuote(t) || insideAnyQuote(t)) {
                    continue;
                }
                int distance = t.start() >= q.end() ? t.start() - q.end() : q.start() - t.end();
                if (distance < 0 || distance >= bestDistance || !ReportingCues.isSpeechVerb(t) && !besideTheQuote(s, t, q)) {
                    continue; // "continue", "react" report only right beside the quote
                }
                int subject = subjectOf(s, t.index(), 0);
                Speaker speaker = subject >= 0 ? speakerAt(s, subject) : null;
                // A parse that lost the subject ("“…,” Fight for $15 organizing director Kendall Fells told …"
                // tags "Fight" as a verb and its subject): a person named right before the verb speaks.
                speaker = speaker != null ? speaker : nameBefore(s, t.index());
                if (speaker != null) {
                    best = new Attribution(speaker, t);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Whether only a few words, none a verb, stand between the verb and the quote (its speaker, a colon). */
    private boolean besideTheQuote(Sentence s, Token verb, QuoteSpan q) {
        int between = 0;
        for (Token t : s.tokens()) {
            boolean inGap = verb.start() >= q.end() ? t.start() >= q.end() && t.end() <= verb.start()
                    : t.start() >= verb.end() && t.end() <= q.start();
            if (inGap && (t.isVerb() || ++between > MAX_INTRODUCER_GAP)) {
                return false;
            }
        }
        return true;
    }

    private Speaker nameBefore(Sentence s, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
            NamedMention m = mentionAt(s, i);
            EntityType type = m == null ? null : EntityIndex.typeOf(m.type());
            if (type == EntityType.ENTITY_TYPE_PERSON || type != null && type != EntityType.ENTITY_TYPE_OTHER
                    && i == verb - 1 && followsAQuote(s, m)) {
                return speaker(m.text(), m.start(), m.end(), entities.canonical(m), type);
            }
        }
        return null;
    }

    /**
     * "“…,” Monaco said": a name between a quote and its reporting verb names the speaker whatever type NER
     * gives it (a person's surname taken for a place or an organisation).
     */
    private boolean followsAQuote(Sentence s, NamedMention m) {
        if (m.firstToken() <= 0) {
            return false;
        }
        Token before = s.tokens().get(m.firstToken() - 1);
        if (quoteEnds.contains(before.end())) {
            return true; // the closing mark itself
        }
        int end = before.start(); // or a comma right after it ("“…”, Monaco said")
        while (end > 0 && Character.isWhitespace(text.text().charAt(end - 1))) {
            end--;
        }
        return before.text().equals(",") && quoteEnds.contains(end);
    }

    /** "according to X" outside quotes in the sentence: X (the phrase "according" is the case marker of) speaks. */
    Attribution accordingTo(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!ReportingCues.isAccordingTo(tokens, i) || insideAnyQuote(tokens.get(i))) {
                continue;
            }
            int source = tokens.get(i).head();
            if (source <= i + 1 || source > i + 12) {
                source = firstNominalAfter(s, i + 2);
            }
            Speaker speaker = source < 0 ? null : speakerAt(s, source);
            if (speaker != null) {
                return new Attribution(speaker, tokens.get(i));
            }
        }
        return null;
    }

    private static int firstNominalAfter(Sentence s, int from) {
        for (int j = from; j < Math.min(s.tokens().size(), from + 8); j++) {
            Token t = s.tokens().get(j);
            if (t.isNoun() || t.pos().startsWith("PRP")) {
                int head = j;
                while (head + 1 < s.tokens().size() && s.tokens().get(head + 1).isNoun()) {
                    head++;
                }
                return head;
            }
        }
        return -1;
    }

    /** The speaker of a reporting verb: its subject, or its governor's when it has none. */
    private static final Set<String> LEADING_REPORTING_FORMS = Set.of("said", "says", "added", "adds", "wrote",
            "writes", "asked", "asks", "explained", "explains");

    Speaker subjectSpeaker(Sentence s, int verb) {
        int subject = subjectOf(s, verb, 0);
        return subject < 0 ? null : speakerAt(s, subject);
    }

    /**
     * "Said Maren: “…”" — a sentence that opens with the reporting verb and names the speaker right after
     * it. Taggers read a capitalised "Said" as a proper noun, so the verb is recognised by its form.
     */
    Speaker leadingReportingVerbSpeaker(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 2 || !LEADING_REPORTING_FORMS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        NamedMention m = mentionAt(s, 1);
        return m != null && EntityIndex.typeOf(m.type()) != null ? speakerAt(s, m.endToken() - 1) : null;
    }

    /** The subject of a non-reporting verb when it is an actor ("officials believe", "a poll shows"), or null. */
    Speaker actorSubject(Sentence s, int verb) {
        int subject = subjectOf(s, verb, 0);
        return subject >= 0 && isSource(s, subject) ? speakerAt(s, subject) : null;
    }

    /**
     * The holder of a belief, stance or finding: any named or nominal subject ("environmentalists worry
     * that …", "the research documented …"), or a pronoun that stands for someone; not the empty subjects
     * of "it seems that", "this means that", "there is".
     */
    Speaker holderSubject(Sentence s, int verb) {
        int subject = subjectOf(s, verb, 0);
        if (subject < 0) {
            return null;
        }
        Token t = s.tokens().get(subject);
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (EMPTY_SUBJECTS.contains(lower) || t.pos().startsWith("W") || t.pos().equals("EX")) {
            return null;
        }
        if (isSource(s, subject)) {
            return speakerOrPronoun(s, subject);
        }
        return t.isNoun() ? speakerAt(s, subject) : null;
    }

    /** The speaker at token i when it is an actor or a source ("backed by the unions", "reported by the Post"), or null. */
    Speaker actorAt(Sentence s, int i) {
        return isSource(s, i) ? speakerAt(s, i) : null;
    }

    /** Whether the lower-case noun names a document that can state things ("poll", "report", "editorial"). */
    static boolean isSourceNoun(String lemma) {
        return SOURCE_NOUNS.contains(lemma);
    }

    /** An actor, or a document that can state things ("the poll", "the report", "a study"). */
    private boolean isSource(Sentence s, int i) {
        Token t = s.tokens().get(i);
        String lemma = t.lowerLemma();
        // A proper name NER leaves untyped ("Patriot agreed to …") acts too: dates and numbers are typed.
        boolean untypedName = t.pos().startsWith("NNP") && ("O".equals(t.ner()) || "MISC".equals(t.ner()));
        return isActor(s, i) || SOURCE_NOUNS.contains(lemma) || PEOPLE_NOUNS.contains(lemma) || untypedName;
    }

    /**
     * "In the previous Post/ABC poll, Clinton led by 5 points", "In his speech, …": a sentence opening with a
     * document or an utterance names its source; the possessor speaks when there is one. Null otherwise.
     */
    Attribution openingSource(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !tokens.get(0).text().equalsIgnoreCase("in")) {
            return null;
        }
        for (int i = 1; i < Math.min(tokens.size(), 14); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",") || t.isVerb()) {
                return null;
            }
            if (t.isNoun() && SOURCE_NOUNS.contains(t.lowerLemma()) && i + 1 < tokens.size()
                    && (tokens.get(i + 1).text().equals(",") || !tokens.get(i + 1).isNoun())) {
                List<Token> owners = s.children(i, "nmod:poss");
                Speaker speaker = owners.isEmpty() ? speakerAt(s, i) : speakerAt(s, owners.get(0).index());
                return speaker == null ? null : new Attribution(speaker, tokens.get(0));
            }
        }
        return null;
    }

    /** The main-clause actors of a sentence (root subject and subjects of verbs conjoined to it) into memory. */
    void remember(Sentence s) {
        for (Token t : s.tokens()) {
            boolean mainClause = t.head() < 0 || (t.dep().equals("conj") && s.tokens().get(t.head()).head() < 0);
            if (!mainClause || !t.isVerb() || insideAnyQuote(t)) {
                continue;
            }
            for (Token subject : s.children(t.index(), "nsubj")) {
                if (!subject.dep().equals("nsubj:pass") && isActor(s, subject.index())) {
                    Speaker speaker = speakerAt(s, subject.index());
                    if (speaker != null && !speaker.getCanonicalName().equals(speaker.getText())
                            || speaker != null && speaker.getType() != EntityType.ENTITY_TYPE_PERSON
                            || speaker != null && mentionAt(s, subject.index()) != null) {
                        actors.add(speaker.getSpan().getStart(), speaker.getCanonicalName(), speaker.getType());
                    }
                }
            }
        }
    }

    private Attribution climb(Sentence s, int from) {
        Attribution outermostSpeech = null;
        Attribution nearestActor = null;
        // Once a reporting verb with a subject of its own is found, an outer one takes the quote over only
        // when the inner verb's clause is its complement ("X said Y had indicated that “…”"); "When Clinton
        // noted …, Trump boasted, “…”" and "She said …, and the mother replied, “…”" keep the inner speaker.
        // A subject borrowed through coordination is weaker: parsers often hang "… and told allies that “…”"
        // on the wrong verb, so the outer reporting verb still decides.
        boolean ownSubject = false;
        String arcFromBelow = null;
        for (int cur = from, hops = 0; cur >= 0 && hops <= s.tokens().size(); cur = s.tokens().get(cur).head(), hops++) {
            Token t = s.tokens().get(cur);
            if (ownSubject && arcFromBelow != null && !arcFromBelow.equals("ccomp")) {
                break;
            }
            arcFromBelow = t.dep();
            if (insideAnyQuote(t) || !t.isVerb()) {
                continue;
            }
            int subject = subjectOf(s, cur, 0);
            if (subject < 0) {
                continue;
            }
            if (ReportingCues.isSpeechVerb(t)) {
                Speaker speaker = speakerOrPronoun(s, subject);
                if (speaker != null) {
                    outermostSpeech = new Attribution(speaker, t);
                    ownSubject = !s.children(cur, "nsubj").isEmpty();
                }
            } else if (nearestActor == null && isActor(s, subject)) {
                Speaker speaker = speakerAt(s, subject);
                if (speaker != null) {
                    nearestActor = new Attribution(speaker, t);
                }
            }
        }
        return outermostSpeech != null ? outermostSpeech : nearestActor;
    }

    /** The subject token of a verb; a participle or conjoined verb borrows its governor's subject. */
    private int subjectOf(Sentence s, int verb, int hops) {
        Token subject = null;
        for (Token child : s.children(verb, "nsubj")) {
            // "“My hope,” she said, “is …”" parses the quoted "hope" as a subject of "said" beside "she":
            // quoted words are what is said, never who says it.
            boolean quotedSubjectOfUnquotedVerb = insideAnyQuote(child) && !insideAnyQuote(s.tokens().get(verb));
            // Two subjects ("These employees, Stumpf explained, were …"): the one next to the verb is its own.
            boolean nearer = subject == null || child.index() < verb;
            // Only a participle has a passive subject: "“…,” he added" parsed with "he" as nsubj:pass of a
            // finite "added" is the parser's slip, and "he" still speaks.
            boolean passive = child.dep().equals("nsubj:pass") && !FINITE_VERB_TAGS.contains(s.tokens().get(verb).pos());
            if (!passive && !quotedSubjectOfUnquotedVerb && nearer) {
                subject = child;
            }
        }
        Token v = s.tokens().get(verb);
        if (subject != null) {
            boolean relative = subject.pos().startsWith("W") && v.dep().startsWith("acl") && v.head() >= 0;
            // "the police department, which reported …": the relative pronoun stands for the noun it follows.
            return relative ? v.head() : recordedPerson(s, subject.index());
        }
        int quoted = quotedAsSaying(s, verb);
        if (quoted >= 0) {
            return quoted;
        }
        int inverted = invertedSubject(s, verb);
        if (inverted >= 0) {
            return inverted;
        }
        // A participle attached to a noun ("…in Eastbrook, the region's capital, by stating") borrows
        // nothing: the noun is rarely the speaker, and the climb goes on to the governing verb.
        boolean borrows = v.dep().equals("conj") || v.dep().equals("xcomp") || v.dep().startsWith("advcl")
                || v.dep().equals("dep");
        if (borrows && v.head() >= 0 && hops < MAX_SUBJECT_HOPS
                && (s.tokens().get(v.head()).isVerb() || isPredicateAdjective(s, v.head()))) {
            return subjectOf(s, v.head(), hops + 1);
        }
        return -1;
    }

    /**
     * "The Courier quoted Maren as saying …", "Maren was quoted as saying …": the one quoted speaks, not
     * who quotes. For the "saying", the object of "quote" (or its passive subject); or -1.
     */
    private int quotedAsSaying(Sentence s, int verb) {
        Token v = s.tokens().get(verb);
        boolean asSaying = v.head() >= 0 && s.tokens().get(v.head()).lowerLemma().equals("quote") && ReportingCues.isSpeechVerb(v)
                && s.tokens().stream().anyMatch(c -> c.head() == verb && c.text().equalsIgnoreCase("as"));
        if (!asSaying) {
            return -1;
        }
        int quote = v.head();
        for (Token child : s.tokens()) {
            if (child.head() == quote && (child.dep().equals("obj") || child.dep().equals("nsubj:pass"))) {
                return child.index();
            }
        }
        return -1;
    }

    /** "analysts were willing to give …, saying …": an adjective with a copula predicates of its subject like a verb. */
    static boolean isPredicateAdjective(Sentence s, int i) {
        return s.tokens().get(i).pos().startsWith("JJ") && !s.children(i, "cop").isEmpty();
    }

    /**
     * "Footage of Clinton asking, “…”", "a video of the mayor saying …": a recording does not speak, the
     * person it shows does.
     */
    private int recordedPerson(Sentence s, int subject) {
        if (!RECORDINGS.contains(s.tokens().get(subject).lowerLemma())) {
            return subject;
        }
        for (Token shown : s.children(subject, "nmod")) {
            NamedMention m = mentionAt(s, shown.index());
            if (m != null && EntityIndex.typeOf(m.type()) == EntityType.ENTITY_TYPE_PERSON) {
                return shown.index();
            }
        }
        return subject;
    }

    /** "…, said Maren." / "…,” said the minister": parsers often miss the subject after an inverted reporting verb. */
    private int invertedSubject(Sentence s, int verb) {
        Token v = s.tokens().get(verb);
        if (verb == 0 || !ReportingCues.isSpeechVerb(v) || verb + 1 >= s.tokens().size()) {
            return -1;
        }
        Token before = s.tokens().get(verb - 1);
        if (!(before.isPunctuation() || before.text().endsWith("”"))) {
            return -1;
        }
        for (int i = verb + 1; i < Math.min(s.tokens().size(), verb + 5); i++) {
            Token t = s.tokens().get(i);
            NamedMention m = mentionAt(s, i);
            if (m != null && EntityIndex.typeOf(m.type()) != null) {
                return m.endToken() - 1;
            }
            if (t.isTime()) {
                break; // "…,” Flynn, a surrogate, said Thursday morning": a time is never the speaker
            }
            if (t.isNoun()) {
                int head = i;
                while (head + 1 < s.tokens().size() && s.tokens().get(head + 1).isNoun()) {
                    head++;
                }
                Token last = s.tokens().get(head);
                boolean time = last.dep().equals("obl:tmod") || last.isTime();
                return time ? appositiveNameBefore(s, verb) : head;
            }
            if (!t.pos().equals("DT") && !t.pos().startsWith("JJ") && !t.pos().equals("PRP$") && !t.pos().equals("CD")) {
                break;
            }
        }
        return appositiveNameBefore(s, verb);
    }

    /**
     * "“…,” Flynn, a top surrogate, said": the name before a comma-fenced apposition, right after the
     * quote or at the start of the sentence, is the subject the parse lost.
     */
    private int appositiveNameBefore(Sentence s, int verb) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(verb - 1).text().equals(",")) {
            return -1;
        }
        for (int comma = verb - 2; comma > 0 && comma >= verb - 14; comma--) {
            if (!tokens.get(comma).text().equals(",")) {
                continue;
            }
            NamedMention m = mentionAt(s, comma - 1);
            if (m == null || EntityIndex.typeOf(m.type()) == null || EntityIndex.typeOf(m.type()) == EntityType.ENTITY_TYPE_OTHER) {
                return -1;
            }
            int before = m.firstToken() - 1;
            boolean opensClause = before < 0 || tokens.get(before).isPunctuation() || tokens.get(before).text().endsWith("”");
            return opensClause ? m.endToken() - 1 : -1;
        }
        return -1;
    }

    private boolean isActor(Sentence s, int i) {
        Token t = s.tokens().get(i);
        NamedMention m = mentionAt(s, i);
        if (m != null && EntityIndex.typeOf(m.type()) != null && EntityIndex.typeOf(m.type()) != EntityType.ENTITY_TYPE_OTHER) {
            return true;
        }
        for (Token compound : s.children(i, "compound")) {
            NamedMention named = mentionAt(s, compound.index());
            if (named != null && EntityIndex.typeOf(named.type()) != null) {
                return true;
            }
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        return PERSON_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower) && t.pos().startsWith("PRP")
                || "TITLE".equals(t.ner()) || ACTOR_NOUNS.contains(t.lowerLemma());
    }

    /**
     * As {@link #speakerAt}, but a "they" or "it" nobody has been named for still speaks as itself: the
     * subject of a reporting verb is the speaker even when the article leaves it unresolved.
     */
    Speaker speakerOrPronoun(Sentence s, int i) {
        Speaker speaker = speakerAt(s, i);
        Token t = s.tokens().get(i);
        if (speaker == null && t.pos().startsWith("PRP") && GROUP_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))
                && !insideAnyQuote(t)) {
            return speaker(t.text(), t.start(), t.end(), t.text(), EntityType.ENTITY_TYPE_ORGANIZATION);
        }
        return speaker;
    }

    /** The speaker named by the phrase whose head is token i, or null when it names nobody (or stands in a quote). */
    Speaker speakerAt(Sentence s, int i) {
        Token t = s.tokens().get(i);
        if (insideAnyQuote(t)) {
            return null; // "“My hope,” he said, “is …”": words inside the quote never speak it
        }
        NamedMention m = mentionAt(s, i);
        if (m != null) {
            EntityType type = EntityIndex.typeOf(m.type());
            if (type != null && type != EntityType.ENTITY_TYPE_OTHER) {
                return speaker(m.text(), m.start(), m.end(), entities.canonical(m), type);
            }
        }
        if (!ACTOR_NOUNS.contains(t.lowerLemma()) && !"TITLE".equals(t.ner())) {
            // "Valdoria signals support …" mis-tagged as a noun phrase: the named modifier acts.
            for (Token compound : s.children(i, "compound")) {
                NamedMention named = mentionAt(s, compound.index());
                EntityType type = named == null ? null : EntityIndex.typeOf(named.type());
                if (type != null && type != EntityType.ENTITY_TYPE_OTHER) {
                    return speaker(named.text(), named.start(), named.end(), entities.canonical(named), type);
                }
            }
        }
        for (Token appos : s.tokens()) {
            // "the mayor's chief of staff, Lena Varga": the apposition may hang off a word of the role.
            if (!appos.dep().equals("appos") || appos.head() < 0 || !s.dominates(i, appos.head())) {
                continue;
            }
            NamedMention named = mentionAt(s, appos.index());
            if (named != null && EntityIndex.typeOf(named.type()) == EntityType.ENTITY_TYPE_PERSON) {
                return speaker(named.text(), named.start(), named.end(), entities.canonical(named), EntityType.ENTITY_TYPE_PERSON);
            }
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (t.pos().startsWith("PRP") && FIRST_PERSON.contains(lower)) {
            // Outside quotes (speakers never stand inside one) "I" and "we" are the writer, nobody named before.
            return speaker(t.text(), t.start(), t.end(), t.text(), EntityType.ENTITY_TYPE_PERSON);
        }
        if (t.pos().startsWith("PRP") && PERSON_PRONOUNS.contains(lower)) {
            String person = actors.lastPerson(t.start(), p -> genders.fits(p, lower));
            if (person == null) {
                // nobody fitting has acted yet: the last fitting person named
                person = entities.personBefore(t.start(), p -> genders.fits(p, lower));
            }
            return speaker(t.text(), t.start(), t.end(), person != null ? person : t.text(), EntityType.ENTITY_TYPE_PERSON);
        }
        if (t.pos().startsWith("PRP") && GROUP_PRONOUNS.contains(lower)) {
            String group = actors.lastGroup(t.start());
            return group == null ? null : speaker(t.text(), t.start(), t.end(), group, EntityType.ENTITY_TYPE_ORGANIZATION);
        }
        if (t.isNoun() || "TITLE".equals(t.ner())) {
            return role(s, i);
        }
        return null;
    }

    /** A role phrase ("the US president", "his spokesman", "a Ukrainian official") headed by token head. */
    private Speaker role(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        int first = head;
        for (Token child : tokens) {
            if (child.head() == head && child.index() < first && isModifier(child)) {
                first = Math.min(first, s.subtreeFirst(child.index()));
            }
        }
        Token headToken = tokens.get(head);
        int start = tokens.get(first).start();
        int end = headToken.end();
        String mention = text.text().substring(start, end);
        Set<String> modifiers = modifiers(s, first, head);
        String holder = entities.roleHolder(headToken.lowerLemma(), modifiers, start);
        if (holder == null) {
            holder = possessorRole(s, head, start);
        }
        if (holder == null && definite(s, first) && LEADER_ROLES.contains(headToken.lowerLemma())) {
            holder = actors.lastPerson(start, person -> !entities.holdsOtherRole(person, headToken.lowerLemma(), modifiers));
        }
        // "Civil rights activists", "dock workers": a group, which "they" and not "he" refers back to.
        boolean group = holder == null && (headToken.pos().equals("NNS") || headToken.pos().equals("NNPS"));
        return speaker(mention, start, end, holder != null ? holder : mention,
                group ? EntityType.ENTITY_TYPE_ORGANIZATION : EntityType.ENTITY_TYPE_PERSON);
    }

    /** "his spokesman" names the spokesman of the person "his" stands for: "Tomas Ferrante's spokesman". */
    private String possessorRole(Sentence s, int head, int start) {
        for (Token poss : s.children(head, "nmod:poss")) {
            String lower = poss.text().toLowerCase(Locale.ROOT);
            if (lower.equals("his") || lower.equals("her")) {
                String owner = actors.lastPerson(start);
                return owner == null ? null : owner + "'s " + s.tokens().get(head).text().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean definite(Sentence s, int first) {
        String w = s.tokens().get(first).text().toLowerCase(Locale.ROOT);
        return w.equals("the") || s.tokens().get(first).pos().equals("NNP") || s.tokens().get(first).pos().equals("POS");
    }

    private static boolean isModifier(Token t) {
        return t.dep().equals("det") || t.dep().startsWith("amod") || t.dep().startsWith("compound")
                || t.dep().equals("nmod:poss") || t.dep().equals("nummod");
    }

    /** The words before a role's head that narrow it ("US", "Russian", "foreign"), folded. */
    static Set<String> modifiers(Sentence s, int first, int head) {
        Set<String> words = new HashSet<>();
        for (int i = first; i < head; i++) {
            Token t = s.tokens().get(i);
            if (!t.pos().equals("DT") && !t.pos().equals("POS") && !t.pos().equals("PRP$") && !t.isPunctuation()) {
                words.add(EntityIndex.foldModifier(t.text()));
            }
        }
        return words;
    }

    NamedMention mentionAt(Sentence s, int tokenIndex) {
        NamedMention[] row = mentionByToken[s.index()];
        return tokenIndex >= 0 && tokenIndex < row.length ? row[tokenIndex] : null;
    }

    private static boolean inside(QuoteSpan q, Token t) {
        return t.start() >= q.contentStart() && t.end() <= q.contentEnd();
    }

    boolean insideAnyQuote(Token t) {
        for (QuoteSpan q : quotes) {
            if (t.start() >= q.start() && t.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker; named when the canonical name is one of the article's entities: a name mention, and a pronoun, role
     * or apposition resolved to one. Roles nobody was named for, pronouns left as written and "I"/"we" are not.
     */
    private Speaker speaker(String mention, int start, int end, String canonical, EntityType type) {
        return Speaker.newBuilder().setText(mention).setSpan(Span.newBuilder().setStart(start).setEnd(end))
                .setCanonicalName(canonical).setType(type).setNamed(entities.names(canonical)).build();
    }
}
