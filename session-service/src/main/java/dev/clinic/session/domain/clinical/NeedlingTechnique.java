package dev.clinic.session.domain.clinical;

/** How the needle was used: left in place, or moved in and out to elicit a local twitch response. */
public enum NeedlingTechnique {
    STATIC, PISTONING
}
