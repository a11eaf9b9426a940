package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Span;
import io.crosscheck.names.NameKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named entities of one article with canonical names: spellings and transliterations of a name
 * meet under one {@link NameKey} (shared with the gateway; possessives, particles and leading honorifics
 * left out); a surname alone ("Marov") resolves to the full name the article
 * gives ("Pavel Marov"); the most frequent full spelling becomes canonical. It also remembers which
 * person holds which role ("U.S. President Ann Halvorsen", "Ivo Dunmore, the palace spokesman") so
 * that later role mentions ("the US president") resolve to the person.
 */
public final class EntityIndex {
    /** Up to three capitalised words right before a name, as a list's first items ("Immigration, "). */
    private static final java.util.regex.Pattern LEFT_OFF_WORDS =
            java.util.regex.Pattern.compile("((?:\\p{Lu}\\p{L}+,?\\s+){1,3})$");

    private final Map<String, Group> groupsByKey = new LinkedHashMap<>();
    private final Map<String, Group> personsBySurnameKey = new HashMap<>();
    /** First word of a full name → its person; a first word two people share maps to {@link #SHARED}. */
    private final Map<String, Group> personsByFirstWordKey = new HashMap<>();
    private static final Group SHARED = new Group(EntityType.ENTITY_TYPE_PERSON);
    private final Map<NamedMention, Group> groupOfMention = new HashMap<>();
    private final List<RoleHolder> roles = new ArrayList<>();
    private final List<NamedMention> personMentions = new ArrayList<>();
    private final Set<String> names = new java.util.HashSet<>();

    /** A person named with a role; modifiers are the role's narrowing words ("us", "russian"). */
    private record RoleHolder(int offset, String role, Set<String> modifiers, Group person) {
    }

    private static final class Group {
        final EntityType type;
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final List<Span> mentions = new ArrayList<>();

        Group(EntityType type) {
            this.type = type;
        }

        String canonical() {
            String best = null;
            int bestScore = -1;
            for (var e : spellings.entrySet()) {
                // Full names beat surnames; among full names the most frequent spelling wins. Words are counted
                // as the name key counts them ("Mr. Marov" is no full name), then as written ("Al Brenn" is
                // more than "Gore").
                int score = NameKey.words(e.getKey()).size() * 1_000_000 + e.getKey().split(" ").length * 1000
                        + Math.min(e.getValue(), 999);
                if (score > bestScore) {
                    best = e.getKey();
                    bestScore = score;
                }
            }
            return best;
        }
    }

    public EntityIndex(AnalyzedText text) {
        List<NamedMention> named = text.mentions().stream().filter(m -> typeOf(m.type()) != null).toList();
        // Full names first, so that surnames met earlier in the text still find their full name.
        for (NamedMention m : named) {
            if (typeOf(m.type()) == EntityType.ENTITY_TYPE_PERSON && words(clean(m.text())) >= 2) {
                add(m);
            }
        }
        for (NamedMention m : named) {
            if (!(typeOf(m.type()) == EntityType.ENTITY_TYPE_PERSON && words(clean(m.text())) >= 2)) {
                add(m);
            }
        }
        joinAcronyms(text.text());
        collectRoles(text);
        for (Group g : groupsByKey.values()) {
            if (g.type != EntityType.ENTITY_TYPE_OTHER) {
                names.add(g.canonical());
            }
        }
    }

    /**
     * Whether a canonical name is the name of a person, organisation or place of this article: what
     * {@code Speaker.named} says of a speaker. Roles the article never tied to a name ("the US president"), pronouns
     * left as written and descriptions are not.
     */
    public boolean names(String canonical) {
        return names.contains(canonical);
    }

    private void add(NamedMention m) {
        EntityType type = typeOf(m.type());
        String spelling = clean(m.text());
        if (spelling.isEmpty()) {
            return;
        }
        String key = NameKey.of(spelling);
        Group group = groupsByKey.get(type + "|" + key);
        if (group == null && words(spelling) == 1 && personsBySurnameKey.containsKey(key)) {
            // A surname alone, even when NER calls it an organisation ("Halvorsen" tagged ORGANIZATION).
            group = personsBySurnameKey.get(key);
            type = EntityType.ENTITY_TYPE_PERSON;
        }
        if (group == null && type == EntityType.ENTITY_TYPE_PERSON && words(spelling) == 1
                && personsByFirstWordKey.getOrDefault(key, SHARED) != SHARED) {
            // "Lena" after "Lena Varga", "Zhou" after "Zhou Min" (family name first): the one person whose
            // full name opens with the word. A word that opens two full names ("Kim") stays a name of its own.
            group = personsByFirstWordKey.get(key);
        }
        if (group == null) {
            group = new Group(type);
            groupsByKey.put(type + "|" + key, group);
        }
        if (type == EntityType.ENTITY_TYPE_PERSON) {
            personsBySurnameKey.putIfAbsent(NameKey.surname(spelling), group);
            String[] parts = key.split(" ");
            if (parts.length >= 2) {
                Group before = personsByFirstWordKey.putIfAbsent(parts[0], group);
                if (before != null && before != group) {
                    personsByFirstWordKey.put(parts[0], SHARED);
                }
            }
            personMentions.add(m);
        }
        group.spellings.merge(spelling, 1, Integer::sum);
        group.mentions.add(Span.newBuilder().setStart(m.start()).setEnd(m.end()).build());
        groupOfMention.put(m, group);
    }

