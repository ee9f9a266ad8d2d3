package dev.rosie.safety;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Audience;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.StepRule.Context;
import dev.rosie.safety.StepRule.Objection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What may leave the robot: answers about the household's routine go only to those the policy names
 * (the owner, in the reference policy), and camera images or recordings only to the owner. Questions
 * are judged by what they ask about, not by whether the robot could answer them: "when is nobody
 * home?" is refused by rule even though no query answers it yet, so a later, smarter answerer cannot
 * leak it.
 */
public final class PrivacyRules {
    public static final String PRIVATE_ROUTINE = "private-routine";
    public static final String PRIVATE_IMAGES = "private-images";

    private static final String WHO = "(?:nobody|no one|noone|anyone|anybody|someone|somebody|everyone|everybody|people"
            + "|the (?:owner|owners|family|kids?|children|baby|parents?|residents?|household)|they|he|she|your owner"
            + "|the house|the flat|the apartment|the home|the place)";
    private static final String COMINGS = "(?:home|away|out|in|back|gone|around|leave|leaves|leaving|left|return|returns"
            + "|returning|arrive|arrives|come home|comes home|get home|gets home|get back|gets back|go out|goes out|go to work"
            + "|goes to work|work|sleep|sleeps|asleep|wake|wakes|up|empty|alone|alone at home|on holiday|on vacation|unattended)";

    /**
     * Questions about the robot's own log, what it did and when ("when was the kitchen last
     * cleaned?", "what did you do today?"): the cleaning times follow the household's days, and the
     * guard already keeps them from outsiders in its cooldown refusals, so a direct question must not
     * give them away either.
     */
    private static final String ACTIVITY = "\\b(?:when|what time|at what time)\\s+(?:was|were|did|have|has|had)\\b.{0,30}?"
            + "\\b(?:clean|cleaned|vacuum|vacuumed|mop|mopped|tidy|tidied|hoover|hoovered|sweep|swept)\\b"
            + "|\\blast (?:cleaned|vacuumed|mopped|tidied|hoovered|swept)\\b|\\bwhat (?:did|have) you (?:do|done)\\b"
            + "|\\b(?:haven't|have not|hasn't|has not|wasn't|was not|not) been (?:cleaned|vacuumed|mopped)\\b"
            + "|\\b(?:cleaned|vacuumed|mopped) (?:today|yesterday|this (?:morning|afternoon|evening|week))\\b";

    /** Questions about when and whether people are home, and the household's habits. */
    private static final Pattern ROUTINE = Pattern.compile(
            "\\b(?:when|what time|at what time|how long|how often|which days?|what days?|which hours?|what hours?)\\b.{0,40}?\\b"
                    + WHO + "\\b.{0,30}?\\b" + COMINGS + "\\b"
                    + "|\\b(?:is|are|will)\\s+" + WHO + "\\s+(?:be\\s+)?(?:home|in|out|away|around|asleep|awake|alone|gone)\\b"
                    + "|\\b(?:routine|routines|schedule|schedules|timetable|daily habits|comings and goings|whereabouts)\\b"
                    + "|\\bhome alone\\b|\\b(?:is|be) (?:the (?:house|flat|apartment|home|place)) empty\\b"
                    + "|" + ACTIVITY);

    /** "Where is alex?", "when does sam go to bed?", "is miso in?": questions naming someone who lives here. */
    private static final String PERSON_QUESTION = "\\b(?:where(?:'s| is| are| was| were| did| does| do)?|when(?:'s| is| does| do| did| will)?"
            + "|what time does|is|was|are|how long is)\\b[^.?!]{0,20}?\\b%s\\b";

    private final Privacy privacy;

    public PrivacyRules(Privacy privacy) {
        this.privacy = java.util.Objects.requireNonNull(privacy, "privacy");
    }

    /** Whether {@code source} may be told about the household's routine. */
    public boolean mayHearRoutine(Source source) {
        return privacy.routineAnswersTo().contains(source.trust());
    }

