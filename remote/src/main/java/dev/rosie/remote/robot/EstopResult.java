package dev.rosie.remote.robot;

import java.util.Objects;

/** What the robot made of an e-stop request. */
public sealed interface EstopResult {

    /** The latch is now in this state ({@code engaged} or not), as set by {@code by}. */
    record Done(boolean engaged, String by) implements EstopResult {
        public Done {
            Objects.requireNonNull(by, "by");
        }
    }

    /** Not done, e.g. a release by a key that is not an owner's. */
    record Refused(String code, String reason) implements EstopResult {
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