    /**
     * An organisation's acronym ("IRCC") meets the one name the article spells out whose capitalised words it
     * abbreviates ("Immigration, Refugees and Citizenship Canada"), so that both speak as the full name. An acronym
     * two names could stand for stays a name of its own.
     */
    private void joinAcronyms(String text) {
        List<Group> organisations = groupsByKey.values().stream().filter(g -> g.type == EntityType.ENTITY_TYPE_ORGANIZATION).toList();
        // NER often calls an unknown acronym before "said" a person: capitals alone are never a person's written name here.
        List<Group> acronyms = groupsByKey.values().stream().distinct()
                .filter(g -> g.type == EntityType.ENTITY_TYPE_ORGANIZATION || g.type == EntityType.ENTITY_TYPE_PERSON).toList();
        for (Group acronym : acronyms) {
            String letters = acronym.canonical();
            if (letters == null || !letters.matches("\\p{Lu}{2,6}")) {
                continue;
            }
            List<Group> spelledOut = organisations.stream()
                    .filter(g -> g != acronym && abbreviates(letters, g, text))
                    .toList();
            if (spelledOut.size() != 1) {
                continue;
            }
            Group full = spelledOut.get(0);
            acronym.spellings.forEach((spelling, count) -> full.spellings.merge(spelling, count, Integer::sum));
            full.mentions.addAll(acronym.mentions);
            groupOfMention.replaceAll((mention, group) -> group == acronym ? full : group);
            groupsByKey.replaceAll((key, group) -> group == acronym ? full : group);
            personsBySurnameKey.replaceAll((key, group) -> group == acronym ? full : group);
        }
    }

    /**
     * Whether the letters abbreviate the group's name, as spelled or with the capitalised words NER left off before one
     * of its mentions: "Immigration, Refugees and Citizenship Canada" comes back as "Refugees and Citizenship Canada".
     */
    private static boolean abbreviates(String letters, Group g, String text) {
        for (String name : g.spellings.keySet()) {
            if (letters.equals(initials(name))) {
                return true;
            }
        }
        for (Span mention : g.mentions) {
            String name = text.substring(mention.getStart(), mention.getEnd());
            String before = text.substring(Math.max(0, mention.getStart() - 40), mention.getStart());
            java.util.regex.Matcher left = LEFT_OFF_WORDS.matcher(before);
            if (left.find() && letters.equals(initials(left.group(1) + " " + name))) {
                return true;
            }
        }
        return false;
    }

