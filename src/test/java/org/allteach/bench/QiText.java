package org.allteach.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.allteach.library.ResourceKind;

/**
 * Text that reads like a quality-improvement collaborative's documents and posts: sentences from templates whose slots
 * are filled with domain terms and names, drawn with a Zipf distribution (the k-th most common term is used about 1/k
 * as often as the most common one). So "patients" or "blood pressure" are in most documents, a clinical term of rank
 * 300 in about one in ten, and the long tail of clinic, place and medication names makes rare words, found in a
 * handful of documents only. Deterministic for a given seed.
 */
final class QiText {

    /** Domain terms, most common first. Multi-word terms are written as units, so "quoted phrases" find them. */
    static final List<String> TERMS = List.of(
            // the everyday words of every QI document
            "patients", "team", "clinic", "care", "data", "measure", "change", "visit", "staff", "process",
            "improvement", "results", "goal", "workflow", "follow-up", "blood pressure", "diabetes", "hypertension",
            "screening", "outreach", "PDSA cycle", "run chart", "baseline", "median", "A1c", "provider", "nurse",
            "medical assistant", "front desk", "huddle", "registry", "reminder", "text message", "phone call",
            "no-show", "appointment", "referral", "community health worker", "pharmacist", "care coordinator",
            "patient portal", "EHR", "order set", "standing orders", "colorectal cancer screening", "FIT kit",
            "colonoscopy", "mammogram", "cervical cancer screening", "depression screening", "PHQ-9", "statin",
            "medication adherence", "titration", "home blood pressure monitoring", "self-management", "health coach",
            "interpreter", "language access", "REaL data", "race and ethnicity", "preferred language",
            "health equity", "disparities", "stratified data", "social needs", "food insecurity", "transportation",
            "housing", "insurance", "Medicaid", "uninsured", "telehealth", "video visit", "walk-in",
            "same-day access", "scheduling", "check-in", "intake form", "template", "checklist", "script",
            "protocol", "policy", "training", "spread", "sustainability", "balancing measure", "process measure",
            "outcome measure", "control chart", "aim statement", "driver diagram", "change idea", "learning session",
            "action period", "coach", "faculty", "storyboard", "toolkit", "change package", "webinar", "site visit",
            "leadership", "buy-in", "champion", "patient advisory council", "patient voice", "feedback", "survey",
            "satisfaction", "trust", "culturally tailored materials", "bilingual staff", "rural clinic",
            "safety net", "federally qualified health center", "panel management", "care gaps", "pre-visit planning",
            "team-based care", "BP cuff", "blood pressure control", "uncontrolled hypertension", "A1c testing",
            "point-of-care testing", "lab order", "mailed FIT", "return rate", "completion rate", "reach",
            "denominator", "numerator", "exclusions", "data validation", "chart review", "data pull", "dashboard",
            "monthly report", "benchmark", "target", "trend", "shift", "astronomical point", "special cause",
            "common cause", "variation", "annotation", "small test", "prediction", "theory of change",
            "primary driver", "secondary driver", "key driver", "retinal exam", "foot exam", "microalbumin",
            "kidney function", "eGFR", "cholesterol", "LDL", "lipid panel", "smoking cessation", "tobacco use",
            "BMI", "obesity", "nutrition", "physical activity", "prediabetes", "insulin", "hypoglycemia",
            "glucose meter", "continuous glucose monitor", "cardiovascular risk", "stroke", "heart failure",
            "readmission", "emergency department", "hospital discharge", "transition of care", "care plan",
            "shared decision making", "teach-back", "health literacy", "motivational interviewing", "asthma", "COPD",
            "spirometry", "immunization", "flu vaccine", "well-child visit", "prenatal care", "postpartum",
            "behavioral health", "substance use", "opioid", "naloxone", "chronic pain", "dental", "vision",
            "fall risk", "dementia", "advance directive", "palliative care", "care management", "case manager",
            "promotora", "peer navigator", "patient navigator", "warm handoff", "closed-loop referral",
            "community partner", "food pantry", "ride voucher", "bus pass", "childcare", "work schedule",
            "evening clinic", "weekend hours", "mobile unit", "school-based clinic", "faith-based partner",
            "barbershop", "pharmacy", "prescription refill", "90-day supply", "pill organizer", "side effects",
            "lifestyle counseling", "salt intake", "DASH diet", "weight loss", "walking group", "cooking class",
            "diabetes education", "group visit", "peer support", "stress", "sleep", "alcohol use",
            "intimate partner violence", "trauma-informed care", "consent", "privacy", "HIPAA", "data sharing",
            "data use agreement", "IRB", "evaluation", "logic model", "return on investment", "cost", "billing",
            "reimbursement", "value-based payment", "quality bonus", "HEDIS", "UDS measure", "NQF 0018",
            "clinical quality measure", "eCQM", "attestation", "validation rules", "missing values", "duplicates",
            "data dictionary", "data steward", "data partner", "extract", "query", "spreadsheet", "SQL",
            "Power BI", "Tableau", "REDCap", "patient list", "recall list", "worklist", "flowsheet", "smart phrase",
            "best practice alert", "alert fatigue", "documentation", "coding", "ICD-10", "CPT", "problem list",
            "medication list", "allergy", "vital signs", "repeat measurement", "cuff size", "arm position",
            "rest period", "white coat effect", "masked hypertension", "ambulatory monitoring", "kiosk",
            "self-measured blood pressure", "loaner cuffs", "device validation", "Bluetooth upload",
            "remote monitoring", "nurse visit", "titration protocol", "pharmacist-led titration", "ACE inhibitor",
            "thiazide", "calcium channel blocker", "beta blocker", "combination pill", "adherence packaging");

