package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.EntityType;

/**
 * A fictional event told by four fictional outlets, for the engine's tests: a fire at a grain terminal. The Lakeside
 * Courier is the wire report; the Harbor Gazette paraphrases it (reordered, synonyms swapped); the Ridge Tribune and
 * the Valley Ledger report independently (the Ledger the same day as the Courier, so its eleven dead is the same
 * moment's count, not a later one). They disagree on the dead (nine, at least eight, eleven), on a truck limit
 * (a cap of 400 against none) and on who called the rules "sound but poorly enforced"; they agree on the chief's
 * words and on the mayor's promise; and they give figures that only look like disagreements: two versions of a plan
 * in one report, and a plan about something else.
 */
final class TerminalFireStory {
    private TerminalFireStory() {
    }

    static final String FIRE_COURIER = "A fire swept through the Dravenport grain terminal on Sunday night, killing nine "
            + "workers and injuring 23 others, the port authority said.";
    static final String CHIEF_COURIER = "Firefighters battled the flames for six hours before bringing the blaze under "
            + "control, fire chief Nadia Orlov said.";
    static final String CRANES_COURIER = "“The heat was so intense that two cranes collapsed into the harbour,” Orlov told reporters.";
    static final String TONNES_COURIER = "The terminal handles about 40,000 tonnes of grain a week and will stay closed "
            + "until further notice.";
    static final String PLANS_COURIER = "Port director Felix Amsel said the original 12-point safety plan had been "
            + "replaced by a revised 9-point plan in March.";
    static final String CAP_COURIER = "Amsel said the new rules set a cap of 400 trucks a day at the terminal.";
    static final String CAUSE_COURIER = "Investigators will examine whether a faulty conveyor belt started the fire, "
            + "officials said.";

    static CoverageArticle courier() {
        return StoryBuilder.article("courier-1", "Lakeside Courier", "2031-05-12", FIRE_COURIER, CHIEF_COURIER, CRANES_COURIER,
                        TONNES_COURIER, PLANS_COURIER, CAP_COURIER, CAUSE_COURIER)
                .reported(FIRE_COURIER, "A fire swept through the Dravenport grain terminal on Sunday night, killing nine "
                        + "workers and injuring 23 others", "port authority")
                .number("A fire swept through the Dravenport grain terminal on Sunday night, killing nine workers and "
                        + "injuring 23 others", "nine", 9, "", "workers")
                .number("A fire swept through the Dravenport grain terminal on Sunday night, killing nine workers and "
                        + "injuring 23 others", "23", 23, "", "others")
                .reported(CHIEF_COURIER, "Firefighters battled the flames for six hours before bringing the blaze under "
                        + "control", "Nadia Orlov")
                .number("Firefighters battled the flames for six hours before bringing the blaze under control", "six", 6, "", "hours")
                .quote(CRANES_COURIER, "The heat was so intense that two cranes collapsed into the harbour", "Nadia Orlov")
                .statement(TONNES_COURIER)
                .number(TONNES_COURIER, "40,000", 40000, "about", "tonnes")
                .reported(PLANS_COURIER, "the original 12-point safety plan had been replaced by a revised 9-point plan in "
                        + "March", "Felix Amsel")
                .number("the original 12-point safety plan had been replaced by a revised 9-point plan in March", "12", 12, "", "point plan")
                .number("the original 12-point safety plan had been replaced by a revised 9-point plan in March", "9", 9, "", "point plan")
                .reported(CAP_COURIER, "the new rules set a cap of 400 trucks a day at the terminal", "Felix Amsel")
                .number("the new rules set a cap of 400 trucks a day at the terminal", "400", 400, "", "trucks")
                .reported(CAUSE_COURIER, "Investigators will examine whether a faulty conveyor belt started the fire", "officials")
                .entity("Dravenport", EntityType.ENTITY_TYPE_LOCATION, "Dravenport")
                .entity("Nadia Orlov", EntityType.ENTITY_TYPE_PERSON, "Nadia Orlov", "Orlov")
                .entity("Felix Amsel", EntityType.ENTITY_TYPE_PERSON, "Felix Amsel", "Amsel")
                .build();
    }

    static final String FIRE_GAZETTE = "Nine workers died and 23 more were hurt when fire tore through the Dravenport grain "
            + "terminal late on Sunday, according to the port authority.";
    static final String CHIEF_GAZETTE = "Fire chief Nadia Orlov said crews fought the blaze for six hours before it was "
            + "brought under control.";
    static final String CRANES_GAZETTE = "“The heat was so intense that two cranes collapsed into the harbour,” Orlov said.";
    static final String TONNES_GAZETTE = "Roughly 40,000 tonnes of grain pass through the terminal each week; it will "
            + "remain shut until further notice.";
    static final String CAUSE_GAZETTE = "Investigators are to examine whether a defective conveyor belt caused the blaze, "
            + "according to officials.";
    static final String PLANS_GAZETTE = "A revised 9-point plan replaced the original 12-point safety plan in March, port "
            + "director Felix Amsel said.";

