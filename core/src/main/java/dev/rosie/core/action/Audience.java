package dev.rosie.core.action;

/**
 * Who hears a refusal, and so which of its two texts: the safety policy decides who belongs to the
 * household for this purpose (in the reference policy, the owner), and everything said on a channel
 * others can read (MQTT events, ROS status) is told to outsiders whoever asked.
 */
public enum Audience {
    /** May hear the household's details: the refusal's full {@link Refusal#reason()}. */
    HOUSEHOLD,
    /** Anyone else, and any shared channel: the refusal's {@link Refusal#publicReason()}. */
    OUTSIDER
}
