package org.councilfeedback.reporting;

/**
 * A proportion: how many of how many, and the percentage (one decimal place). When either part, or what the part
 * leaves out, would reveal a suppressed count, the whole share is suppressed and {@code percent} is null.
 */
public record Share(String key, String label, Count part, Count of, Double percent, boolean suppressed, String text) {
}
