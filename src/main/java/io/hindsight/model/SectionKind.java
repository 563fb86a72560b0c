package io.hindsight.model;

/** The canonical sections of a postmortem, whatever heading a document gives them. */
public enum SectionKind {
    METADATA, SUMMARY, IMPACT, TIMELINE, DETECTION, RESPONSE, RECOVERY, ROOT_CAUSE, TRIGGER, CONTRIBUTING_FACTORS,
    WHAT_WENT_WELL, WHAT_WENT_POORLY, WHERE_WE_GOT_LUCKY, ACTION_ITEMS, LESSONS_LEARNED, FIVE_WHYS, APPENDIX
}