    /**
     * How much of a refusal {@code source} hears. The same policy line that decides who is told the
     * routine decides who hears a refusal's details, because those details are the routine: who is
     * asleep where, when a room was cleaned, who is standing where. An operator is not household in
     * the reference policy (a key given to someone who looks after the robot, not who lives here);
     * a home that wants operators told adds them to {@code routine_answers_to}, and refusals follow.
     */
    public Audience audience(Source source) {
        return mayHearRoutine(source) ? Audience.HOUSEHOLD : Audience.OUTSIDER;
    }

    /**
     * Whether camera images or recordings may be sent to {@code source}: only to the owner, and never
     * on a channel that did not prove who it is (an unsigned message is untrusted, whatever it claims).
     */
    public boolean mayReceiveImages(Source source) {
        return source.trust() != Trust.UNTRUSTED && privacy.imagesLeaveTo().contains(source.trust());
    }

    /** A refusal for sending images to {@code source}, or empty when it may receive them. */
    public Optional<Refusal> images(dev.rosie.core.command.CommandId commandId, Source source) {
        return mayReceiveImages(source) ? Optional.empty() : Optional.of(RefusalWording.plain(
                "Camera images and recordings never leave me except to my owner.").refusal(commandId, PRIVATE_IMAGES,
                audience(source)));
    }

    /**
     * A refusal when {@code command} asks about the household's routine or a household member's
     * whereabouts and its source may not be told; empty otherwise. {@code world} gives the names of
     * the people and pets who live here.
     */
    public Optional<Refusal> question(Command command, WorldSnapshot world) {
        if (mayHearRoutine(command.source()) || !asksAboutRoutine(command.text(), household(world))) {
            return Optional.empty();
        }
        return Optional.of(RefusalWording.plain(routineRefusal()).refusal(command.id(), PRIVATE_ROUTINE,
                audience(command.source())));
    }

    /** Whether a question in {@code text} from {@code source} may be answered, by the privacy rules. */
    public boolean mayAnswer(Source source, String text, WorldSnapshot world) {
        return mayHearRoutine(source) || !asksAboutRoutine(text, household(world));
    }

    /** What the robot says when it may not answer; the rule is {@value #PRIVATE_ROUTINE}. */
    public static String routineRefusal() {
        return "I don't tell anyone but my owner about this household's routine: when people come and go, where they"
                + " are, who is asleep, or what I did when.";
    }

