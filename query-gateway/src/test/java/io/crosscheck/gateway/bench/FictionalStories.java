package io.crosscheck.gateway.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Made-up news stories for load tests: invented towns, people and events, each covered by several
 * outlets that report the same facts in their own words, sometimes with different figures, and
 * sometimes as a rewrite of another outlet's text. Deterministic for a seed, so two runs load the
 * same corpus. Nothing here comes from real reporting.
 */
final class FictionalStories {

    /**
     * One outlet's report of a story; {@code keyword} is the town, which every report of the story names;
     * {@code names} are the invented words of the story (the town, the people's given and family names).
     */
    record Report(String storyKeyword, String outlet, String title, String url, Instant published, String text,
            List<String> names) {
    }

    private static final String[] TOWN_HEADS = {"Vel", "Kor", "Ash", "Bram", "Dun", "El", "Fen", "Gal", "Hal", "Ister",
            "Jor", "Kel", "Lind", "Mar", "Nor", "Ost", "Pell", "Quen", "Ros", "Sal", "Tor", "Ul", "Ves", "Wyn"};
    private static final String[] TOWN_TAILS = {"mora", "haven", "brook", "stead", "field", "mere", "wick", "ford",
            "gate", "holm", "by", "ton"};
    private static final String[] TOWN_MIDDLES = {"", "an", "er", "is", "ol", "un", "ar", "en"};
    private static final String[] GIVEN = {"Ilse", "Tomas", "Anouk", "Pieter", "Maren", "Jonas", "Rhea", "Oskar", "Lena",
            "Bastian", "Carys", "Dorian", "Elif", "Farid", "Greta", "Hugo"};
    private static final String[] FAMILY = {"Brenner", "Aldridge", "Kovar", "Lindqvist", "Moreau", "Nakamura", "Okafor",
            "Petrov", "Quist", "Rasmussen", "Sandoval", "Thorne", "Umbers", "Varga", "Whitlock", "Yates"};
    private static final String[] OUTLETS = {"Northgate Wire", "Meridian Post", "Harbor Gazette", "Valley Courier",
            "Coastline Daily", "Riverside Ledger", "Summit Herald", "Lakeside Times", "Eastern Chronicle", "Prairie Star"};
    private static final String[] FACILITIES = {"bridge", "ferry terminal", "rail depot", "water plant", "market hall",
            "sea wall", "grain silo", "bus station"};
    /** One word of each facility, a question that matches every story about such a facility. */
    static final List<String> FACILITY_WORDS = List.of("bridge", "ferry", "rail", "water", "market", "sea", "grain", "bus");
    private static final String[] EVENTS = {"a partial collapse", "a fire", "a flood", "an explosion", "a roof collapse"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] SPEECH = {"said", "told reporters", "said on local radio"};

    private final Random random;

    FictionalStories(long seed) {
        this.random = new Random(seed);
    }

