package io.newsstats.linking;

import io.newsstats.kb.EntityType;

/**
 * A match resolved to one country or leader. {@code country} is the country itself, or the country
 * the leader led (on the publication date when in office). {@code inOffice} and {@code role} are
 * null for countries.
 */
public record LinkedMention(EntityType type, String entityId, String entityName, String country,
    Match match, Boolean inOffice, String role) {}