    /** The initials of a name's capitalised words ("Refugees and Citizenship Canada" → "RCC"). */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s,&-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                out.appendCodePoint(word.codePointAt(0));
            }
        }
        return out.length() >= 2 ? out.toString() : "";
    }

    /** Titles right before a person ("President Ann Halvorsen") or in apposition after one. */
    private void collectRoles(AnalyzedText text) {
        for (NamedMention m : personMentions) {
            Sentence s = text.sentences().get(m.sentence());
            Group person = groupOfMention.get(m);
            int lowest = Math.max(0, m.firstToken() - 6);
            for (int i = m.firstToken() - 1; i >= lowest; i--) {
                Token t = s.tokens().get(i);
                if ("TITLE".equals(t.ner())) {
                    int first = i;
                    while (first > lowest && narrowsRole(s.tokens().get(first - 1))) {
                        first--;
                    }
                    roles.add(new RoleHolder(m.start(), t.lowerLemma(), roleModifiers(s, first, i), person));
                } else if (t.isPunctuation() || t.isVerb()) {
                    break;
                }
            }
            int after = m.endToken();
            if (after < s.tokens().size() && s.tokens().get(after).text().equals(",")) {
                for (int i = after + 1; i < Math.min(s.tokens().size(), after + 8); i++) {
                    Token t = s.tokens().get(i);
                    if ("TITLE".equals(t.ner())) {
                        Set<String> narrowing = new java.util.HashSet<>(roleModifiers(s, after + 1, i));
                        for (int k = i + 1; k < s.tokens().size() && !s.tokens().get(k).text().equals(","); k++) {
                            narrowing.add(foldModifier(s.tokens().get(k).text())); // "President of the European Commission"
                        }
                        roles.add(new RoleHolder(m.start(), t.lowerLemma(), narrowing, person));
                    } else if (t.isPunctuation() || t.isVerb()) {
                        break;
                    }
                }
            }
        }
    }

    /** A word that can narrow the title after it ("US", "Russian", "foreign"); a name, "and" or a verb ends the role. */
    private static boolean narrowsRole(Token t) {
        return !t.isPunctuation() && !t.isVerb() && !"PERSON".equals(t.ner()) && !t.pos().equals("CC")
                && !t.pos().equals("IN") && !t.pos().equals("DT");
    }

    /** The canonical name of a NER mention; the mention itself when it is not indexed. */
    public String canonical(NamedMention m) {
        Group g = groupOfMention.get(m);
        return g == null ? clean(m.text()) : g.canonical();
    }

    /**
     * The type of the entity a mention belongs to: a surname NER called an organisation ("Halvorsen" tagged
     * ORGANIZATION after "Ann Halvorsen") is a person's. The mention's own NER type when it is not indexed.
     */
    public EntityType typeOf(NamedMention m) {
        Group g = groupOfMention.get(m);
        return g == null ? typeOf(m.type()) : g.type;
    }

    /** The canonical name for a bare name string, e.g. a person named elsewhere in the article. */
    public String canonicalOfName(String name, EntityType type) {
        String key = NameKey.of(clean(name));
        Group g = groupsByKey.get(type + "|" + key);
        if (g == null && type == EntityType.ENTITY_TYPE_PERSON) {
            g = personsBySurnameKey.get(key);
        }
        return g == null ? clean(name) : g.canonical();
    }

    /** Whether the article names a person with this name or surname. */
    public boolean knowsPerson(String name) {
        String key = NameKey.of(name);
        return groupsByKey.containsKey(EntityType.ENTITY_TYPE_PERSON + "|" + key) || personsBySurnameKey.containsKey(key);
    }

    /** The person last named before the offset (pronoun resolution), or null. */
    public String personBefore(int offset) {
        return personBefore(offset, canonical -> true);
    }

    /** The canonical name of the last person named before the offset whom the filter allows, or null. */
    public String personBefore(int offset, java.util.function.Predicate<String> allowed) {
        NamedMention last = null;
        for (NamedMention m : personMentions) {
            if (m.end() <= offset && (last == null || m.start() > last.start()) && allowed.test(groupOfMention.get(m).canonical())) {
                last = m;
            }
        }
        return last == null ? null : groupOfMention.get(last).canonical();
    }

    /**
     * The person named with this role (by its head word, "president") nearest before the offset, or null.
     * Only earlier mentions count: a later "Ilse Maren, President of the Harbour Commission"
     * says nothing about who "the US president" was.
     */
    public String roleHolder(String roleHead, Set<String> modifiers, int offset) {
        String head = roleHead.toLowerCase(Locale.ROOT);
        RoleHolder best = null;
        for (RoleHolder r : roles) {
            if (r.offset() < offset && r.role().equals(head) && compatible(modifiers, r.modifiers())
                    && (best == null || r.offset() > best.offset())) {
                best = r;
            }
        }
        return best == null ? null : best.person().canonical();
    }

    /** Whether the person is named with the same role narrowed differently ("Russian president" vs "US president"). */
    public boolean holdsOtherRole(String person, String roleHead, Set<String> modifiers) {
        for (RoleHolder r : roles) {
            if (r.person().canonical().equals(person) && r.role().equals(roleHead) && !r.modifiers().isEmpty()
                    && !compatible(modifiers, r.modifiers())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the US president" fits "U.S. President Ann Halvorsen" but not "Russian president Ilya Maren";
     * a role asked with narrowing words fits a holder only if they share one.
     */
    private static boolean compatible(Set<String> asked, Set<String> held) {
        if (asked.isEmpty()) {
            return true;
        }
        for (String word : asked) {
            if (held.contains(word) || held.contains(word.replaceAll("(n|ian|ish|ese)$", ""))) {
                return true;
            }
        }
        return false;
    }

    /** The words before a role's head that narrow it ("US", "Russian", "foreign"), folded. */
    public static Set<String> roleModifiers(Sentence s, int first, int head) {
        Set<String> words = new java.util.HashSet<>();
        for (int i = first; i < head; i++) {
            Token t = s.tokens().get(i);
            if (!t.pos().equals("DT") && !t.pos().equals("POS") && !t.pos().equals("PRP$") && !t.isPunctuation()) {
                words.add(foldModifier(t.text()));
            }
        }
        return words;
    }

    /** Folds a role modifier so that spellings meet: "U.S." and "US" are one word. */
    static String foldModifier(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT);
    }

    public List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        Set<Group> seen = new LinkedHashSet<>(groupsByKey.values());
        for (Group g : seen) {
            out.add(Entity.newBuilder()
                    .setCanonicalName(g.canonical())
                    .setType(g.type)
                    .addAllMentions(g.mentions)
                    .addAllAliases(g.spellings.keySet())
                    .build());
        }
        return out;
    }

    public static EntityType typeOf(String nerType) {
        if (nerType == null) {
            return null;
        }
        return switch (nerType) {
            case "PERSON" -> EntityType.ENTITY_TYPE_PERSON;
            case "ORGANIZATION" -> EntityType.ENTITY_TYPE_ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.ENTITY_TYPE_LOCATION;
            case "MISC" -> EntityType.ENTITY_TYPE_OTHER;
            default -> null;
        };
    }

    private static String clean(String name) {
        return name.replaceAll("[’']s$", "").replaceAll("\\s+", " ").strip();
    }

    /** The words of a name as its key counts them: honorifics and particles aside ("Mr. Marov" is one). */
    private static int words(String s) {
        return NameKey.words(s).size();
    }
}
