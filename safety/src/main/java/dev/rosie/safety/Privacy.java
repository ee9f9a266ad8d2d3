package dev.rosie.safety;

import dev.rosie.core.command.Trust;
import java.util.Objects;
import java.util.Set;

/**
 * The policy's privacy rules.
 *
 * @param routineAnswersTo who may be told about the household's routine: when people come and go, where
 *     they are, who is asleep, what the robot did and when
 * @param imagesLeaveTo who camera images and recordings may be sent to; nobody but the owner, ever
 */
public record Privacy(Set<Trust> routineAnswersTo, Set<Trust> imagesLeaveTo) {
    /** The reference policy's privacy: the owner only, for both. */
    public static final Privacy REFERENCE = new Privacy(Set.of(Trust.OWNER), Set.of(Trust.OWNER));

    public Privacy {
        routineAnswersTo = Set.copyOf(Objects.requireNonNull(routineAnswersTo, "routineAnswersTo"));
        imagesLeaveTo = Set.copyOf(Objects.requireNonNull(imagesLeaveTo, "imagesLeaveTo"));
        if (routineAnswersTo.contains(Trust.UNTRUSTED)) {
            throw new IllegalArgumentException("privacy.routine_answers_to: untrusted sources may never be told the household's routine");
        }
        if (imagesLeaveTo.stream().anyMatch(t -> t != Trust.OWNER)) {
            throw new IllegalArgumentException("privacy.images_leave_to: camera images and recordings leave the robot only"
                    + " to the owner, not to " + imagesLeaveTo.stream().filter(t -> t != Trust.OWNER).map(Trust::wireName).sorted().toList());
        }
    }
}