    /** {@code stories} stories, each reported by {@code outletsPerStory} outlets (at most ten). */
    List<Report> generate(int stories, int outletsPerStory, Instant newest) {
        List<Report> reports = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            reports.addAll(story(s, Math.min(outletsPerStory, OUTLETS.length), newest.minusSeconds(86_400L * (s % 60))));
        }
        return reports;
    }

    private List<Report> story(int index, int outlets, Instant day) {
        String town = townName(index);
        String facility = pick(FACILITIES);
        String event = pick(EVENTS);
        String mayor = person();
        String engineer = person();
        String critic = person();
        int injured = 3 + random.nextInt(30);
        int damageMillions = 2 + random.nextInt(90);
        int weeks = 2 + random.nextInt(20);
        int built = 1890 + random.nextInt(120);
        int daily = 1_000 * (2 + random.nextInt(40));
        String reopenMonth = pick(MONTHS);
        String weekday = DayOfWeek.from(day.atZone(ZoneOffset.UTC).minusDays(1)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);

        List<String> names = new ArrayList<>(List.of(town));
        for (String person : List.of(mayor, engineer, critic)) {
            names.addAll(List.of(person.split(" ")));
        }
        List<Report> reports = new ArrayList<>();
        String first = null;
        int firstOutlet = random.nextInt(OUTLETS.length);
        for (int o = 0; o < outlets; o++) {
            String outlet = OUTLETS[(firstOutlet + o) % OUTLETS.length];
            // One outlet in five reports its own count: a discrepancy for the comparison to find.
            int count = o > 0 && random.nextInt(5) == 0 ? injured + 1 + random.nextInt(3) : injured;
            String text;
            if (o == 2 && first != null) {
                text = rewrite(first); // the third outlet rewrites the first one's copy
            } else {
                List<String> paragraphs = new ArrayList<>(List.of(
                        (o % 2 == 0 ? "At least " + count : capitalised(words(count))) + " people were injured on " + weekday
                                + " when " + event + " struck the " + facility + " in " + town + ", officials said.",
                        "“We will rebuild the " + facility + " and we will do it properly,” said " + mayor + ", the mayor of "
                                + town + ". “Nobody should have to cross the river in fear.”",
                        "The town's engineering office estimated the damage at $" + damageMillions + " million, according to "
                                + engineer + ", its chief engineer.",
                        engineer + " " + pick(SPEECH) + " that the " + facility + " would reopen in " + reopenMonth
                                + " if the inspections found no further damage.",
                        "The " + facility + ", built in " + built + ", handled about " + String.format(Locale.ROOT, "%,d", daily)
                                + " people a day before " + event + ".",
                        critic + ", who leads the opposition on the " + town + " council, said the warnings had been ignored for "
                                + (3 + random.nextInt(12)) + " years.",
                        "Repairs are expected to take " + weeks + " weeks, the council said in a statement."));
                if (o % 3 == 1) {
                    paragraphs.add(paragraphs.remove(1)); // the quote further down
                }
                text = String.join("\n\n", paragraphs);
                if (first == null) {
                    first = text;
                }
            }
            String title = capitalised(event.replaceFirst("^an? ", "")) + " at " + town + " " + facility + " injures " + count;
            String slug = town.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + facility.replace(' ', '-');
            reports.add(new Report(town, outlet, title,
                    "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + slug + "-" + index,
                    day.minusSeconds(600L * o), text, List.copyOf(names)));
        }
        return reports;
    }

    /** A distinct one-word name for each of the first 2,304 stories ("Velmora", "Velanmora", …). */
    private static String townName(int index) {
        int heads = TOWN_HEADS.length;
        int tails = TOWN_TAILS.length;
        String middle = TOWN_MIDDLES[(index / (heads * tails)) % TOWN_MIDDLES.length];
        return TOWN_HEADS[index % heads] + middle + TOWN_TAILS[(index / heads) % tails];
    }

    /**
     * A story told again with other invented names: every name word of the source replaced by a made-up word of the
     * same length and the same pattern of capitals, vowels and consonants, so every character offset into the text
     * holds for the copy too. The compare benchmark stores a copy with the source's extracted claims renamed the
     * same way, which fills a large store without extracting every article. A copy's town is new (never a town
     * already handed out), so a question about it finds the copy's reports alone.
     */
    static final class Renamer {
        private static final String VOWELS = "aeiou";
        private static final String CONSONANTS = "bcdfghjklmnprstvwz";
        private final Random random;
        private final Set<String> towns = new HashSet<>();

        Renamer(long seed, List<Report> originals) {
            this.random = new Random(seed);
            originals.forEach(r -> towns.add(r.storyKeyword().toLowerCase(Locale.ROOT)));
        }

        /** A renaming of the source story's names: name word to new word, the town first and unused. */
        Renaming renaming(Report source) {
            Map<String, String> renaming = new LinkedHashMap<>();
            String town;
            do {
                town = sameShape(source.storyKeyword());
            } while (!towns.add(town.toLowerCase(Locale.ROOT)) || FACILITY_WORDS.contains(town.toLowerCase(Locale.ROOT)));
            renaming.put(source.storyKeyword(), town);
            for (String name : source.names()) {
                renaming.putIfAbsent(name, sameShape(name));
            }
            return new Renaming(renaming);
        }

        /** The source report with the renaming applied: text, title, url and keyword; outlet and time as they were. */
        static Report renamed(Report source, Renaming renaming, int storyIndex) {
            String town = renaming.words().get(source.storyKeyword());
            // https://outlet.example/{town}-{facility}-{story}: the copy's town and story number, the same facility.
            int slash = source.url().lastIndexOf('/');
            String slug = source.url().substring(slash + 1);
            String facility = slug.substring(source.storyKeyword().length(), slug.lastIndexOf('-'));
            String url = source.url().substring(0, slash + 1) + town.toLowerCase(Locale.ROOT) + facility + "-" + storyIndex;
            return new Report(town, source.outlet(), renaming.apply(source.title()), url, source.published(),
                    renaming.apply(source.text()), source.names().stream().map(renaming.words()::get).toList());
        }

        private String sameShape(String word) {
            StringBuilder b = new StringBuilder(word.length());
            for (char c : word.toCharArray()) {
                char lower = Character.toLowerCase(c);
                String pool = VOWELS.indexOf(lower) >= 0 ? VOWELS : Character.isLetter(c) ? CONSONANTS : null;
                char picked = pool == null ? c : pool.charAt(random.nextInt(pool.length()));
                b.append(Character.isUpperCase(c) ? Character.toUpperCase(picked) : picked);
            }
            return b.toString();
        }
    }

    /** Name words to their replacements, each of the same length, applied to whole words. */
    record Renaming(Map<String, String> words, Pattern wholeWords) {
        Renaming(Map<String, String> words) {
            this(Map.copyOf(words), Pattern.compile("\\b(" + String.join("|", words.keySet()) + ")\\b"));
        }

        /** The same renaming, with each word's lower-case form too (claims keep some names as lower-case keys). */
        Renaming withLowerCase() {
            Map<String, String> all = new LinkedHashMap<>(words);
            words.forEach((from, to) -> all.putIfAbsent(from.toLowerCase(Locale.ROOT), to.toLowerCase(Locale.ROOT)));
            return new Renaming(all);
        }

        String apply(String s) {
            Matcher m = wholeWords.matcher(s);
            if (!m.find()) {
                return s;
            }
            StringBuilder out = new StringBuilder(s.length());
            do {
                m.appendReplacement(out, words.get(m.group(1)));
            } while (m.find());
            return m.appendTail(out).toString();
        }
    }

    /** The same copy lightly reworded, as outlets that take over a wire story do. */
    private static String rewrite(String text) {
        return text.replace("officials said", "according to officials")
                .replace("estimated the damage at", "put the damage at")
                .replace("Repairs are expected to take", "Repair work is expected to last")
                .replace("the warnings had been ignored", "warnings had gone unheeded");
    }

    private String person() {
        return pick(GIVEN) + " " + pick(FAMILY);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String words(int n) {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        return n < small.length ? small[n] : Integer.toString(n);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