    /** Languages patients prefer: interpreters, translated letters and stratified data name them. */
    private static final List<String> LANGUAGES = List.of("Spanish", "Vietnamese", "Somali", "Haitian Creole",
            "Tagalog", "Arabic", "Mandarin", "Cantonese", "Russian", "Korean", "Portuguese", "Amharic", "Nepali",
            "Hmong", "Marshallese", "Navajo", "Karen", "Dari", "Pashto", "Swahili");

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /**
     * Sentence skeletons: {t} a term, {T} a term starting a sentence, {n} a name (clinic, town, medication), {d} a
     * number, {p} a percentage, {m} a month, {l} a language.
     */
    private static final List<String> TEMPLATES = List.of(
            "Our {t} team tested {t} with {d} patients over {d} weeks.",
            "The run chart shows {t} rising from {p} to {p} after the change to {t}.",
            "Patients taking {n} were called by the {t} within {d} days.",
            "At {n} Health Center, {t} and {t} were discussed at the morning huddle.",
            "We stratified {t} by {t} and found a gap of {p} for patients who prefer {l}.",
            "The {t} was adapted after the second PDSA cycle because {t} took too long.",
            "Staff reported that {t} made {t} easier during {m}.",
            "Our aim is to improve {t} from {p} to {p} by {m} for adults with {t}.",
            "The data partner pulled {t} from the registry every {d} days.",
            "Next cycle we will test {t} on Tuesdays only with one care team.",
            "{T} improved for {d} consecutive weeks, a shift above the median.",
            "Balancing measure: {t} stayed stable at {p}.",
            "The coach suggested linking {t} to {t} in the EHR template.",
            "Community health workers used {t} to reach patients with {t}.",
            "Interpreters helped with {t} for families who speak {l}.",
            "The {n} protocol recommends {t} for patients with {t} and {t}.",
            "We abandoned the {t} idea after {d} tests and adopted {t} instead.",
            "Key driver: reliable {t} supported by {t}.",
            "Front desk staff offered {t} at check-in, and {p} of patients accepted.",
            "The pharmacist reviewed {t} and adjusted {n} for {d} patients.",
            "Patients described {t} as confusing, so we rewrote the {t} in plain language.",
            "Our leadership approved protected time for {t} and {t}.",
            "Compared with baseline, {t} increased by {p} while {t} decreased.",
            "{T} was documented in {p} of visits; the goal is {p}.",
            "Missing {t} fields dropped after intake staff asked about {t} directly.",
            "The learning session on {t} included a storyboard from {n} Family Clinic.",
            "We mailed {t} with a letter in {l} and followed up by text message.",
            "Teams at {n} and {n} shared their {t} checklist.",
            "Special cause variation appeared in {m} when {t} started.",
            "The denominator includes adults aged {d} to {d} with {t}.",
            "{T} depends on {t}, so we mapped the workflow with the {t} first.",
            "A patient from {n} told the advisory council that {t} mattered more than {t}.",
            "We saw no change in {t} during the first cycle, so we tested {t} next.",
            "The {t} for {n} patients is reviewed weekly by the {t}.",
            "In {m} the {t} started calling patients overdue for {t}.",
            "{T} and {t} are the two changes most teams in the {n} cohort adopted.",
            "Only {p} of patients with {t} had a documented {t}.",
            "The evening clinic in {n} added {t} for working adults.",
            "We documented {t} in the {t} so the next visit could follow up.",
            "Lessons learned: start {t} small, involve the {t}, and share {t} monthly.");

