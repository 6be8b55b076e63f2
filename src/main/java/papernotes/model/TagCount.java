package papernotes.model;

/// A tag and how many notes (not in the trash) carry it.
public record TagCount(String name, int notes) {}