    static CoverageArticle gazette() {
        return StoryBuilder.article("gazette-1", "Harbor Gazette", "2031-05-12", FIRE_GAZETTE, CHIEF_GAZETTE, CRANES_GAZETTE,
                        TONNES_GAZETTE, CAUSE_GAZETTE, PLANS_GAZETTE)
                .statement(FIRE_GAZETTE)
                .number(FIRE_GAZETTE, "Nine", 9, "", "workers")
                .number(FIRE_GAZETTE, "23", 23, "", "")
                .reported(CHIEF_GAZETTE, "crews fought the blaze for six hours before it was brought under control", "Nadia Orlov")
                .number("crews fought the blaze for six hours before it was brought under control", "six", 6, "", "hours")
                .quote(CRANES_GAZETTE, "The heat was so intense that two cranes collapsed into the harbour", "Nadia Orlov")
                .statement(TONNES_GAZETTE)
                .number(TONNES_GAZETTE, "40,000", 40000, "roughly", "tonnes")
                .statement(CAUSE_GAZETTE)
                .reported(PLANS_GAZETTE, "A revised 9-point plan replaced the original 12-point safety plan in March", "Felix Amsel")
                .number("A revised 9-point plan replaced the original 12-point safety plan in March", "9", 9, "", "point plan")
                .number("A revised 9-point plan replaced the original 12-point safety plan in March", "12", 12, "", "point plan")
                .entity("Dravenport", EntityType.ENTITY_TYPE_LOCATION, "Dravenport")
                .entity("Nadia Orlov", EntityType.ENTITY_TYPE_PERSON, "Nadia Orlov", "Orlov")
                .entity("Felix Amsel", EntityType.ENTITY_TYPE_PERSON, "Felix Amsel")
                .build();
    }

    static final String FIRE_TRIBUNE = "At least eight people were killed in Sunday's blaze at the Dravenport grain "
            + "terminal, city officials said on Monday.";
    static final String RELATIVES_TRIBUNE = "Relatives gathered outside the terminal gates as rescue teams searched the "
            + "burned warehouses.";
    static final String RULES_TRIBUNE = "Mayor Ilse Varga called the port's safety rules “sound but poorly enforced”.";
    static final String TRUCKS_TRIBUNE = "The rules do not limit the number of trucks at the terminal, union leader Marta "
            + "Keel said.";
    static final String FUNERALS_TRIBUNE = "Varga said the city would pay for the funerals of the victims.";
    static final String REOPENED_TRIBUNE = "The terminal had reopened in March after a year of repairs.";

    static CoverageArticle tribune() {
        return StoryBuilder.article("tribune-1", "Ridge Tribune", "2031-05-13", FIRE_TRIBUNE, RELATIVES_TRIBUNE, RULES_TRIBUNE,
                        TRUCKS_TRIBUNE, FUNERALS_TRIBUNE, REOPENED_TRIBUNE)
                .reported(FIRE_TRIBUNE, "At least eight people were killed in Sunday's blaze at the Dravenport grain terminal",
                        "city officials")
                .number("At least eight people were killed in Sunday's blaze at the Dravenport grain terminal", "eight", 8,
                        "at least", "people")
                .statement(RELATIVES_TRIBUNE)
                .quote(RULES_TRIBUNE, "sound but poorly enforced", "Ilse Varga")
                .reported(TRUCKS_TRIBUNE, "The rules do not limit the number of trucks at the terminal", "Marta Keel")
                .reported(FUNERALS_TRIBUNE, "the city would pay for the funerals of the victims", "Ilse Varga")
                .statement(REOPENED_TRIBUNE)
                .entity("Dravenport", EntityType.ENTITY_TYPE_LOCATION, "Dravenport")
                .entity("Ilse Varga", EntityType.ENTITY_TYPE_PERSON, "Ilse Varga", "Varga")
                .entity("Marta Keel", EntityType.ENTITY_TYPE_PERSON, "Marta Keel")
                .build();
    }

    static final String FIRE_LEDGER = "Eleven workers were killed when a fire engulfed the Dravenport grain terminal on "
            + "Sunday, hospital officials said.";
    static final String RULES_LEDGER = "Port director Felix Amsel called the safety rules “sound but poorly enforced”.";
    static final String EVACUATION_LEDGER = "The terminal's 5-point evacuation plan was last updated in 2019, Amsel said.";
    static final String FUNERALS_LEDGER = "Mayor Ilse Varga said the city would cover the cost of the funerals.";
    static final String REOPENED_LEDGER = "The terminal had reopened earlier this year after a year of repairs.";

    static CoverageArticle ledger() {
        return StoryBuilder.article("ledger-1", "Valley Ledger", "2031-05-12", FIRE_LEDGER, RULES_LEDGER, EVACUATION_LEDGER,
                        FUNERALS_LEDGER, REOPENED_LEDGER)
                .reported(FIRE_LEDGER, "Eleven workers were killed when a fire engulfed the Dravenport grain terminal on Sunday",
                        "hospital officials")
                .number("Eleven workers were killed when a fire engulfed the Dravenport grain terminal on Sunday", "Eleven",
                        11, "", "workers")
                .quote(RULES_LEDGER, "sound but poorly enforced", "Felix Amsel")
                .reported(EVACUATION_LEDGER, "The terminal's 5-point evacuation plan was last updated in 2019", "Felix Amsel")
                .number("The terminal's 5-point evacuation plan was last updated in 2019", "5", 5, "", "point plan")
                .number("The terminal's 5-point evacuation plan was last updated in 2019", "2019", 2019, "", "")
                .reported(FUNERALS_LEDGER, "the city would cover the cost of the funerals", "Ilse Varga")
                .statement(REOPENED_LEDGER)
                .entity("Dravenport", EntityType.ENTITY_TYPE_LOCATION, "Dravenport")
                .entity("Felix Amsel", EntityType.ENTITY_TYPE_PERSON, "Felix Amsel", "Amsel")
                .entity("Ilse Varga", EntityType.ENTITY_TYPE_PERSON, "Ilse Varga")
                .build();
    }
}