    private static final List<String> ONSETS = List.of("ka", "lo", "mi", "ve", "tra", "zo", "bre", "den", "fa",
            "gal", "hor", "ix", "jun", "kel", "lum", "mar", "nov", "or", "pel", "quin", "ros", "sel", "tav", "ul",
            "vin", "wex", "yar", "zen", "cor", "dal", "bel", "fen");
    private static final List<String> MEDICATION_ENDINGS = List.of("pril", "statin", "olol", "formin", "tide",
            "mab", "sartan", "dipine", "zole", "cillin", "vir", "gliptin");
    private static final List<String> PLACE_ENDINGS = List.of("ville", "ton", "field", "brook", "dale", "wood",
            "ford", "mont", "haven", "ridge");
    private static final int NAMES = 50_000;

    private final Random random;
    private final List<String> names;
    private final Zipf termRanks;
    private final Zipf nameRanks;
    private final String[][] templates;

    QiText(long seed) {
        this.random = new Random(seed);
        this.names = names(new Random(seed + 1));
        this.termRanks = new Zipf(TERMS.size(), 1.0);
        this.nameRanks = new Zipf(names.size(), 1.0);
        this.templates = TEMPLATES.stream().map(template -> template.split("(?=\\{)|(?<=\\})"))
                .toArray(String[][]::new);
    }

