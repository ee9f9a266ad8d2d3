package dev.rosie.worldmodel.query;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the questions {@link WorldQueries} can answer in a few common phrasings, with regular
 * expressions and nothing cleverer. It is honest about its limits: anything else is not
 * recognised, and {@link #EXAMPLES} says what is. Turning free language into a {@link Question}
 * properly is the planner's job (DESIGN.md); this keeps {@code rosie ask} useful until then.
 */
public final class QuestionMatcher {
    /** One phrasing of each kind of question, for telling a user what is understood. */
    public static final List<String> EXAMPLES = List.of(
            "when was the kitchen last cleaned?",
            "which rooms haven't been cleaned today?",
            "where is the sock?",
            "what did you do yesterday?");

    private static final String CLEANED = "(?:cleaned|vacuumed|hoovered|done)";
    private static final String CLEAN = "(?:clean|vacuum|hoover|do)";
    private static final String NOT = "(?:n't|nt| not)";
    private static final String ROOMS = "(?:which|what) (?:rooms?|parts of the (?:home|house|flat|apartment))";

    private record Rule(Pattern pattern, Function<Matcher, Question> build) {
    }

    private static final List<Rule> RULES = List.of(
            // which rooms haven't been cleaned today / which rooms still need cleaning / what's left to clean today
            rule("^" + ROOMS + " (?:have|has|are|is)" + NOT + "? (?:been |yet )*" + CLEANED + "(?: yet)?(?: today)?(?: yet)?$", m -> new Question.NotCleanedToday()),
            rule("^" + ROOMS + " (?:still )?needs? (?:cleaning|to be cleaned|a clean)(?: today)?$", m -> new Question.NotCleanedToday()),
            rule("^" + ROOMS + " did(?:n't| you not| not you) (?:you )?" + CLEAN + "(?: yet)? today$", m -> new Question.NotCleanedToday()),
            rule("^(?:what(?:'s| is) left to clean|what (?:is|'s) still (?:dirty|uncleaned))(?: today)?$", m -> new Question.NotCleanedToday()),
            // when was the last time ... (first: the generic "when was X cleaned" would swallow it) / when was the kitchen last cleaned
            rule("^when (?:was|is|'s) the last time (?:you " + CLEANED + " (.+)|(.+?) (?:was|got) " + CLEANED + ")$",
                    m -> new Question.LastCleaned(m.group(1) != null ? m.group(1) : m.group(2))),
            rule("^when (?:was|were) (.+?) (?:last |most recently )" + CLEANED + "$", m -> new Question.LastCleaned(m.group(1))),
            rule("^when (?:was|were) (.+?) " + CLEANED + "(?: last)?$", m -> new Question.LastCleaned(m.group(1))),
            rule("^when did you (?:last |most recently )?" + CLEAN + " (.+?)(?: last)?$", m -> new Question.LastCleaned(m.group(1))),
            rule("^(?:has|have) (.+?) been " + CLEANED + "(?: today| recently| lately| yet)*$", m -> new Question.LastCleaned(m.group(1))),
            rule("^how long (?:ago )?(?:is it |has it been )?since (?:you (?:last )?(?:cleaned|vacuumed|hoovered) (.+)|(.+?) was " + CLEANED + ")$",
                    m -> new Question.LastCleaned(m.group(1) != null ? m.group(1) : m.group(2))),
            // what did you do yesterday / what have you done today / what have you been up to
            rule("^what (?:did you do|have you done|have you been doing|did you get up to|have you been up to)(?: (today|yesterday))?$",
                    m -> new Question.WhatDidYouDo(day(m.group(1)))),
            rule("^(?:tell me )?what you did (today|yesterday)$", m -> new Question.WhatDidYouDo(day(m.group(1)))),
            // where is the sock / where's miso / have you seen miso / where did I leave my keys
            rule("^where(?:'s| is| are) (.+)$", m -> new Question.WhereIs(m.group(1))),
            rule("^where can i find (.+)$", m -> new Question.WhereIs(m.group(1))),
            rule("^(?:have you seen|did you see|where did you (?:last )?see) (.+?)(?: today| recently| lately)?$", m -> new Question.WhereIs(m.group(1))),
            rule("^where did (?:i|we|you) (?:leave|put) (.+)$", m -> new Question.WhereIs(m.group(1))));

    private static final Pattern LEADING = Pattern.compile("^(?:(?:hey |ok |okay )?rosie[,:]? |please |so |and |hey |ok |okay )+");
    private static final Pattern TRAILING = Pattern.compile("(?:,? please|,? rosie)+$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|my|our|a|an|your) ");

    /** The question {@code text} asks, if it is one of the understood phrasings. */
    public Optional<Question> match(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = normalise(text);
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(t);
            if (m.matches()) {
                return Optional.of(r.build().apply(m));
            }
        }
        return Optional.empty();
    }

    /** A thing's name without the article or possessive in front of it: "the living room" -> "living room". */
    static String bareName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        Matcher m = ARTICLE.matcher(n);
        return m.find() ? n.substring(m.end()).strip() : n;
    }

    static String normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        t = t.replaceAll("[?!.\\s]+$", "").replaceAll("\\s+", " ").strip();
        t = LEADING.matcher(t).replaceFirst("");
        t = TRAILING.matcher(t).replaceFirst("");
        return t.strip();
    }

    private static Question.Day day(String word) {
        return "yesterday".equals(word) ? Question.Day.YESTERDAY : Question.Day.TODAY;
    }

    private static Rule rule(String regex, Function<Matcher, Question> build) {
        return new Rule(Pattern.compile(regex), build);
    }
}
