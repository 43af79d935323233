package dev.rasd.model;

/** The kinds of named entity Rasd tracks. MEDIA is an outlet or agency cited as a source. */
public enum EntityType { PER, ORG, LOC, MEDIA }