    /** Whether {@code text} asks about the routine or about someone in {@code household}. */
    static boolean asksAboutRoutine(String text, Set<String> household) {
        String t = normal(text);
        if (ROUTINE.matcher(t).find()) {
            return true;
        }
        for (String name : household) {
            if (Pattern.compile(String.format(Locale.ROOT, PERSON_QUESTION, Pattern.quote(normal(name)))).matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The step rule: a say step that would tell someone who may not hear it about the routine. Words
     * the asker said themselves are theirs to hear again ("tell everyone the taxi is here").
     */
    static Optional<Objection> say(Context c, Action step) {
        if (!(step instanceof Action.Say say) || c.policy().privacy().routineAnswersTo().contains(c.command().source().trust())) {
            return Optional.empty();
        }
        String said = normal(say.text());
        Set<String> household = household(c.world());
        if (normal(c.command().text()).contains(said) || !asksAboutRoutine(said, household)
                && !ROUTINE_STATEMENT.matcher(said).find() && !aboutSomeone(said, household)) {
            return Optional.empty();
        }
        return Optional.of(new Objection(PRIVATE_ROUTINE, RefusalWording.plain("I won't say that to "
                + HouseRules.aOrAn(c.command().source().trust()) + ": I don't share this household's routine with anyone but my owner.")));
    }

    /** Statements that give the routine away: "nobody is home until six", "alex leaves at 8". */
    private static final Pattern ROUTINE_STATEMENT = Pattern.compile("\\b" + WHO + "\\s+(?:is|are|will be|gets?|comes?|goes?"
            + "|leaves?|returns?|sleeps?)\\b.{0,30}?\\b(?:home|away|out|back|asleep|until|at \\d|from \\d|between)\\b"
            + "|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?\\s*(?:to|-|until)\\s*\\d{1,2}");

    /** "sam is asleep in the nursery", "alex was in the kitchen": a named resident's state or whereabouts. */
    private static final String NAMED_STATEMENT = "\\b%s(?:'s)?\\s+(?:is|are|was|were|will be|has been|gets?|got|comes?|came"
            + "|goes?|went|leaves?|left|returns?|returned|sleeps?|slept|naps?|works?|stays?)\\b.{0,30}?\\b(?:home|away|out|back"
            + "|asleep|sleeping|awake|napping|in the|in his|in her|in their|at the|at work|at school|upstairs|downstairs|alone"
            + "|until|since|at \\d|from \\d|between|tonight|today|tomorrow|every)\\b";

    /** A clock time, or how long ago: when something happened at home. */
    private static final Pattern WHEN = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s*(?:am|pm)\\b|\\bago\\b");

    /** What an outsider hears instead of a planner's refusal that would tell them about the household. */
    public static final String PLANNER_REFUSAL_FOR_OUTSIDERS = "I can't help with that one.";

    /** What an outsider is asked instead of a planner's question that would tell them about the household. */
    public static final String PLANNER_QUESTION_FOR_OUTSIDERS = "I'm not sure what you mean. Could you say it another way?";

    static boolean aboutSomeone(String text, Set<String> household) {
        String t = normal(text);
        for (String name : household) {
            if (Pattern.compile(String.format(Locale.ROOT, NAMED_STATEMENT, Pattern.quote(normal(name)))).matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} would tell an outsider anything about the household: a resident's name, a
     * clock time or "ago", the routine's words, or a statement of who is where.
     */
    static boolean tellsAboutHousehold(String text, Set<String> household) {
        String t = normal(text);
        if (asksAboutRoutine(t, household) || ROUTINE_STATEMENT.matcher(t).find() || WHEN.matcher(t).find()) {
            return true;
        }
        return household.stream().anyMatch(name -> Pattern.compile("\\b" + Pattern.quote(normal(name)) + "\\b").matcher(t).find());
    }

    /**
     * A planner's answer, with its refusal (if it is one) worded for whoever asked. The planner read
     * the snapshot (who is where, who sleeps) and may be compromised, so its words are judged like a
     * say step: they go to outsiders and shared channels only if they tell nothing about the
     * household; otherwise the public reason is {@value #PLANNER_REFUSAL_FOR_OUTSIDERS}. A question
     * back is said only to whoever asked, so one that tells about the household is asked of an
     * outsider as {@value #PLANNER_QUESTION_FOR_OUTSIDERS} instead ("did you mean the nursery, where
     * sam is asleep?"); the owner hears it whole. Plans are returned as they are (they go to the guard).
     */
    public dev.rosie.core.action.PlannerResult worded(dev.rosie.core.action.PlannerResult proposal, Command command,
            WorldSnapshot world) {
        if (proposal instanceof dev.rosie.core.action.Clarification c) {
            return mayHearRoutine(command.source()) || !tellsAboutHousehold(c.question(), household(world)) ? c
                    : new dev.rosie.core.action.Clarification(c.commandId(), PLANNER_QUESTION_FOR_OUTSIDERS);
        }
        if (!(proposal instanceof Refusal r)) {
            return proposal;
        }
        String publicReason = tellsAboutHousehold(r.publicReason(), household(world)) ? PLANNER_REFUSAL_FOR_OUTSIDERS
                : r.publicReason();
        return new Refusal(r.commandId(), r.reason(), r.rule(), publicReason, audience(command.source()));
    }

    private static Set<String> household(WorldSnapshot world) {
        return world.sightings().stream().map(Sighting::name).collect(Collectors.toSet());
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}':? ]+", " ")
                .replaceAll("\\s+", " ").trim();
    }
}
