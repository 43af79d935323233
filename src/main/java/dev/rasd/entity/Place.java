package dev.rasd.entity;

/** A gazetteer place: its canonical Arabic name, coordinates in degrees and kind (country, capital, city, region). */
public record Place(String name, double lat, double lon, String kind) {
}
