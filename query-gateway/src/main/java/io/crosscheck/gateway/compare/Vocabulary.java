package io.crosscheck.gateway.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small amount of English the comparison needs: words that carry no content, reporting verbs (who said
 * something is the speaker's business, not the claim's content), negations, words that mark an earlier or a later
 * version of a thing, number words, and groups of everyday news synonyms ("killed", "dead", "fatalities") that
 * outlets swap when they paraphrase. The groups are general news vocabulary, not the words of any one story.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "into", "onto", "upon", "about",
            "and", "or", "but", "nor", "as", "if", "than", "then", "so", "yet", "because", "while", "whereas", "although",
            "though", "whether", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
            "do", "does", "did", "doing", "done", "will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "it", "its", "itself", "this", "that", "these", "those", "there", "here", "he", "him", "his",
            "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs", "themselves", "we", "us",
            "our", "ours", "i", "me", "my", "mine", "you", "your", "yours", "which", "who", "whom", "whose", "what",
            "when", "where", "why", "how", "all", "any", "each", "every", "both", "either", "neither", "some", "such",
            "same", "other", "others", "another", "more", "most", "much", "many", "very", "too", "also", "just", "only",
            "even", "still", "already", "again", "ever", "now", "over", "under", "up", "down", "out", "off", "through",
            "after", "before", "since", "until", "till", "during", "against", "between", "among", "amid", "amongst",
            "despite", "via", "per", "within", "without", "toward", "towards", "around", "across", "behind", "beyond",
            "s", "t", "d", "ll", "re", "ve", "m", "mr", "mrs", "ms", "dr", "st", "jr", "one", "ones", "thing", "things",
            "way", "ways", "like", "well", "however", "meanwhile", "later", "earlier", "yesterday", "today", "tonight",
            "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weeks",
            "month", "months", "year", "years", "day", "days", "night", "morning", "evening", "afternoon", "last",
            "next", "ago", "time", "times", "recent", "recently", "percent", "per cent",
            // Words that stand in for content rather than carry it.
            "something", "anything", "everything", "someone", "anyone", "everyone", "somebody", "anybody",
            "everybody", "else", "really", "actually", "certainly", "frankly", "maybe", "perhaps", "quite", "rather",
            "instead", "lot", "lots", "kind", "sort", "able", "unable", "likely", "make", "made", "makes", "get",
            "got", "gets", "go", "goes", "going", "went", "come", "comes", "came", "take", "takes", "took", "put",
            "puts", "give", "gives", "gave", "want", "wants", "wanted", "know", "knew", "known", "think", "thought",
            "see", "saw", "seen", "look", "looks", "looked", "new", "first", "second", "third",
            // Titles say who someone is, which their name says too; they are not what a claim is about.
            "president", "minister", "secretary", "prime", "chancellor", "senator", "governor", "mayor", "spokesman",
            "ambassador", "commissioner", "director", "envoy", "vice", "deputy", "sir", "lord", "dame", "king",
            "queen", "prince", "princess", "general", "colonel", "captain", "lieutenant", "sergeant", "judge",
            "justice", "councillor", "councilor", "representative", "rep", "sen", "gov", "gen", "col", "capt",
            // What qualifies a number says how exact it is, not what it counts.
            "least", "approximately", "roughly", "nearly", "almost", "estimated", "exactly", "fewer", "less");

    /** Verbs and nouns that report speech: they say who spoke, not what is claimed. */
    static final Set<String> REPORTING = Set.of(
            "say", "said", "says", "saying", "tell", "told", "tells", "telling", "state", "stated", "states", "stating",
            "add", "added", "adds", "adding", "claim", "claimed", "claims", "claiming", "note", "noted", "notes",
            "according", "report", "reported", "reports", "reportedly", "write", "wrote", "writes", "written",
            "announce", "announced", "announces", "declare", "declared", "insist", "insisted", "insists", "stress",
            "stressed", "stresses", "explain", "explained", "comment", "commented", "remark", "remarked", "continue",
            "continued", "argue", "argued", "argues", "suggest", "suggested", "suggests", "indicate", "indicated",
            "speaking", "spoke", "speak", "acknowledged", "acknowledge", "emphasized", "emphasised", "emphasize",
            "asked", "ask", "quoted", "quote", "statement", "spokesman", "spokeswoman", "spokesperson");

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "without", "neither",
            "nor", "n't", "cannot");

    /** Words that place a thing as an earlier version ("the original plan", "the initial draft"). */
    static final Set<String> EARLIER_VERSION = Set.of("original", "originally", "initial", "initially", "first",
            "earlier", "previous", "previously", "old", "former", "preliminary", "prior");

    /** Words that place a thing as a later version ("the revised plan", "the updated figure"). */
    static final Set<String> LATER_VERSION = Set.of("revised", "revision", "new", "newer", "updated", "update",
            "amended", "modified", "latest", "reworked", "reduced", "changed", "adjusted", "corrected", "current");

    static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"),
            Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"), Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"),
            Map.entry("fifty", "50"), Map.entry("sixty", "60"), Map.entry("seventy", "70"), Map.entry("eighty", "80"),
            Map.entry("ninety", "90"), Map.entry("hundred", "100"), Map.entry("thousand", "1000"),
            Map.entry("dozen", "12"));

    /**
     * Everyday news synonyms: each line is one concept, its first word the concept's name. A word belongs to one
     * concept only; words with two common senses ("fall") stay out.
     */
    private static final List<String> CONCEPTS = List.of(
            "kill killed killing kills dead death deaths die died dying fatality fatalities fatal slain",
            "injure injured injuring injures injury injuries wound wounded wounding wounds hurt hurting",
            "attack attacks attacked attacking strike strikes struck barrage bombing bombings bombed bombard"
                    + " bombardment raid raids shelling shelled assault assaults airstrike airstrikes offensive",
            "meet meeting meetings met talks talk negotiation negotiations negotiate negotiated negotiating"
                    + " negotiator negotiators discussion discussions discuss discussed summit conference session",
            "military army armies troops troop soldiers soldier forces armed personnel servicemen",
            "limit limits limited limiting limitation limitations cap caps capped ceiling ceilings restrict"
                    + " restricts restricted restriction restrictions maximum",
            "country countries nation nations ally allies allied partner partners member members",
            "plan plans proposal proposals framework frameworks deal deals agreement agreements accord accords"
                    + " blueprint roadmap strategy pact treaty outline",
            "send sends sent sending dispatch dispatches dispatched dispatching deploy deployed",
            "travel travels travelled traveled visit visits visited trip trips fly flew arrive arrived",
            "support supports supported supporting backs backed backing endorse endorsed endorses"
                    + " favour favor",
            "people persons individuals residents civilians workers worker employees staff passengers children "
                    + "adults students patients victims migrants refugees pedestrians commuters tourists visitors miners "
                    + "farmers villagers inhabitants citizens",
            "collapse collapsed collapses collapsing crumble crumbled cave caved",
            "rebuild rebuilt rebuilding reconstruct reconstructed reconstruction restore restored",
            "inspect inspected inspection inspections inspecting examine examined",
            "increase increased increases increasing rise rose risen rising raise raised raising grow grew grown"
                    + " growth climb climbed jump jumped surge surged boost boosted",
            "decrease decreased decreases decreasing decline declined declining drop dropped reduce reduction"
                    + " lower lowered shrink shrank cut cuts",
            "arrest arrested arrests detain detained detention custody",
            "fire fires blaze blazes flames",
            "vote votes voted voting ballot ballots poll polls election elections",
            "money funds funding fund financing cash",
            "asset assets holdings reserves",
            "freeze frozen froze freezing",
            "reject rejected rejects rejecting refuse refused refuses dismiss dismissed",
            "warn warned warns warning warnings caution cautioned",
            "vehicle vehicles cars car trucks",
            "resign resigned resigns resignation quit quits",
            "price prices cost costs costing",
            "leader leaders head heads chief chiefs",
            "ceasefire truce armistice",
            "missile missiles rocket rockets",
            "drone drones uav uavs",
            "evacuate evacuated evacuation evacuations",
            "protest protests protested protesters demonstration demonstrations demonstrators",
            "sanction sanctions sanctioned embargo",
            "missing disappeared unaccounted",
            "rescue rescued rescuing saved",
            "displace displaced homeless");

    /**
     * Concepts that say what happened to what a number counts: "nine killed" and "nine injured" count different
     * things however alike their sentences are.
     */
    static final Set<String> EVENTS = Set.of("~kill", "~injure", "~arrest", "~evacuate", "~missing", "~rescue",
            "~displace", "~resign", "~vote");

    /**
     * What a number can be denied as a whole: a bound ("a cap of 400" against "no cap") or an event ("12 injured"
     * against "nobody was injured"). Denials of other words ("did not pay taxes") deny something else than a count.
     */
    static final Set<String> DENIABLE;

    static {
        java.util.Set<String> deniable = new java.util.HashSet<>(EVENTS);
        deniable.add("~limit");
        DENIABLE = Set.copyOf(deniable);
    }

    private static final Map<String, String> CONCEPT_OF_STEM = new HashMap<>();

    static {
        for (String line : CONCEPTS) {
            String[] words = line.split(" ");
            String concept = "~" + words[0];
            for (String w : words) {
                CONCEPT_OF_STEM.putIfAbsent(PorterStemmer.stem(w), concept);
            }
        }
    }

    /** The concept a stemmed word belongs to ("~kill" for "fatal"), or null. */
    static String conceptOfStem(String stem) {
        return CONCEPT_OF_STEM.get(stem);
    }
}