    /** Pseudo medication names and place names (for clinics and towns), in their order of commonness. */
    private static List<String> names(Random random) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < NAMES) {
            StringBuilder name = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                name.append(ONSETS.get(random.nextInt(ONSETS.size())));
            }
            boolean medication = random.nextBoolean();
            List<String> endings = medication ? MEDICATION_ENDINGS : PLACE_ENDINGS;
            name.append(endings.get(random.nextInt(endings.size())));
            names.add(medication ? name.toString() : capitalised(name.toString()));
        }
        return List.copyOf(names);
    }

    /** The k-th most common name (0 is the most common): the lower the rank, the fewer documents name it. */
    String name(int rank) {
        return names.get(rank);
    }

    int nameCount() {
        return names.size();
    }

    String sentence() {
        StringBuilder sentence = new StringBuilder(120);
        appendSentence(sentence);
        return sentence.toString();
    }

    private void appendSentence(StringBuilder out) {
        for (String part : templates[random.nextInt(templates.length)]) {
            switch (part) {
                case "{t}" -> out.append(term());
                case "{T}" -> out.append(capitalised(term()));
                case "{n}" -> out.append(names.get(nameRanks.sample(random)));
                case "{d}" -> out.append(2 + random.nextInt(60));
                case "{p}" -> out.append(random.nextInt(101)).append('%');
                case "{m}" -> out.append(MONTHS.get(random.nextInt(MONTHS.size())));
                case "{l}" -> out.append(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
                default -> out.append(part);
            }
        }
    }

    String term() {
        return TERMS.get(termRanks.sample(random));
    }

    /**
     * The text a PDF of this many pages gives: a page marker, a heading and paragraphs of about 3 KB per page, as
     * Tika extracts it.
     */
    String pages(int pages) {
        StringBuilder text = new StringBuilder(pages * 3_200);
        for (int page = 1; page <= pages; page++) {
            text.append("Page ").append(page).append(" of ").append(pages).append("\n\n");
            text.append(capitalised(term())).append(" and ").append(term()).append("\n\n");
            int start = text.length();
            while (text.length() - start < 2_900) {
                int sentences = 3 + random.nextInt(6);
                for (int i = 0; i < sentences; i++) {
                    appendSentence(text);
                    text.append(' ');
                }
                text.setCharAt(text.length() - 1, '\n');
                text.append('\n');
            }
        }
        return text.toString();
    }

    String title(ResourceKind kind) {
        String a = term();
        String b = term();
        return switch (kind) {
            case TOOLKIT -> capitalised(a) + " toolkit for " + b;
            case CHANGE_PACKAGE -> "Change package: " + a + " and " + b;
            case STORYBOARD -> names.get(nameRanks.sample(random)) + " Health Center storyboard: " + a;
            case PAPER -> "Effect of " + a + " on " + b + " in community clinics";
            case TOOL -> capitalised(a) + " " + List.of("template", "checklist", "script", "worksheet", "log")
                    .get(random.nextInt(5));
            case RECORDING -> "Webinar: " + a + " in practice";
        };
    }

    /** A resource's summary, in Markdown as people write it: emphasis, and sometimes a list. */
    String summary() {
        StringBuilder summary = new StringBuilder("A **").append(term()).append("** resource for teams working on ")
                .append(term()).append(". ").append(sentence());
        if (random.nextInt(3) == 0) {
            summary.append("\n\nInside:\n");
            for (int i = 0; i < 3; i++) {
                summary.append("\n- ").append(capitalised(term()));
            }
        }
        return summary.toString();
    }

    String threadTitle() {
        String topic = term();
        return capitalised(List.of("How we started %s", "%s moved our measure", "Stuck on %s: ideas?",
                "Question about %s", "%s after three PDSA cycles", "Lessons from %s in a small clinic",
                "Data check: %s", "Scaling %s to a second site").get(random.nextInt(8)).formatted(topic));
    }

    /** A post in Markdown: one to four sentences, sometimes with emphasis or a short list. */
    String post() {
        StringBuilder post = new StringBuilder(400);
        int sentences = 1 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                post.append(' ');
            }
            appendSentence(post);
        }
        switch (random.nextInt(8)) {
            case 0 -> post.append("\n\n**Next step:** ").append(sentence());
            case 1 -> post.append("\n\n- ").append(capitalised(term())).append("\n- ").append(capitalised(term()));
            default -> {
            }
        }
        return post.toString();
    }

    static String capitalised(String term) {
        if (term.length() > 1 && Character.isLowerCase(term.charAt(0)) && Character.isLowerCase(term.charAt(1))) {
            return Character.toUpperCase(term.charAt(0)) + term.substring(1);
        }
        return term;
    }

    /** Ranks 0..n-1 drawn with probability proportional to 1/(rank+1)^exponent. */
    private static final class Zipf {

        private final double[] cumulative;

        Zipf(int n, double exponent) {
            cumulative = new double[n];
            double sum = 0;
            for (int rank = 0; rank < n; rank++) {
                sum += 1 / Math.pow(rank + 1, exponent);
                cumulative[rank] = sum;
            }
        }

        int sample(Random random) {
            double point = random.nextDouble() * cumulative[cumulative.length - 1];
            int found = Arrays.binarySearch(cumulative, point);
            return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
        }
    }

    /** Terms of one word of at least three letters, in rank order: what people type as a single word. */
    static List<String> singleWordTerms() {
        List<String> words = new ArrayList<>();
        for (String term : TERMS) {
            if (term.matches("[A-Za-z][A-Za-z0-9]{2,}")) {
                words.add(term);
            }
        }
        return words;
    }
}
